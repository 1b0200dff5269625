import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { FolderListing, folderMarker } from "./folder-listing.js";

describe("FolderListing", () => {
  let dir: string;
  const add = (...names: string[]) => Promise.all(names.map((name) => writeFile(join(dir, name), "x")));
  // Never due by age: only what the watcher reports, or a full listing it forces.
  const watched = () => new FolderListing(dir, Number.POSITIVE_INFINITY);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "poststelle-listing-"));
    await add("b.eml", "a.eml", "notes.txt", "c.eml.part");
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("lists the .eml files in name order the first time", async () => {
    assert.deepEqual((await watched().read()).names, ["a.eml", "b.eml"]);
  });

  it("appends a reported file after the last one without listing the directory again", async () => {
    const listing = watched();
    await listing.read();
    // "c.eml" is not reported: a full listing would number it before "d.eml".
    await add("c.eml", "d.eml", "e.txt");
    listing.changed("d.eml");
    listing.changed("e.txt");
    assert.deepEqual((await listing.read()).names, ["a.eml", "b.eml", "d.eml"]);
  });

  it("lists the directory again for a file before the last one, a removal, or an event without a name", async () => {
    const cases: [string, (listing: FolderListing) => Promise<void>, string[]][] = [
      [
        "inserted before",
        async (listing) => {
          await add("0.eml", "z.eml");
          listing.changed("0.eml");
        },
        ["0.eml", "a.eml", "b.eml", "z.eml"],
      ],
      [
        "removed",
        async (listing) => {
          await unlink(join(dir, "a.eml"));
          await add("z.eml");
          listing.changed("a.eml");
        },
        ["b.eml", "z.eml"],
      ],
      [
        "no name",
        async (listing) => {
          await add("z.eml");
          listing.changed(undefined);
        },
        ["a.eml", "b.eml", "z.eml"],
      ],
    ];
    for (const [label, change, expected] of cases) {
      await rm(dir, { recursive: true });
      dir = await mkdtemp(join(tmpdir(), "poststelle-listing-"));
      await add("a.eml", "b.eml");
      const listing = watched();
      await listing.read();
      await change(listing);
      assert.deepEqual((await listing.read()).names, expected, label);
    }
  });

  it("skips a reported file that is gone again and keeps a known one written again", async () => {
    const listing = watched();
    await listing.read();
    await writeFile(join(dir, "a.eml"), "again");
    listing.changed("a.eml");
    listing.changed("gone.eml");
    await add("z.eml");
    assert.deepEqual(
      (await listing.read()).names,
      ["a.eml", "b.eml"],
      "no full listing: z.eml was not reported",
    );
  });

  it("lists the whole directory once fullEveryMs has passed, and after rescan()", async () => {
    const always = new FolderListing(dir, 0);
    await always.read();
    await add("c.eml");
    assert.deepEqual((await always.read()).names, ["a.eml", "b.eml", "c.eml"]);

    const listing = watched();
    await listing.read();
    await add("d.eml");
    listing.rescan();
    assert.deepEqual((await listing.read()).names, ["a.eml", "b.eml", "c.eml", "d.eml"]);
  });

  it("fingerprints the first names as checkpoints always have, also while names are appended", async () => {
    // The format stored in checkpoints: changing it would renumber every folder once.
    const stored = (names: string[], count: number) =>
      createHash("sha256").update(names.slice(0, count).join("\n")).digest("hex").slice(0, 32);
    const listing = watched();
    const before = await listing.read();
    const first = [...before.names];
    for (const count of [0, 1, 2, 5]) assert.equal(folderMarker(first, count), stored(first, count));
    assert.equal(before.marker(2), stored(first, 2));
    await add("x.eml", "y.eml");
    listing.changed("x.eml");
    listing.changed("y.eml");
    const after = await listing.read();
    const appended = [...after.names];
    assert.equal(appended.length, 4);
    for (const count of [3, 4, 1, 4]) assert.equal(after.marker(count), stored(appended, count), `${count}`);
  });
});
