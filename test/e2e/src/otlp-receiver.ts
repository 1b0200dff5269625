import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { EventTimes } from "./bench-measure.js";

/*
 * An OTLP/HTTP trace endpoint for benchmarks with services in child processes: it takes what their
 * exporters post (OTLP JSON, as @opentelemetry/exporter-trace-otlp-http sends it) and hands each
 * span's name, mail id, start and end time and status to an EventTimes.
 */

type OtlpTime = string | number | { low: number; high: number };
interface OtlpValue {
  stringValue?: string;
}
interface OtlpSpan {
  name: string;
  startTimeUnixNano: OtlpTime;
  endTimeUnixNano: OtlpTime;
  attributes?: { key: string; value: OtlpValue }[];
  status?: { code?: number };
}
interface OtlpTraces {
  resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[];
}

/** SpanStatusCode.ERROR in OTLP's numbering. */
const STATUS_ERROR = 2;

function nanosToMs(value: OtlpTime): number {
  if (typeof value === "object") return (value.high * 2 ** 32 + (value.low >>> 0)) / 1e6;
  return Number(BigInt(value) / 1000n) / 1000;
}

export interface OtlpReceiver {
  /** Base URL for OTEL_EXPORTER_OTLP_ENDPOINT; traces arrive on <url>/v1/traces. */
  readonly url: string;
  /** Spans received so far. */
  readonly spanCount: number;
  close(): Promise<void>;
}

export async function startOtlpReceiver(times: EventTimes): Promise<OtlpReceiver> {
  let spanCount = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.url !== "/v1/traces" || !String(req.headers["content-type"]).includes("json")) {
        res.writeHead(415).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpTraces;
      for (const resource of body.resourceSpans ?? []) {
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spanCount++;
            const mailId = span.attributes?.find((a) => a.key === "poststelle.mail_id")?.value.stringValue;
            const failed = span.status?.code === STATUS_ERROR;
            const [start, end] = [nanosToMs(span.startTimeUnixNano), nanosToMs(span.endTimeUnixNano)];
            times.add(span.name, mailId, start, end, failed);
          }
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get spanCount() {
      return spanCount;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
