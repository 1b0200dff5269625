export { reconnectDelayMs } from "./backoff.js";
export { type Checkpoint, CheckpointStore, type PublishedRecord } from "./checkpoints.js";
export { folderMarker } from "./folder-listing.js";
export { folderUidValidity, ingestFolderOnce, startFolderMailbox } from "./folder-mailbox.js";
export {
  type FolderSource,
  type ListedMail,
  type SyncOptions,
  type SyncResult,
  syncFolder,
  UNREADABLE,
} from "./folder-sync.js";
export { IngestHealth, MAILBOX_STATES, type MailboxState } from "./health.js";
export { type MailboxDeps, type MailboxRunner, startImapMailbox } from "./imap-mailbox.js";
export { uidSet } from "./imap-source.js";
export { type FetchedMail, type IngestOutcome, ingestMail, type MailLocation } from "./ingest-mail.js";
export {
  createIngest,
  type IngestOptions,
  type IngestService,
  startIngest,
  startIngestService,
} from "./service.js";
