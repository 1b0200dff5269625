import type { ServiceContext, ServiceStarter } from "@poststelle/runtime";
import { CheckpointStore } from "./checkpoints.js";
import { startFolderMailbox } from "./folder-mailbox.js";
import { IngestHealth, type MailboxState } from "./health.js";
import { type MailboxRunner, startImapMailbox } from "./imap-mailbox.js";
import { observeHealth } from "./metrics.js";

export interface IngestOptions {
  /** Folder mailboxes: read once and finish ("once", the demo), or keep watching (default). */
  folderMode?: "once" | "watch";
  /** Rescan period of watched folders, in case a file system event is missed; default 30 s. */
  folderRescanMs?: number;
  /** Mails per fetch batch; default 100. */
  batchMaxCount?: number;
}

export interface IngestService {
  readonly name: string;
  ready(): boolean;
  stop(): Promise<void>;
  /** State of every mailbox's connection, by mailbox id. */
  states(): Record<string, MailboxState>;
  /** UIDs of the mailbox not yet on the bus, as far as the last look into it showed. */
  lag(mailbox: string): number;
  /** Resolves when every folder mailbox in "once" mode has been read (at once if there is none). */
  readonly foldersDone: Promise<void>;
}

/** Starts ingest for every configured mailbox; each mailbox runs on its own until stop(). */
export async function startIngestService(
  ctx: ServiceContext,
  options: IngestOptions = {},
): Promise<IngestService> {
  const { config, bus } = ctx;
  const logger = ctx.logger.child({ component: "ingest" });
  const checkpoints = await CheckpointStore.open(bus);
  const health = new IngestHealth(config.mailboxes.map((mailbox) => mailbox.id));
  const unobserve = observeHealth(health);
  const deps = { bus, checkpoints, logger, health, batchMaxCount: options.batchMaxCount };
  const runners: MailboxRunner[] = [];
  const folderRuns: Promise<void>[] = [];
  for (const mailbox of config.mailboxes) {
    if (mailbox.kind === "imap") {
      runners.push(startImapMailbox(mailbox, deps));
    } else {
      const runner = startFolderMailbox(mailbox, deps, {
        once: options.folderMode === "once",
        rescanMs: options.folderRescanMs ?? 30_000,
      });
      runners.push(runner);
      if (options.folderMode === "once") folderRuns.push(runner.done);
    }
  }
  logger.info({ count: runners.length }, "ingest started");

  let stopping: Promise<void> | undefined;
  const service: IngestService = {
    name: "ingest",
    ready: () => health.ready(),
    states: () => health.states(),
    lag: (mailbox) => health.lag(mailbox),
    foldersDone: Promise.all(folderRuns).then(() => undefined),
    stop() {
      stopping ??= (async () => {
        await Promise.all(runners.map((runner) => runner.stop()));
        unobserve();
        logger.info("ingest stopped");
      })();
      return stopping;
    },
  };
  return service;
}

/** A service starter with options, for the CLI (`poststelle demo` reads folders once). */
export function createIngest(options: IngestOptions = {}): ServiceStarter {
  return (ctx) => startIngestService(ctx, options);
}

/** `poststelle run ingest`: every configured mailbox, folder mailboxes watched. */
export const startIngest: ServiceStarter = createIngest();
