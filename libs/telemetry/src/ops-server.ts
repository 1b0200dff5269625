import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PrometheusSerializer } from "@opentelemetry/exporter-prometheus";
import { errorCode, PermanentError } from "@poststelle/errors";
import { prometheusReaderOf, type Telemetry } from "./telemetry.js";

export interface OpsServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

export interface OpsServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default 0.0.0.0, so the kubelet and Prometheus can reach it. */
  host?: string;
  /** Answers /readyz; default: ready as soon as the server listens. */
  readiness?: () => boolean | Promise<boolean>;
  telemetry: Telemetry;
}

const PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

function reply(response: ServerResponse, status: number, body: string, contentType = "text/plain"): void {
  response.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  response.end(body);
}

function urlHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

/**
 * One small HTTP server per process for the platform: /metrics for Prometheus, /healthz for the
 * liveness probe (answers while the event loop does), /readyz for the readiness probe.
 */
export async function serveOps(options: OpsServerOptions): Promise<OpsServer> {
  const reader = prometheusReaderOf(options.telemetry);
  const serializer = new PrometheusSerializer();
  const logger = options.telemetry.logger;

  async function metricsText(): Promise<string> {
    const { resourceMetrics, errors } = await reader.collect();
    if (errors.length > 0)
      logger.warn({ component: "ops", count: errors.length }, "metric collection errors");
    return serializer.serialize(resourceMetrics);
  }

  async function isReady(): Promise<boolean> {
    try {
      return options.readiness ? await options.readiness() : true;
    } catch (error) {
      logger.warn({ component: "ops", reasonCode: errorCode(error) }, "readiness check failed");
      return false;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD")
      return reply(response, 405, "method not allowed\n");
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/healthz") return reply(response, 200, "ok\n");
    if (path === "/readyz") {
      return (await isReady()) ? reply(response, 200, "ready\n") : reply(response, 503, "not ready\n");
    }
    if (path === "/metrics") return reply(response, 200, await metricsText(), PROMETHEUS_CONTENT_TYPE);
    return reply(response, 404, "not found\n");
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ component: "ops", err: error }, "ops request failed");
      if (!response.headersSent) reply(response, 500, "internal error\n");
      else response.destroy();
    });
  });
  const host = options.host ?? "0.0.0.0";
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new PermanentError(
          "ops.listen_failed",
          `${host}:${options.port}: ${error.code ?? errorCode(error)}`,
          {
            cause: error,
          },
        ),
      ),
    );
    server.listen(options.port, host, () => {
      server.removeAllListeners("error");
      server.on("error", (error) => logger.error({ component: "ops", err: error }, "ops server error"));
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  return {
    port,
    url: `http://${urlHost(host)}:${port}`,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Scrapers and fetch keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
