import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { appendMany, type IngestTestEnv, startIngestTestEnv, testMail, waitUntil } from "./test-env.js";

const CHILD = fileURLToPath(new URL("./ingest-child.js", import.meta.url));
const MAILS = 600;
const BATCH = 10;

interface Child {
  process: ChildProcess;
  lines: string[];
}

function startChild(env: IngestTestEnv): Child {
  const child = spawn(process.execPath, [CHILD], {
    env: {
      ...process.env,
      NATS_URL: env.nats.url,
      IMAP_HOST: env.account.host,
      IMAP_PORT: String(env.account.port),
      IMAP_USER: env.account.user,
      IMAP_PASSWORD: env.account.password,
      BATCH_MAX_COUNT: String(BATCH),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let rest = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString("utf8")).split("\n");
    rest = parts.pop() ?? "";
    lines.push(...parts);
  });
  return { process: child, lines };
}

async function kill(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = once(child.process, "exit");
  child.process.kill("SIGKILL");
  await exited;
}

describe("ingest killed in the middle of a batch", { timeout: 60_000 }, () => {
  let env: IngestTestEnv;
  const children: Child[] = [];

  before(async () => {
    env = await startIngestTestEnv();
  });
  after(async () => {
    for (const child of children) await kill(child);
    await env?.close();
  });

  it("publishes every mail exactly once after a SIGKILL and a fresh start", async () => {
    await appendMany(
      env.account,
      "INBOX",
      Array.from({ length: MAILS }, (_, i) => testMail(i)),
    );

    const first = startChild(env);
    children.push(first);
    await waitUntil(
      async () => (await env.streamCount()) >= 60,
      30_000,
      "the first instance to be under way",
    );
    await kill(first);
    const atKill = await env.streamCount();
    assert.ok(
      atKill < MAILS,
      `the kill came too late to test anything (${atKill} of ${MAILS} already published)`,
    );

    const second = startChild(env);
    children.push(second);
    await waitUntil(async () => (await env.streamCount()) >= MAILS, 40_000, "all mails after the restart");
    await waitUntil(
      () => second.lines.some((line) => line.includes('"folder caught up"')),
      5_000,
      "the second instance to report",
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await kill(second);

    const events = await env.ingested();
    assert.equal(events.length, MAILS);
    assert.equal(new Set(events.map((e) => e.meta?.mailId)).size, MAILS);
    assert.equal(new Set(events.map((e) => e.subject)).size, MAILS);

    // The stream's dedupe would hide a re-publish; the checkpoint must make one rare in the first place:
    // the fresh instance may see again at most the one batch that was in flight at the kill.
    let again = 0;
    let fresh = 0;
    for (const line of second.lines) {
      if (!line.includes('"folder caught up"')) continue;
      const fields = JSON.parse(line) as { count: number; skippedCount: number; duplicateCount: number };
      again += fields.skippedCount + fields.duplicateCount;
      fresh += fields.count;
    }
    assert.ok(again <= BATCH, `the fresh instance re-read ${again} mails`);
    // Everything the stream had not stored at the kill is new to it now, and nothing else.
    assert.equal(fresh, MAILS - atKill);
  });
});
