import { readFile } from "node:fs/promises";
import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, credsAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import { TransientError } from "@poststelle/errors";
import { reuseRequestCancelError } from "./request-cancel.js";

export interface BusOptions {
  servers: string | string[];
  /** Shown in `nats server report connections`; the service name. */
  name: string;
  user?: string;
  password?: string;
  token?: string;
  credsFile?: string;
  /**
   * Prefix of reply subjects. Per-user prefixes (`_INBOX_<user>`) let NATS permissions keep one
   * service from reading another's replies and pulled messages on the shared `_INBOX.>`.
   */
  inboxPrefix?: string;
  /** How long the first connect may take before giving up. */
  connectTimeoutMs?: number;
  /**
   * true (default): keep trying until a server answers, as a service must that starts before
   * NATS does. false: fail when none answers, for one-shot commands.
   */
  waitForServer?: boolean;
}

/** One NATS connection with its JetStream handles; every service has exactly one. */
export interface Bus {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly name: string;
  /** Registers work that close() must finish first (consumers stop, in-flight handlers end). */
  onClose(stop: () => Promise<void>): void;
  /**
   * Stops consumers, waits up to `graceMs` for in-flight handlers, then drains the connection.
   * A handler still running after that is cut off; its message is redelivered elsewhere.
   */
  close(graceMs?: number): Promise<void>;
}

/** The reply-subject prefix of a NATS user, as the generated permissions (deploy/nats) allow it. */
export function inboxPrefixForUser(user: string): string {
  return `_INBOX_${user}`;
}

/** Below Kubernetes' default 30 s termination grace period. */
const CLOSE_GRACE_MS = 20_000;

export async function connectBus(options: BusOptions): Promise<Bus> {
  reuseRequestCancelError();
  const authenticator = options.credsFile ? credsAuthenticator(await readFile(options.credsFile)) : undefined;
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: options.servers,
      name: options.name,
      user: options.user,
      pass: options.password,
      token: options.token,
      authenticator,
      inboxPrefix: options.inboxPrefix,
      // Reconnect forever: a restarting nats-server must not end a service.
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      timeout: options.connectTimeoutMs ?? 10_000,
      waitOnFirstConnect: options.waitForServer ?? true,
      // A stack captured up front for every request (~0.5 ms each, several per mail) only
      // decorates errors we map to our own codes anyway.
      noAsyncTraces: true,
    });
  } catch (error) {
    throw new TransientError("bus.connect_failed", "could not connect to NATS", { cause: error });
  }
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc, { checkAPI: true });
  const stops: (() => Promise<void>)[] = [];
  let closing: Promise<void> | undefined;

  return {
    nc,
    js,
    jsm,
    name: options.name,
    onClose(stop) {
      stops.push(stop);
    },
    close(graceMs = CLOSE_GRACE_MS) {
      closing ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        });
        await Promise.race([Promise.allSettled(stops.map((stop) => stop())), grace]);
        clearTimeout(timer);
        if (!nc.isClosed()) await nc.drain().catch(() => nc.close());
      })();
      return closing;
    },
  };
}

/**
 * Closes the bus once on SIGTERM or SIGINT (Kubernetes stops pods with SIGTERM), so in-flight
 * messages are acked or left for redelivery instead of cut off half-way.
 */
export function closeOnSignals(
  bus: Pick<Bus, "close">,
  onClosed: (signal: NodeJS.Signals) => void,
  signals: readonly NodeJS.Signals[] = ["SIGTERM", "SIGINT"],
): () => void {
  const handler = (signal: NodeJS.Signals) => {
    for (const s of signals) process.off(s, handler);
    void bus.close().finally(() => onClosed(signal));
  };
  for (const s of signals) process.once(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}
