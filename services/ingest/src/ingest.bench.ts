/**
 * Ingest throughput: how fast a backlog moves from Dovecot into the MAIL_INGESTED stream
 * (catch-up after downtime, the first start on a full mailbox), next to parsing alone.
 * Prints numbers only; nothing here asserts on timing.
 */
import { connectBus, declarePipeline } from "@poststelle/bus";
import { parseMail } from "@poststelle/mail";
import { createLogger } from "@poststelle/telemetry";
import { startDovecot, startNats } from "@poststelle/test-support";
import { startIngestService } from "./service.js";
import { appendMany, imapTestConfig, testMail, waitUntil } from "./test-env.js";

const MAILS = 1_000;
const BODY_BYTES = 1_700; // about 2 KB per message with headers
const BATCH_SIZES = [10, 100];

const nats = await startNats();
const dovecot = await startDovecot();
const bus = await connectBus({ servers: nats.url, name: "ingest-bench" });
const logger = createLogger({ name: "ingest-bench", level: "silent" });
const rows: Record<string, string | number>[] = [];

try {
  await declarePipeline(bus, { maxAgeMs: 3_600_000, duplicateWindowMs: 120_000 });
  const mails = Array.from({ length: MAILS }, (_, i) => testMail(i, { bodyBytes: BODY_BYTES }));
  const bytes = mails.reduce((sum, mail) => sum + Buffer.byteLength(mail), 0);

  const parseStarted = performance.now();
  for (const mail of mails) await parseMail(Buffer.from(mail), { maxBytes: 1024 * 1024 });
  const parsePerSecond = MAILS / ((performance.now() - parseStarted) / 1000);
  rows.push({
    path: "parseMail only",
    batch: "-",
    mails: MAILS,
    "avg bytes": Math.round(bytes / MAILS),
    "mails/s": parsePerSecond.toFixed(0),
    "MB/s": ((parsePerSecond * bytes) / MAILS / 1e6).toFixed(2),
    "vs parse": "1.000",
  });

  for (const batch of BATCH_SIZES) {
    const user = `bench${batch}`;
    const account = await dovecot.addUser(user, "bench-pw");
    const appendStarted = performance.now();
    await appendMany(account, "INBOX", mails);
    const appendSeconds = (performance.now() - appendStarted) / 1000;

    const config = imapTestConfig(nats.url, account, { id: user });
    const before = (await bus.jsm.streams.info("MAIL_INGESTED")).state.messages;
    const started = performance.now();
    const ingest = await startIngestService({ config, bus, logger }, { batchMaxCount: batch });
    await waitUntil(
      async () => (await bus.jsm.streams.info("MAIL_INGESTED")).state.messages - before >= MAILS,
      300_000,
      "catch-up",
    );
    const seconds = (performance.now() - started) / 1000;
    await ingest.stop();
    const perSecond = MAILS / seconds;
    rows.push({
      path: "Dovecot → MAIL_INGESTED (catch-up)",
      batch,
      mails: MAILS,
      "avg bytes": Math.round(bytes / MAILS),
      "mails/s": perSecond.toFixed(0),
      "MB/s": ((perSecond * bytes) / MAILS / 1e6).toFixed(2),
      "vs parse": (perSecond / parsePerSecond).toFixed(3),
    });
    rows.push({
      path: "APPEND into Dovecot (setup, one connection)",
      batch: "-",
      mails: MAILS,
      "avg bytes": Math.round(bytes / MAILS),
      "mails/s": (MAILS / appendSeconds).toFixed(0),
      "MB/s": (bytes / appendSeconds / 1e6).toFixed(2),
      "vs parse": (MAILS / appendSeconds / parsePerSecond).toFixed(3),
    });
  }
} finally {
  await bus.close(1_000);
  await dovecot.stop();
  await nats.stop();
}
console.table(rows);
