/** Where one Dovecot instance keeps everything; all paths are inside one temp dir. */
export interface DovecotLayout {
  readonly dir: string;
  readonly instanceName: string;
  readonly imapPort: number;
  /** IMAPS port, only when TLS is on. */
  readonly tlsPort: number | undefined;
  /** Listen address inside the server's network namespace. */
  readonly listen: string;
  /** Overrides the log file, e.g. /dev/stderr in a container. */
  readonly logPath?: string;
}

export function dovecotPaths(dir: string) {
  return {
    config: `${dir}/dovecot.conf`,
    baseDir: `${dir}/run`,
    stateDir: `${dir}/state`,
    log: `${dir}/dovecot.log`,
    /** One passwd-file per user: Dovecot re-reads a changed file at most once a second, a new file at once. */
    users: `${dir}/users`,
    mail: `${dir}/mail`,
    /** Names as written by createSelfSignedCertificate. */
    cert: `${dir}/tls-cert.pem`,
    key: `${dir}/tls-key.pem`,
  };
}

function folder(name: string, specialUse: string): string[] {
  return [`  mailbox ${name} {`, `    special_use = ${specialUse}`, "    auto = subscribe", "  }"];
}

/**
 * A self-contained Dovecot 2.3 config: nothing from /etc/dovecot is read, so any number of
 * instances run side by side without the system service. Mail runs as the `dovecot` user.
 */
export function dovecotConfig(layout: DovecotLayout): string {
  const paths = dovecotPaths(layout.dir);
  const tls = layout.tlsPort !== undefined;
  const lines = [
    "protocols = imap",
    `listen = ${layout.listen}`,
    `base_dir = ${paths.baseDir}`,
    `state_dir = ${paths.stateDir}`,
    `log_path = ${layout.logPath ?? paths.log}`,
    `instance_name = ${layout.instanceName}`,
    "default_internal_user = dovecot",
    "default_internal_group = dovecot",
    "default_login_user = dovenull",
    // The Debian dovecot uid is a system uid (below the default limit of 500).
    "first_valid_uid = 1",
    "first_valid_gid = 1",
    // Plain LOGIN over loopback is what the tests use on the non-TLS port.
    "disable_plaintext_auth = no",
    "auth_mechanisms = plain login",
    // Wrong-password tests must not slow every later login down (failure delay, anvil penalty).
    "auth_failure_delay = 0",
    "mail_location = maildir:~/Maildir",
    "passdb {",
    "  driver = passwd-file",
    `  args = scheme=PLAIN username_format=%u ${paths.users}/%u`,
    "}",
    "userdb {",
    "  driver = static",
    `  args = uid=dovecot gid=dovecot home=${paths.mail}/%u`,
    "}",
    "namespace inbox {",
    "  inbox = yes",
    "  separator = /",
    ...folder("Drafts", "\\Drafts"),
    ...folder("Sent", "\\Sent"),
    ...folder("Junk", "\\Junk"),
    ...folder("Trash", "\\Trash"),
    "}",
    "protocol imap {",
    // Tests open many sessions for one user from 127.0.0.1; the default of 10 is too low.
    "  mail_max_userip_connections = 200",
    "}",
    // mode 0 disables the anvil auth penalty (growing delays after failed logins from one IP).
    "service anvil {",
    "  unix_listener anvil-auth-penalty {",
    "    mode = 0",
    "  }",
    "}",
    "service imap-login {",
    "  inet_listener imap {",
    `    address = ${layout.listen}`,
    `    port = ${layout.imapPort}`,
    "  }",
    "  inet_listener imaps {",
    `    address = ${layout.listen}`,
    `    port = ${layout.tlsPort ?? 0}`,
    "    ssl = yes",
    "  }",
    "}",
  ];
  if (tls) {
    lines.push("ssl = yes", `ssl_cert = <${paths.cert}`, `ssl_key = <${paths.key}`);
  } else {
    lines.push("ssl = no");
  }
  return `${lines.join("\n")}\n`;
}

/** One passwd-file line; the password is stored in the PLAIN scheme, as tests need no hashing. */
export function passwdLine(user: string, password: string): string {
  if (/[:\n\r]/.test(user + password) || /^\.|[/\\]/.test(user)) {
    throw new Error("dovecot test users: no ':' or line breaks, no '/' or leading '.' in the name");
  }
  return `${user}:{PLAIN}${password}::::::\n`;
}
