import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { reconnectDelayMs } from "./backoff.js";
import { folderMarker } from "./folder-listing.js";
import { folderUidValidity } from "./folder-mailbox.js";
import { IngestHealth } from "./health.js";
import { uidSet } from "./imap-source.js";

describe("reconnectDelayMs", () => {
  it("doubles from the minimum up to the maximum, with half of each step random", () => {
    assert.equal(
      reconnectDelayMs(1, 1_000, 60_000, () => 0),
      500,
    );
    assert.equal(
      reconnectDelayMs(1, 1_000, 60_000, () => 1),
      1_000,
    );
    assert.equal(
      reconnectDelayMs(4, 1_000, 60_000, () => 1),
      8_000,
    );
    assert.equal(
      reconnectDelayMs(30, 1_000, 60_000, () => 1),
      60_000,
    );
    assert.equal(
      reconnectDelayMs(30, 1_000, 60_000, () => 0),
      30_000,
    );
    const spread = new Set(Array.from({ length: 50 }, () => reconnectDelayMs(3, 1_000, 60_000)));
    assert.ok(spread.size > 10, "jitter spreads the delays");
  });
});

describe("uidSet", () => {
  it("compresses runs of UIDs into ranges", () => {
    assert.equal(uidSet([1, 2, 3, 7, 9, 10]), "1:3,7,9:10");
    assert.equal(uidSet([5]), "5");
    assert.equal(uidSet([4, 2, 3]), "2:4");
  });
});

describe("folderUidValidity", () => {
  const names = ["a.eml", "b.eml", "c.eml"];
  const initial = folderUidValidity("/mail", names, undefined);
  const saved = { uidValidity: initial, lastUid: 2, marker: folderMarker(names, 2) };

  it("starts from a hash of the path", () => {
    assert.ok(initial >= 1 && initial < 2 ** 31);
    assert.notEqual(initial, folderUidValidity("/other", names, undefined));
  });

  it("stays the same while files are only added after the checkpoint", () => {
    assert.equal(folderUidValidity("/mail", names, saved), initial);
    assert.equal(folderUidValidity("/mail", [...names, "d.eml"], saved), initial);
    assert.equal(folderUidValidity("/mail", ["a.eml", "b.eml"], saved), initial);
  });

  it("changes when files up to the checkpoint were inserted or removed", () => {
    for (const changed of [["0.eml", ...names], ["a.eml", "c.eml"], ["a.eml"]]) {
      assert.notEqual(folderUidValidity("/mail", changed, saved), initial, changed.join(","));
    }
  });
});

describe("IngestHealth", () => {
  it("is ready only while every mailbox is connected", () => {
    const health = new IngestHealth(["a", "b"]);
    assert.equal(health.ready(), false);
    health.set("a", "idle");
    health.set("b", "syncing");
    assert.equal(health.ready(), true);
    health.set("b", "backoff");
    assert.equal(health.ready(), false);
  });

  it("sums the lag over folders and never reports it negative", () => {
    const health = new IngestHealth(["a"]);
    health.setLag("a", "INBOX", 5);
    health.setLag("a", "Other", -3);
    health.setLag("a", "INBOX", 7);
    assert.equal(health.lag("a"), 7);
  });
});
