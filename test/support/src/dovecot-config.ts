import type { DovecotOptions } from "./dovecot.js";

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
  /** Also accept XOAUTH2 and OAUTHBEARER logins, with tokens checked at this introspection URL. */
  readonly oauth2IntrospectionUrl?: string;
  /** Extensions the server does not announce (e.g. IDLE, MOVE), as some servers lack them. */
  readonly withoutCapabilities?: readonly string[];
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
    oauth2: `${dir}/dovecot-oauth2.conf.ext`,
  };
}

function folder(name: string, specialUse: string): string[] {
  return [`  mailbox ${name} {`, `    special_use = ${specialUse}`, "    auto = subscribe", "  }"];
}

/**
 * A self-contained Dovecot 2.3 config: nothing from /etc/dovecot is read, so any number of
 * instances run side by side without the system service. Mail runs as the `dovecot` user.
 */
function dovecotConfig(layout: DovecotLayout): string {
  const paths = dovecotPaths(layout.dir);
  const tls = layout.tlsPort !== undefined;
  const oauth2 = layout.oauth2IntrospectionUrl !== undefined;
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
    `auth_mechanisms = plain login${oauth2 ? " xoauth2 oauthbearer" : ""}`,
    // Wrong-password tests must not slow every later login down (failure delay, anvil penalty).
    "auth_failure_delay = 0",
    "mail_location = maildir:~/Maildir",
    ...(oauth2
      ? [
          "passdb {",
          "  driver = oauth2",
          "  mechanisms = xoauth2 oauthbearer",
          `  args = ${paths.oauth2}`,
          "}",
        ]
      : []),
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
    ...(layout.withoutCapabilities?.length
      ? [`  imap_capability = ${capabilitiesWithout(layout.withoutCapabilities)}`]
      : []),
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

/** Dovecot 2.3's own post-login capabilities. */
const CAPABILITIES =
  "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS " +
  "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS " +
  "LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH " +
  "LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ " +
  "NOTIFY SPECIAL-USE";

function capabilitiesWithout(left: readonly string[]): string {
  const unknown = left.filter((name) => !CAPABILITIES.split(" ").includes(name));
  if (unknown.length > 0)
    throw new Error(`dovecot test config: no capability ${unknown.join(", ")} to leave out`);
  return CAPABILITIES.split(" ")
    .filter((name) => !left.includes(name))
    .join(" ");
}

/** The options that shape the server's config, as layout fields. */
export function serverOptions(
  options: DovecotOptions,
): Pick<DovecotLayout, "oauth2IntrospectionUrl" | "withoutCapabilities"> {
  return {
    oauth2IntrospectionUrl: options.oauth2?.introspectionUrl,
    withoutCapabilities: options.withoutCapabilities,
  };
}

/**
 * The config files of one instance, at their paths under layout.dir: dovecot.conf and, with
 * OAuth2, the oauth2 passdb's settings.
 */
export function dovecotFiles(layout: DovecotLayout): { path: string; content: string }[] {
  const paths = dovecotPaths(layout.dir);
  const files = [{ path: paths.config, content: dovecotConfig(layout) }];
  if (layout.oauth2IntrospectionUrl !== undefined) {
    files.push({ path: paths.oauth2, content: oauth2Settings(layout.oauth2IntrospectionUrl) });
  }
  return files;
}

/**
 * The token goes to the introspection URL as a bearer token (as with Microsoft Graph's /me), and
 * the answer must name the user who logs in.
 */
function oauth2Settings(introspectionUrl: string): string {
  return `${[
    "introspection_mode = auth",
    `introspection_url = ${introspectionUrl}`,
    "force_introspection = yes",
    "username_attribute = username",
    "active_attribute = active",
    "active_value = true",
  ].join("\n")}\n`;
}

/** One passwd-file line; the password is stored in the PLAIN scheme, as tests need no hashing. */
export function passwdLine(user: string, password: string): string {
  if (/[:\n\r]/.test(user + password) || /^\.|[/\\]/.test(user)) {
    throw new Error("dovecot test users: no ':' or line breaks, no '/' or leading '.' in the name");
  }
  return `${user}:{PLAIN}${password}::::::\n`;
}
