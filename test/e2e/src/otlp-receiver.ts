import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PublishTimes } from "./bench-measure.js";

/*
 * An OTLP/HTTP trace endpoint for benchmarks with services in child processes: it takes what their
 * exporters post (OTLP JSON, as @opentelemetry/exporter-trace-otlp-http sends it) and hands each
 * span's name, mail id, end time and status to a PublishTimes.
 */

interface OtlpValue {
  stringValue?: string;
}
interface OtlpSpan {
  name: string;
  endTimeUnixNano: string | number | { low: number; high: number };
  attributes?: { key: string; value: OtlpValue }[];
  status?: { code?: number };
}
interface OtlpTraces {
  resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[];
}

/** SpanStatusCode.ERROR in OTLP's numbering. */
const STATUS_ERROR = 2;

function nanosToMs(value: OtlpSpan["endTimeUnixNano"]): number {
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

export async function startOtlpReceiver(times: PublishTimes): Promise<OtlpReceiver> {
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
            times.add(span.name, mailId, nanosToMs(span.endTimeUnixNano), span.status?.code === STATUS_ERROR);
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
