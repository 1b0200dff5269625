import type { ImapMailboxConfig } from "@poststelle/config";
import { TransientError } from "@poststelle/errors";
import { imapOptionsFor } from "@poststelle/mail-access";
import type { Logger } from "@poststelle/telemetry";
import { ImapFlow } from "imapflow";
import { reconnectDelayMs, sleep } from "./backoff.js";
import { type SyncOptions, summary, syncFolder } from "./folder-sync.js";
import type { IngestHealth } from "./health.js";
import { openImapFolder } from "./imap-source.js";
import { ingestMetrics } from "./metrics.js";

export interface MailboxDeps extends Omit<SyncOptions, "maxMessageBytes" | "signal" | "health"> {
  health: IngestHealth;
}

export interface MailboxRunner {
  /** Finishes the batch in flight (up to a grace period), logs out and stops reconnecting. */
  stop(): Promise<void>;
}

/** A NOOP that takes longer than this means the connection is dead, even if the socket looks open. */
const MAX_LIVENESS_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 10_000;
const LOGOUT_TIMEOUT_MS = 2_000;

type WakeReason = "changed" | "timeout" | "closed" | "stopped";

function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function livenessTimeoutMs(config: ImapMailboxConfig): number {
  return Math.min(MAX_LIVENESS_TIMEOUT_MS, config.idleRestartMs);
}

async function connectClient(config: ImapMailboxConfig, logger: Logger): Promise<ImapFlow> {
  const client = new ImapFlow({
    // IDLE is run by hand below (imapOptionsFor disables imapflow's own), with a watchdog.
    ...(await imapOptionsFor(config)),
    // Socket silence longer than one IDLE round plus the liveness check is a dead connection.
    socketTimeout: Math.max(60_000, config.idleRestartMs + livenessTimeoutMs(config)),
    connectionTimeout: 30_000,
  });
  client.on("error", (error: unknown) => logger.warn({ err: error }, "IMAP connection error"));
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw error;
  }
  return client;
}

/**
 * One IMAP connection per mailbox, kept alive for good. imapflow does not reconnect by itself:
 * after any drop a new client is built (with a freshly read OAuth2 token), after an exponential
 * backoff with jitter. On every connect each folder is caught up from its checkpoint; then the
 * first folder is watched with IDLE (or polled where the server has no IDLE), and IDLE is
 * restarted every idleRestartMs with a NOOP that must answer in time.
 */
export function startImapMailbox(config: ImapMailboxConfig, deps: MailboxDeps): MailboxRunner {
  const abort = new AbortController();
  const logger = deps.logger.child({ mailbox: config.id });
  const setState = (state: Parameters<IngestHealth["set"]>[1]) => deps.health.set(config.id, state);
  let client: ImapFlow | undefined;

  const syncAll = async (connection: ImapFlow, uidNextSeen: Map<string, number>) => {
    for (const folder of config.folders) {
      if (abort.signal.aborted) return;
      const source = await openImapFolder(connection, config.id, folder);
      uidNextSeen.set(folder, source.uidNext);
      const result = await syncFolder(source, {
        ...deps,
        logger,
        maxMessageBytes: config.maxMessageBytes,
        signal: abort.signal,
      });
      if (result.published + result.deadLettered + result.skipped + result.duplicates > 0) {
        logger.info(summary(result), "folder caught up");
      }
    }
  };

  const waitForChange = async (
    connection: ImapFlow,
    changes: { count: number },
    seenBefore: number,
    uidNextSeen: Map<string, number>,
  ): Promise<WakeReason> => {
    const primary = config.folders[0] ?? "INBOX";
    if (connection.mailbox === false || connection.mailbox.path !== primary) {
      const reopened = await connection.mailboxOpen(primary, { readOnly: true });
      if (reopened.uidNext > (uidNextSeen.get(primary) ?? 0)) return "changed";
    }
    // Mail that arrived while the folders were read.
    if (changes.count !== seenBefore) return "changed";
    // A close before the listener below is attached would otherwise go unnoticed until the timer.
    if (!connection.usable) return "closed";
    const canIdle = connection.capabilities.has("IDLE");
    const otherFolders = config.folders.length > 1;
    const waitMs = !canIdle
      ? config.pollIntervalMs
      : otherFolders
        ? Math.min(config.idleRestartMs, config.pollIntervalMs)
        : config.idleRestartMs;
    return new Promise<WakeReason>((resolve) => {
      const finish = (reason: WakeReason) => {
        clearTimeout(timer);
        connection.off("exists", onExists);
        connection.off("close", onClose);
        abort.signal.removeEventListener("abort", onAbort);
        resolve(reason);
      };
      const onExists = () => finish("changed");
      const onClose = () => finish("closed");
      const onAbort = () => finish("stopped");
      const timer = setTimeout(() => finish("timeout"), waitMs);
      connection.on("exists", onExists);
      connection.once("close", onClose);
      abort.signal.addEventListener("abort", onAbort, { once: true });
      // IDLE lasts until the next command breaks it (imapflow sends DONE first).
      if (canIdle) connection.idle().catch(() => {});
    });
  };

  const serve = async (connection: ImapFlow, onCaughtUp: () => void) => {
    const changes = { count: 0 };
    connection.on("exists", () => {
      changes.count++;
    });
    const uidNextSeen = new Map<string, number>();
    while (!abort.signal.aborted && connection.usable) {
      setState("syncing");
      const seenBefore = changes.count;
      await syncAll(connection, uidNextSeen);
      if (abort.signal.aborted) return;
      onCaughtUp();
      setState("idle");
      const reason = await waitForChange(connection, changes, seenBefore, uidNextSeen);
      if (reason === "closed") logger.info("IMAP connection closed by the server");
      if (reason === "timeout") {
        // The watchdog: a silent connection must prove it is alive, or it is replaced.
        const timeoutMs = livenessTimeoutMs(config);
        await withDeadline(
          connection.noop(),
          timeoutMs,
          () => new TransientError("imap.unresponsive", `no answer to NOOP within ${timeoutMs} ms`),
        );
      }
    }
  };

  const loop = (async () => {
    let attempt = 0;
    while (!abort.signal.aborted) {
      setState("connecting");
      try {
        client = await connectClient(config, logger);
        await serve(client, () => {
          attempt = 0;
        });
      } catch (error) {
        if (!abort.signal.aborted) logger.warn({ err: error, attempt }, "IMAP session failed");
      }
      const ending = client;
      client = undefined;
      if (ending?.usable) {
        await withDeadline(ending.logout(), LOGOUT_TIMEOUT_MS, () => new Error("logout timed out")).catch(
          () => {},
        );
      }
      ending?.close();
      if (abort.signal.aborted) break;
      attempt++;
      ingestMetrics().reconnects.add(1, { mailbox: config.id });
      setState("backoff");
      const delayMs = reconnectDelayMs(attempt, config.reconnectMinMs, config.reconnectMaxMs);
      logger.info({ attempt, delayMs }, "reconnecting after backoff");
      await sleep(delayMs, abort.signal);
    }
    setState("stopped");
  })();

  return {
    async stop() {
      abort.abort();
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), STOP_GRACE_MS);
      });
      const finished = await Promise.race([loop.then(() => true), graceOver]);
      clearTimeout(timer);
      if (!finished) {
        client?.close();
        await loop;
      }
    },
  };
}
