import { setTimeout as sleep } from "node:timers/promises";
import type { Bus } from "@poststelle/bus";
import { type ImapAccount, withImap } from "@poststelle/test-support";
import { type ParsedMail, simpleParser } from "mailparser";

/* How the delivery tests look at the results: folder contents over IMAP, events in their streams. */

export interface FolderMessage {
  uid: number;
  flags: Set<string>;
  parsed: ParsedMail;
}

export async function folderContents(account: ImapAccount, path: string): Promise<FolderMessage[]> {
  return withImap(account, async (client) => {
    const lock = await client.getMailboxLock(path);
    try {
      const out: FolderMessage[] = [];
      if (client.mailbox && client.mailbox.exists === 0) return out;
      for await (const message of client.fetch("1:*", { uid: true, flags: true, source: true })) {
        out.push({
          uid: message.uid,
          flags: message.flags ?? new Set(),
          parsed: await simpleParser(message.source!),
        });
      }
      return out;
    } finally {
      lock.release();
    }
  });
}

export async function streamMessages<T>(
  bus: Bus,
  stream: string,
  decode: (data: Uint8Array) => T,
): Promise<T[]> {
  const info = await bus.jsm.streams.info(stream);
  const out: T[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const message = await bus.jsm.streams.getMessage(stream, { seq });
    if (message) out.push(decode(message.data));
  }
  return out;
}

export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Both consumers have nothing pending and nothing unacknowledged. */
