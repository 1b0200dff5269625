import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ImapFlow } from "imapflow";
import { UNREADABLE } from "./folder-sync.js";
import { openImapFolder } from "./imap-source.js";

/**
 * A stand-in for an IMAP server that withholds some messages, the way Gmail answers
 * "NO Some messages could not be FETCHed": only the calls openImapFolder makes exist.
 */
function withholdingServer(options: { uids: number[]; withheld: number[]; refuseBatches: boolean }) {
  const requested: string[] = [];
  const expand = (range: string) =>
    range.split(",").flatMap((part) => {
      const [from, to] = part.split(":").map(Number) as [number, number | undefined];
      return options.uids.filter((uid) => uid >= from && uid <= (to ?? from));
    });
  const client = {
    mailbox: { exists: options.uids.length },
    async mailboxOpen() {
      return { uidValidity: 9n, uidNext: Math.max(...options.uids) + 1, exists: options.uids.length };
    },
    async *fetch(range: string) {
      requested.push(range);
      const uids = expand(range);
      const refused = uids.some((uid) => options.withheld.includes(uid));
      if (refused && (options.refuseBatches || uids.length === 1)) {
        throw Object.assign(new Error("Some messages could not be FETCHed"), { responseStatus: "NO" });
      }
      for (const uid of uids) {
        if (!options.withheld.includes(uid)) yield { uid, source: Buffer.from(`mail ${uid}`) };
      }
    },
    async search(query: { uid: string }) {
      return expand(query.uid);
    },
  };
  return { client: client as unknown as ImapFlow, requested };
}

describe("openImapFolder fetch", () => {
  it("asks for each message alone when the server refuses a batch, and marks the refused one", async () => {
    const server = withholdingServer({ uids: [1, 2, 3, 4], withheld: [3], refuseBatches: true });
    const folder = await openImapFolder(server.client, "support", "INBOX");
    const found = await folder.fetch([1, 2, 3, 4]);
    assert.deepEqual([...found.keys()].sort(), [1, 2, 3, 4]);
    assert.equal(found.get(3), UNREADABLE);
    assert.equal(found.get(4)?.toString(), "mail 4");
    assert.equal(folder.uidValidity, 9);
  });

  it("marks a message the server silently left out, but not one that is gone", async () => {
    const server = withholdingServer({ uids: [1, 2, 4], withheld: [2], refuseBatches: false });
    const folder = await openImapFolder(server.client, "support", "INBOX");
    const found = await folder.fetch([1, 2, 3, 4]);
    assert.equal(found.get(2), UNREADABLE);
    assert.equal(found.has(3), false, "uid 3 was expunged: nothing to report");
    assert.equal(found.get(1)?.toString(), "mail 1");
    assert.deepEqual(server.requested, ["1:4", "2"]);
  });
});
