import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { maskText } from "./mask.js";
import { MemoryVaultStorage } from "./memory-storage.js";
import { PlaceholderTable } from "./placeholder-table.js";
import { ThreadVault } from "./thread-vault.js";
import { openSealed, sealValue, VaultKey } from "./vault-key.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const KV_SAFE = /^[A-Za-z0-9_=.-]+$/;

describe("VaultKey", () => {
  it("accepts 32 bytes of base64 or base64url and rejects everything else without quoting it", () => {
    const raw = randomBytes(32);
    assert.equal(VaultKey.fromBase64("k1", raw.toString("base64")).keyId, "k1");
    assert.equal(VaultKey.fromBase64("k1", raw.toString("base64url")).keyId, "k1");
    const short = randomBytes(16).toString("base64");
    assert.throws(
      () => VaultKey.fromBase64("k1", short),
      (error: Error) => /pii\.vault_key_invalid/.test(error.message) && !error.message.includes(short),
    );
    assert.throws(() => VaultKey.fromBase64("k1", "not base64!"), /pii\.vault_key_invalid/);
    assert.throws(() => VaultKey.fromBase64("bad id", raw.toString("base64")), /pii\.vault_key_invalid/);
  });
});

describe("seal and open", () => {
  const key = VaultKey.generate("k1");

  it("round-trips and uses a fresh IV each time", () => {
    const a = sealValue([key], encoder.encode("Thomas Müller"), "ctx");
    const b = sealValue([key], encoder.encode("Thomas Müller"), "ctx");
    assert.notDeepEqual(a, b);
    assert.equal(decoder.decode(openSealed([key], a, "ctx")), "Thomas Müller");
    assert.ok(!Buffer.from(a).toString("latin1").includes("Thomas"));
  });

  it("fails on any changed byte, on another context and with another key", () => {
    const sealed = sealValue([key], encoder.encode("DE89370400440532013000"), "thread.a");
    for (const index of [0, 5, sealed.length - 1]) {
      const tampered = new Uint8Array(sealed);
      tampered[index]! ^= 0x01;
      assert.throws(() => openSealed([key], tampered, "thread.a"), /pii\.vault_/);
    }
    assert.throws(() => openSealed([key], sealed, "thread.b"), /pii\.vault_tampered/);
    const impostor = VaultKey.fromBase64("k1", randomBytes(32).toString("base64"));
    assert.throws(() => openSealed([impostor], sealed, "thread.a"), /pii\.vault_tampered/);
  });

  it("opens values sealed under an older key after rotation, and seals with the current one", () => {
    const old = VaultKey.generate("k-2023");
    const current = VaultKey.generate("k-2024");
    const sealedOld = sealValue([old], encoder.encode("alt"), "ctx");
    assert.equal(decoder.decode(openSealed([current, old], sealedOld, "ctx")), "alt");
    const sealedNew = sealValue([current, old], encoder.encode("neu"), "ctx");
    assert.throws(() => openSealed([old], sealedNew, "ctx"), /pii\.vault_key_unknown/);
    assert.equal(decoder.decode(openSealed([current], sealedNew, "ctx")), "neu");
  });
});

describe("ThreadVault", () => {
  function thread(text: string, table = new PlaceholderTable()): PlaceholderTable {
    return maskText(text, table).table;
  }

  it("saves and loads a thread's table; storage holds no readable personal data and KV-safe keys", async () => {
    const storage = new MemoryVaultStorage();
    const vault = new ThreadVault(storage, [VaultKey.generate("k1")]);
    const table = thread(
      "Mit freundlichen Grüßen\nThomas Müller\nthomas.mueller@example.de, IBAN DE89 3704 0044 0532 0130 00",
    );
    await vault.save("t_abc", table);
    assert.deepEqual((await vault.load("t_abc")).toJSON(), table.toJSON());
    assert.equal((await vault.load("t_other")).size, 0);
    for (const [key, value] of storage.entries) {
      assert.match(key, KV_SAFE);
      const everything = `${key} ${Buffer.from(value).toString("latin1")}`;
      for (const secret of ["Müller", "thomas.mueller", "example.de", "DE89", "t_abc"]) {
        assert.ok(!everything.includes(secret), `storage reveals ${secret}`);
      }
    }
  });

  it("refuses a record that was moved to another thread's key", async () => {
    const storage = new MemoryVaultStorage();
    const vault = new ThreadVault(storage, [VaultKey.generate("k1")]);
    await vault.save("t_a", thread("Kontakt: a@example.de"));
    await vault.save("t_b", thread("Kontakt: b@example.de"));
    const threadKeys = [...storage.entries.keys()].filter((key) => key.startsWith("thread."));
    const [first, second] = threadKeys as [string, string];
    storage.entries.set(second, storage.entries.get(first)!);
    const results = await Promise.allSettled([vault.load("t_a"), vault.load("t_b")]);
    assert.ok(results.some((result) => result.status === "rejected"));
  });

  it("finds threads saved under an older key after rotation and moves them to the new key", async () => {
    const storage = new MemoryVaultStorage();
    const old = VaultKey.generate("old");
    const current = VaultKey.generate("new");
    const table = thread("Kontakt: anna@example.de");
    await new ThreadVault(storage, [old]).save("t_1", table);
    const rotated = new ThreadVault(storage, [current, old]);
    assert.deepEqual((await rotated.load("t_1")).toJSON(), table.toJSON());
    await rotated.save("t_1", table);
    const threadRecords = [...storage.entries.keys()].filter((key) => key.startsWith("thread."));
    assert.equal(threadRecords.length, 1);
    assert.deepEqual((await new ThreadVault(storage, [current]).load("t_1")).toJSON(), table.toJSON());
    assert.deepEqual(await rotated.forget({ emailAddress: "ANNA@example.de" }), {
      erasedEntries: 1,
      erasedThreads: 1,
      threadIds: ["t_1"],
    });
  });

  it("forgets exactly the threads that hold an address, and by thread id", async () => {
    const storage = new MemoryVaultStorage();
    const vault = new ThreadVault(storage, [VaultKey.generate("k1")]);
    await vault.save("t_1", thread("Von anna@example.de: Bestellnummer BE-2024-004711"));
    await vault.save("t_2", thread("anna@example.de und bob@example.org, Tel. 030 1234567"));
    await vault.save("t_3", thread("Nur bob@example.org hier."));
    await vault.save("t_4", thread("Hallo Jens, Kundennr. K-10023"));

    const anna = await vault.forget({ emailAddress: " Anna@Example.de " });
    assert.deepEqual(
      { ...anna, threadIds: anna.threadIds.sort() },
      {
        erasedEntries: 5,
        erasedThreads: 2,
        threadIds: ["t_1", "t_2"],
      },
    );
    assert.equal((await vault.load("t_1")).size, 0);
    assert.equal((await vault.load("t_2")).size, 0);
    assert.equal((await vault.load("t_3")).size, 1);
    assert.equal((await vault.load("t_4")).size, 2);
    // The erased threads left no index entries behind; bob's remaining thread is still indexed.
    assert.deepEqual(await vault.forget({ emailAddress: "bob@example.org" }), {
      erasedEntries: 1,
      erasedThreads: 1,
      threadIds: ["t_3"],
    });
    assert.deepEqual(await vault.forget({ emailAddress: "anna@example.de" }), {
      erasedEntries: 0,
      erasedThreads: 0,
      threadIds: [],
    });
    assert.deepEqual(await vault.forget({ threadId: "t_4" }), {
      erasedEntries: 2,
      erasedThreads: 1,
      threadIds: ["t_4"],
    });
    assert.equal(storage.entries.size, 0);
  });

  it("indexes an address when an update first brings it, before the record, and only then", async () => {
    const storage = new MemoryVaultStorage();
    const writes: string[] = [];
    const put = storage.put.bind(storage);
    storage.put = async (key, value) => {
      writes.push(key.split(".")[0]!);
      await put(key, value);
    };
    const vault = new ThreadVault(storage, [VaultKey.generate("k1")]);
    const extend = (text: string) => (table: PlaceholderTable) => ({ table: thread(text, table), result: 0 });
    await vault.update("t_1", extend("Von anna@example.de"));
    writes.length = 0;
    await vault.update("t_1", extend("Antwort an bob@example.org, Kopie anna@example.de"));
    assert.deepEqual(writes, ["email", "thread"], "bob's entry, then the record; anna's is not rewritten");

    // A failure between the index entry and the record leaves a dangling entry, nothing worse.
    storage.putIfRevision = async () => {
      throw new Error("connection lost");
    };
    await assert.rejects(vault.update("t_1", extend("Auch carla@example.net")));
    assert.deepEqual(await vault.forget({ emailAddress: "carla@example.net" }), {
      erasedEntries: 0,
      erasedThreads: 0,
      threadIds: [],
    });
    assert.deepEqual((await vault.forget({ emailAddress: "bob@example.org" })).erasedEntries, 2);
    assert.equal(storage.entries.size, 0, "no record and no index entry left");
  });

  it("gives a thread's own addresses a keyed address key, the same across threads and for no one else", () => {
    const key = VaultKey.generate("k1");
    const vault = new ThreadVault(new MemoryVaultStorage(), [key]);
    const anna = thread("Von anna@example.de, Tel. 030 1234567");
    const annaAgain = thread("Hallo, hier anna@example.de mit Bestellnummer BE-2024-004711");
    const annaKey = vault.addressKey(anna, "anna@example.de");
    assert.match(annaKey, KV_SAFE);
    assert.ok(!annaKey.toLowerCase().includes("anna"));
    assert.equal(vault.addressKey(annaAgain, " Anna@Example.DE "), annaKey, "same address, other thread");
    assert.equal(vault.addressKey(anna, "030 1234567"), "", "not an e-mail address");
    assert.equal(vault.addressKey(anna, "bob@example.org"), "", "an address the thread does not hold");
    const otherVault = new ThreadVault(new MemoryVaultStorage(), [VaultKey.generate("k2")]);
    assert.notEqual(
      otherVault.addressKey(anna, "anna@example.de"),
      annaKey,
      "keyed: another key, another hash",
    );
  });
});

describe("ThreadVault.update", () => {
  it("two writers extending one thread at once both keep their values (compare-and-set, retry)", async () => {
    const storage = new MemoryVaultStorage();
    const vault = new ThreadVault(storage, [VaultKey.generate("k1")]);
    const maskWith = (text: string) => (table: PlaceholderTable) => {
      const result = maskText(text, table);
      return { table: result.table, result: result.masked };
    };
    // Both read the empty thread before either writes: without compare-and-set, one would be lost.
    const [a, b] = await Promise.all([
      vault.update("t-1", maskWith("Schreiben Sie an anna@example.org")),
      vault.update("t-1", maskWith("Oder an bernd@example.net")),
    ]);
    const table = await vault.load("t-1");
    const emails = [...table.entries()].map((entry) => entry.value).sort();
    assert.deepEqual(emails, ["anna@example.org", "bernd@example.net"]);
    // Each writer's placeholder resolves to its own value in the stored table.
    assert.equal(table.resolve(a.match(/\[\[(EMAIL_\d+)\]\]/)![1]!)?.value, "anna@example.org");
    assert.equal(table.resolve(b.match(/\[\[(EMAIL_\d+)\]\]/)![1]!)?.value, "bernd@example.net");
  });

  it("creates a thread's first record without reading it, and keeps a record that exists after all", async () => {
    const storage = new MemoryVaultStorage();
    let reads = 0;
    const getVersioned = storage.getVersioned.bind(storage);
    storage.getVersioned = (key) => {
      reads++;
      return getVersioned(key);
    };
    const vault = new ThreadVault(storage, [VaultKey.generate("k1")]);
    const maskWith = (text: string) => (table: PlaceholderTable) => {
      const result = maskText(text, table);
      return { table: result.table, result: result.masked };
    };
    assert.equal(
      await vault.update("t-new", maskWith("Von anna@example.org"), { startsThread: true }),
      "Von [[EMAIL_1]]",
    );
    assert.equal(reads, 0, "a new thread's record is created, not read first");

    // A reply masked first, or a redelivery: the create conflicts and the stored table is extended.
    await vault.update("t-late", maskWith("Antwort von bernd@example.net"));
    reads = 0;
    const masked = await vault.update("t-late", maskWith("Von anna@example.org an bernd@example.net"), {
      startsThread: true,
    });
    assert.equal(masked, "Von [[EMAIL_2]] an [[EMAIL_1]]");
    assert.equal(reads, 1, "read once, after the conflict");
    const emails = [...(await vault.load("t-late")).entries()].map((entry) => entry.value);
    assert.deepEqual(emails, ["bernd@example.net", "anna@example.org"]);
  });

  it("reads an older key's slot for a new thread while keys rotate", async () => {
    const storage = new MemoryVaultStorage();
    const old = VaultKey.generate("k1");
    await new ThreadVault(storage, [old]).update("t-3", (table) => ({
      table: maskText("Von anna@example.org", table).table,
      result: 0,
    }));
    const rotated = new ThreadVault(storage, [VaultKey.generate("k2"), old]);
    const masked = await rotated.update(
      "t-3",
      (table) => {
        const result = maskText("Kopie an anna@example.org und bernd@example.net", table);
        return { table: result.table, result: result.masked };
      },
      { startsThread: true },
    );
    assert.equal(masked, "Kopie an [[EMAIL_1]] und [[EMAIL_2]]");
  });

  it("writes nothing when the change adds nothing", async () => {
    const storage = new MemoryVaultStorage();
    const vault = new ThreadVault(storage, [VaultKey.generate("k1")]);
    await vault.update("t-2", (table) => ({
      table: maskText("an anna@example.org", table).table,
      result: 0,
    }));
    const before = [...storage.entries.keys()].length;
    const revision = (
      await storage.getVersioned([...storage.entries.keys()].find((k) => k.startsWith("thread."))!)
    )?.revision;
    await vault.update("t-2", (table) => ({ table: maskText("kein Wert hier", table).table, result: 0 }));
    const after = await storage.getVersioned(
      [...storage.entries.keys()].find((k) => k.startsWith("thread."))!,
    );
    assert.equal(after?.revision, revision);
    assert.equal([...storage.entries.keys()].length, before);
  });
});
