import { type Bus, type BusOptions, inboxPrefixForUser, type TopologyOptions } from "@poststelle/bus";
import type { Config } from "@poststelle/config";
import type { Logger } from "@poststelle/telemetry";
import { connectPrivacyService, type PrivacyClient } from "./privacy-grpc.js";
import type { InProcessServices } from "./privacy-local.js";

/**
 * What every service gets from the process that runs it (`poststelle run <service>` or
 * `run all`). Metrics and spans go through the global OpenTelemetry API, so a service needs
 * no handle on the SDK.
 */
export interface ServiceContext {
  readonly config: Config;
  readonly bus: Bus;
  readonly logger: Logger;
  /** What other services of this process offer directly (`run all`); absent: none. */
  readonly inProcess?: InProcessServices;
}

export interface RunningService {
  readonly name: string;
  /** True while the service can do its job (for /readyz). */
  ready(): boolean;
  /** Stops taking work and finishes what is in flight. */
  stop(): Promise<void>;
}

export type ServiceStarter = (ctx: ServiceContext) => Promise<RunningService>;

export function busOptionsFrom(config: Config, name: string): BusOptions {
  return {
    servers: config.nats.servers,
    name,
    user: config.nats.user,
    password: config.nats.password?.reveal(),
    token: config.nats.token?.reveal(),
    credsFile: config.nats.credsFile,
    // Matches the per-user inboxes of the generated NATS permissions (deploy/nats).
    inboxPrefix: config.nats.user ? inboxPrefixForUser(config.nats.user) : undefined,
  };
}

export function topologyFrom(config: Config): TopologyOptions {
  return {
    maxAgeMs: config.nats.streamMaxAgeHours * 3_600_000,
    auditMaxAgeMs: config.nats.auditMaxAgeDays * 86_400_000,
    duplicateWindowMs: config.nats.duplicateWindowMinutes * 60_000,
  };
}

/** Consumer settings of a stage, from `stages` in the config. */
export function stageConsumerOptions(config: Config, stage: keyof Config["stages"]["concurrency"]) {
  return {
    concurrency: config.stages.concurrency[stage],
    maxDeliver: config.stages.maxDeliver,
    ackWaitMs: config.stages.ackWaitMs,
    backoffMs: config.stages.backoffMs,
  };
}

/**
 * mask's PrivacyService as the config names it: `privacy.grpc.address`, else loopback on its
 * port, with the token and the mTLS client identity. `address` overrides both (a port resolved
 * at start).
 */
export function privacyClientFrom(config: Config, address?: string): PrivacyClient {
  const grpc = config.privacy.grpc;
  return connectPrivacyService({
    address: address ?? grpc.address ?? `127.0.0.1:${grpc.port}`,
    token: grpc.token?.reveal(),
    clientTls: grpc.tls?.caFile
      ? { certFile: grpc.tls.certFile, keyFile: grpc.tls.keyFile, caFile: grpc.tls.caFile }
      : undefined,
  });
}

export { type EmbeddedNats, embeddedNatsUrl, freeLoopbackPort, startEmbeddedNats } from "./embedded-nats.js";
export { notedEndpoint, noteEndpoint } from "./noted-endpoint.js";
export {
  connectPrivacyService,
  type PrivacyClient,
  type PrivacyClientOptions,
  type PrivacyGrpcSecurity,
  type PrivacyOperations,
  type PrivacyServer,
  servePrivacyService,
} from "./privacy-grpc.js";
export { InProcessServices, preferInProcessPrivacy } from "./privacy-local.js";
