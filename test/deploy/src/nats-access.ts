import { Kvm } from "@nats-io/kv";
import { type Bus, connectBus, inboxPrefixForUser } from "@poststelle/bus";
import { type EventMeta, mailIdFor, SCHEMA_VERSION, threadIdFor } from "@poststelle/contracts";

/** Helpers for the permission tests: connect as a user, and tell a refusal from other failures. */

export async function connectAs(url: string, user: string, password: string): Promise<Bus> {
  return connectBus({
    servers: url,
    name: `perm-test-${user}`,
    user,
    password,
    inboxPrefix: inboxPrefixForUser(user),
    connectTimeoutMs: 5_000,
  });
}

/** A synthetic event header; no mail content. */
export function syntheticMeta(uid: number): EventMeta {
  return {
    schemaVersion: SCHEMA_VERSION,
    mailId: mailIdFor("support", 1, uid),
    threadId: threadIdFor("support", `thread-${uid}@test`, "customer@example.net"),
    ref: { mailbox: "support", folder: "INBOX", uidValidity: 1, uid, messageId: `m${uid}@test` },
    occurredAt: { seconds: 1_700_000_000 + uid, nanos: 0 },
  };
}

/**
 * Resolves with the error text when `attempt` fails with a NATS permissions violation (or, for
 * a denied request whose answer never comes, a timeout). Rejects if it succeeds: the test then
 * knows the server allowed what it should have refused.
 */
export async function refusal(
  what: string,
  attempt: () => Promise<unknown>,
  timeoutMs = 3_000,
): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([attempt().then(() => "allowed" as const), timeout]);
    if (outcome === "allowed") throw new Error(`${what} was allowed`);
    return "timeout";
  } catch (error) {
    if (error instanceof Error && error.message === `${what} was allowed`) throw error;
    const text = describeError(error);
    if (!/permission|timeout|TIMEOUT|503|no responders/i.test(text)) {
      throw new Error(`${what} failed, but not for lack of permission: ${text}`);
    }
    return text;
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) {
      parts.push(`${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(" <- ");
}

/** Core-NATS subscribe: the server answers a denied subscription with a permissions error. */
export async function subscriptionRefused(bus: Bus, subject: string, timeoutMs = 2_000): Promise<boolean> {
  const sub = bus.nc.subscribe(subject);
  const closed = sub.closed.then(
    (err) => (err ? describeError(err) : "closed"),
    (err: unknown) => describeError(err),
  );
  const outcome = await Promise.race([
    closed,
    new Promise<string>((resolve) => setTimeout(() => resolve("open"), timeoutMs)),
  ]);
  if (outcome === "open") sub.unsubscribe();
  return /permission/i.test(outcome);
}

export async function readKvKey(bus: Bus, bucket: string, key: string): Promise<unknown> {
  const kv = await new Kvm(bus.js).open(bucket);
  return kv.get(key);
}
