import { metrics } from "@opentelemetry/api";
import { KeyedLock } from "@poststelle/async";
import { consumeEvents, declareBucket, publishEvent } from "@poststelle/bus";
import type { Config } from "@poststelle/config";
import { Buckets, Events } from "@poststelle/contracts";
import { ConfigError } from "@poststelle/errors";
import {
  type CustomPattern,
  entityTypeFromName,
  entityTypeName,
  ThreadVault,
  VaultKey,
} from "@poststelle/pii";
import { type ServiceStarter, servePrivacyService, stageConsumerOptions } from "@poststelle/runtime";
import { kvVaultStorage } from "./kv-storage.js";
import { type MaskMailOptions, maskMail } from "./mask-mail.js";
import { privacyOperations } from "./privacy-operations.js";

export { kvVaultStorage } from "./kv-storage.js";
export { type MaskMailOptions, maskMail } from "./mask-mail.js";

const DAY_MS = 86_400_000;

function vaultKeys(config: Config): VaultKey[] {
  const { vault } = config;
  if (!vault.key) throw new ConfigError("(config)", "vault.key", "the mask service needs a vault key");
  return [
    VaultKey.fromBase64(vault.keyId, vault.key.reveal()),
    ...vault.previousKeys.map((k) => VaultKey.fromBase64(k.keyId, k.key.reveal())),
  ];
}

/** The config's extra identifier formats, compiled as the masker wants them. */
export function customPatterns(config: Config): CustomPattern[] {
  return config.privacy.patterns.map((p, i) => {
    const type = entityTypeFromName(p.type);
    if (type === undefined)
      throw new ConfigError("(config)", `privacy.patterns[${i}].type`, "unknown entity type");
    return { type, name: p.name, regex: new RegExp(p.regex, "u") };
  });
}

/** Company addresses and the sender domains rules route on: the only plain values after mask. */
export function maskMailOptions(config: Config): MaskMailOptions {
  const addresses = new Set<string>();
  for (const m of config.mailboxes) addresses.add(m.address.toLowerCase());
  for (const d of config.departments) if (d.action.forwardTo) addresses.add(d.action.forwardTo.toLowerCase());
  for (const r of config.rules) for (const to of r.match.to ?? []) addresses.add(to.toLowerCase());
  const domains = new Set<string>();
  for (const r of config.rules) {
    for (const domain of r.match.fromDomain ?? []) domains.add(domain.toLowerCase());
    for (const from of r.match.from ?? []) domains.add(from.split("@")[1]?.toLowerCase() ?? "");
  }
  return { companyAddresses: addresses, routingDomains: domains, patterns: customPatterns(config) };
}

/** mail.ingested → mail.masked, and PrivacyService over gRPC (and in process); the only holder of the vault key. */
export const startMask: ServiceStarter = async ({ config, bus, logger, inProcess }) => {
  const meter = metrics.getMeter("@poststelle/mask");
  const entitiesMasked = meter.createCounter("poststelle_mask_entities", {
    description: "Personal values replaced by placeholders, by entity type",
  });
  const keys = vaultKeys(config);
  const kv = await declareBucket(bus, { name: Buckets.vault, ttlMs: config.vault.retentionDays * DAY_MS });
  const vault = new ThreadVault(kvVaultStorage(kv), keys);
  const lock = new KeyedLock();
  const options = maskMailOptions(config);
  const grpc = config.privacy.grpc;
  const operations = privacyOperations(vault, lock, options.patterns);
  const server = await servePrivacyService(operations, {
    host: grpc.host,
    port: grpc.port,
    token: grpc.token?.reveal(),
    tls: grpc.tls,
  });
  logger.info({ port: server.port }, "PrivacyService listening");
  // Stays registered after stop: the bus outlives every service of the process, so unmask's last
  // deliveries of a graceful shutdown can still restore their drafts.
  if (inProcess) inProcess.privacy = operations;

  const consumer = await consumeEvents(bus, {
    event: Events.ingested,
    durable: "mask",
    stage: "mask",
    ...stageConsumerOptions(config, "mask"),
    handler: async (mail) => {
      const threadId = mail.meta?.threadId ?? "";
      // The lock orders a thread's mails within this process; the vault's compare-and-set
      // keeps replicas of mask from losing each other's entries.
      const startsThread = mail.inReplyTo === "" && mail.references.length === 0;
      const masked = await lock.run(threadId, () =>
        vault.update(
          threadId,
          (table) => {
            const result = maskMail(mail, table, options);
            return { table: result.table, result: result.masked };
          },
          { startsThread },
        ),
      );
      await publishEvent(bus, Events.masked, masked);
      for (const { type, count } of masked.entities)
        entitiesMasked.add(count, { type: entityTypeName(type) });
    },
  });
  return {
    name: "mask",
    ready: () => true,
    async stop() {
      await consumer.stop();
      await server.stop();
    },
  };
};
