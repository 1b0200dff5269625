import { rm } from "node:fs/promises";
import { join } from "node:path";
import { awaitPipeline, type Bus, connectBus, declarePipeline } from "@poststelle/bus";
import type { Config } from "@poststelle/config";
import {
  busOptionsFrom,
  type EmbeddedNats,
  freeLoopbackPort,
  InProcessServices,
  notedEndpoint,
  noteEndpoint,
  type RunningService,
  startEmbeddedNats,
  topologyFrom,
} from "@poststelle/runtime";
import { type OpsServer, serveOps, startTelemetry, type Telemetry } from "@poststelle/telemetry";
import { withLocalVaultKey } from "./local-vault-key.js";
import { SERVICES } from "./services.js";

/** Services that handle personal data; the others never see plain mail (design: trust zones). */
const ZONE_P_SERVICES = new Set(["ingest", "mask", "unmask"]);

export interface PoststelleProcess {
  readonly bus: Bus;
  readonly telemetry: Telemetry;
  readonly ops: OpsServer | undefined;
  readonly services: readonly RunningService[];
  /** Stops services (consumers first), drains the bus, flushes telemetry, stops embedded NATS. */
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  /** Service names, in pipeline order. */
  services: readonly string[];
  /** Data dir for the embedded nats-server, and for the vault key it needs when none is configured. */
  dataDir: string;
  /** Serve /metrics, /healthz, /readyz; off for one-shot commands like the demo. */
  serveOps?: boolean;
  telemetry?: Telemetry;
}

/** Fills in what only exists once this process runs: the embedded NATS url, a free gRPC port. */
async function resolveLocalEndpoints(config: Config, nats: EmbeddedNats | undefined): Promise<Config> {
  let resolved = config;
  if (nats) resolved = { ...resolved, nats: { ...resolved.nats, servers: [nats.url] } };
  const grpc = resolved.privacy.grpc;
  if (grpc.port === 0) {
    const port = await freeLoopbackPort();
    resolved = {
      ...resolved,
      privacy: { ...resolved.privacy, grpc: { ...grpc, port, address: grpc.address ?? `127.0.0.1:${port}` } },
    };
  }
  return resolved;
}

/** Where `run all` keeps the embedded nats-server's store (and its URL, for the operator commands). */
export function embeddedNatsDir(dataDir: string): string {
  return join(dataDir, "nats");
}

/** Where a process that picked mask's gRPC port itself (port 0) notes it, for `poststelle forget`. */
export function privacyAddressFile(dataDir: string): string {
  return join(dataDir, "privacy-address");
}

/** The PrivacyService address a running process on this data dir noted, if one did. */
export function recordedPrivacyAddress(dataDir: string): string | undefined {
  return notedEndpoint(privacyAddressFile(dataDir));
}

/** Everything one `poststelle` process needs around its services, in the order it must start. */
export async function startPoststelle(options: StartOptions): Promise<PoststelleProcess> {
  const { config } = options;
  const label = options.services.length === 1 ? `poststelle-${options.services[0]}` : "poststelle";
  const telemetry =
    options.telemetry ??
    startTelemetry({
      serviceName: config.telemetry.serviceName ?? label,
      otlpEndpoint: config.telemetry.otlpEndpoint,
      logLevel: config.telemetry.logLevel,
    });
  const logger = telemetry.logger;
  let nats: EmbeddedNats | undefined;
  if (config.nats.embedded) {
    nats = await startEmbeddedNats(embeddedNatsDir(options.dataDir));
    logger.info({ url: nats.url }, "embedded nats-server started");
  }
  const busConfig = await withLocalVaultKey(
    await resolveLocalEndpoints(config, nats),
    options.dataDir,
    (message) => logger.warn(message),
  );
  const noted = config.privacy.grpc.port === 0 && options.services.includes("mask");
  const dropAddressNote = () =>
    noted ? rm(privacyAddressFile(options.dataDir), { force: true }) : undefined;
  if (noted) noteEndpoint(privacyAddressFile(options.dataDir), busConfig.privacy.grpc.address!);
  const bus = await connectBus(busOptionsFrom(busConfig, label));
  // Only zone P services may create streams (NATS permissions); zone M waits for them to exist.
  if (options.services.some((name) => ZONE_P_SERVICES.has(name)))
    await declarePipeline(bus, topologyFrom(config));
  else await awaitPipeline(bus, { ...topologyFrom(config), timeoutMs: 120_000 });

  const services: RunningService[] = [];
  const inProcess = new InProcessServices();
  try {
    // Downstream first, so nothing published by an upstream stage waits for a consumer to exist.
    for (const name of [...options.services].reverse()) {
      const start = SERVICES[name];
      if (!start) throw new Error(`unknown service ${name}`);
      services.unshift(
        await start({ config: busConfig, bus, logger: logger.child({ service: name }), inProcess }),
      );
      logger.info({ service: name }, "service started");
    }
  } catch (error) {
    // A half-started process would hold consumers and ports: take down what is up, then fail.
    for (const service of services) await service.stop().catch(() => undefined);
    await bus.close();
    await nats?.stop();
    await dropAddressNote();
    if (!options.telemetry) await telemetry.shutdown();
    throw error;
  }
  const ops = options.serveOps
    ? await serveOps({
        port: config.telemetry.metricsPort,
        host: config.telemetry.metricsHost,
        telemetry,
        readiness: () => !bus.nc.isClosed() && services.every((s) => s.ready()),
      })
    : undefined;
  if (ops) logger.info({ port: ops.port }, "ops endpoints listening");

  let stopping: Promise<void> | undefined;
  return {
    bus,
    telemetry,
    ops,
    services,
    stop() {
      stopping ??= (async () => {
        // Upstream first: ingest stops taking mail, then each stage finishes what it has.
        for (const service of services) await service.stop();
        await bus.close();
        await ops?.close();
        await nats?.stop();
        await dropAddressNote();
        if (!options.telemetry) await telemetry.shutdown();
      })();
      return stopping;
    },
  };
}
