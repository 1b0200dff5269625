/**
 * Test helper: ingest alone in a process, so the crash test can SIGKILL it in the middle of a
 * batch. Settings come from the environment; logs go to stdout as JSON lines.
 */
import { connectBus } from "@poststelle/bus";
import { createLogger } from "@poststelle/telemetry";
import { startIngestService } from "./service.js";
import { imapTestConfig } from "./test-env.js";

const env = process.env;
const account = {
  host: env["IMAP_HOST"] ?? "127.0.0.1",
  port: Number(env["IMAP_PORT"]),
  secure: false,
  user: env["IMAP_USER"] ?? "",
  password: env["IMAP_PASSWORD"] ?? "",
};
const config = imapTestConfig(env["NATS_URL"] ?? "", account);
const bus = await connectBus({ servers: config.nats.servers, name: "ingest-child" });
const logger = createLogger({ name: "ingest-child", level: "info" });
await startIngestService({ config, bus, logger }, { batchMaxCount: Number(env["BATCH_MAX_COUNT"] ?? 100) });
