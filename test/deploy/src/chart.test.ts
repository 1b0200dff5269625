import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { AckPolicy } from "@nats-io/jetstream";
import { loadConfig, SECRETS_BY_SERVICE, type Secret } from "@poststelle/config";
import { STAGES } from "@poststelle/contracts";
import { type NatsServer, startNats } from "@poststelle/test-support";
import { lintChart, renderChart } from "./helm.js";
import { createManifestValidator } from "./k8s-validate.js";
import { connectAs, refusal } from "./nats-access.js";
import { containerEnvironment, findObject, materialiseVolumes } from "./pod-environment.js";

const VAULT_KEY = randomBytes(32).toString("base64");
const OLD_KEY = randomBytes(32).toString("base64");
const RELEASE = "mail";
const FULL = `${RELEASE}-poststelle`;

/** Every optional part switched on, so every template renders. */
const FULL_VALUES = {
  secrets: {
    vaultKey: VAULT_KEY,
    previousVaultKeys: { k0: OLD_KEY },
    grpcToken: "grpc-token-1",
    llmApiKey: "llm-1",
  },
  mailSecret: { values: { SUPPORT_MAIL_PASSWORD: "imap-secret-1" } },
  config: {
    mailboxes: [
      {
        id: "support",
        kind: "imap",
        address: "support@example.com",
        host: "imap.example.com",
        user: "support@example.com",
        auth: { password: { env: "SUPPORT_MAIL_PASSWORD" } },
        smtp: { host: "smtp.example.com", auth: { password: { env: "SUPPORT_MAIL_PASSWORD" } } },
      },
    ],
    departments: [
      { id: "orders", name: "Orders", description: "Orders.", action: { moveTo: "Orders" } },
      { id: "triage", name: "Triage", description: "Unclear mail.", action: { moveTo: "Triage" } },
    ],
    triage: { department: "triage" },
    llm: {
      classify: { baseUrl: "http://vllm:8000/v1", model: "m", apiKey: { env: "VLLM_API_KEY" } },
      draft: { baseUrl: "http://vllm:8000/v1", model: "m", apiKey: { env: "VLLM_API_KEY" } },
    },
    privacy: { grpc: { token: { file: "/var/run/secrets/poststelle/grpc-token" } } },
    vault: {
      key: { file: "/var/run/secrets/poststelle/vault-key" },
      keyId: "k1",
      previousKeys: [{ keyId: "k0", key: { file: "/var/run/secrets/poststelle/vault-key-k0" } }],
    },
  },
  telemetry: { otlpEndpoint: "http://otel-collector.observability:4318" },
  services: {
    mask: { autoscaling: { enabled: true } },
    classify: { autoscaling: { enabled: true } },
    draft: { autoscaling: { enabled: true } },
  },
  networkPolicy: {
    otelCollector: [
      { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "observability" } } },
    ],
    mailServers: [{ ipBlock: { cidr: "10.20.0.0/16" } }],
  },
  metrics: {
    serviceMonitor: { enabled: true },
    podMonitor: { enabled: true },
    prometheusRule: { enabled: true },
  },
  grafanaDashboards: { enabled: true },
};

// biome-ignore lint/suspicious/noExplicitAny: manifests are validated by schema; tests read fields directly
type Loose = any;

describe("Helm chart deploy/helm/poststelle, rendered offline by the real helm", () => {
  let objects: Loose[];

  before(async () => {
    objects = await renderChart({ releaseName: RELEASE, values: FULL_VALUES });
  });

  test("helm lint --strict passes, and values.schema.json refuses typos and bad values", async () => {
    await lintChart({ secrets: { vaultKey: VAULT_KEY } });
    await assert.rejects(
      renderChart({ values: { secrets: { vaultKey: VAULT_KEY }, servics: {} } }),
      /servics/,
    );
    await assert.rejects(
      renderChart({ values: { secrets: { vaultKey: VAULT_KEY }, services: { ingest: { replicas: 2 } } } }),
      /ingest\.replicas/,
    );
    await assert.rejects(
      renderChart({
        values: {
          secrets: { vaultKey: VAULT_KEY },
          services: { unmask: { autoscaling: { enabled: true } } },
        },
      }),
      /unmask\.autoscaling/,
    );
    await assert.rejects(renderChart({ values: {} }), /secrets\.vaultKey is required/);
  });

  test("every rendered object is valid against the Kubernetes API schemas (strict)", async () => {
    const variants = [
      objects,
      await renderChart({ values: { secrets: { vaultKey: VAULT_KEY } } }),
      await renderChart({
        values: {
          secrets: { existingSecret: "core-keys" },
          mailSecret: { existingSecret: "mail-credentials" },
          natsAuth: { existingSecret: "nats-passwords", renderServerConfig: false },
          networkPolicy: { enabled: false },
        },
      }),
    ];
    const all = variants.flat();
    const kinds = [...new Map(all.map((o) => [`${o.apiVersion}/${o.kind}`, o])).values()];
    const validator = createManifestValidator(kinds);
    assert.deepEqual(await validator.validate(all), []);
    const found = new Set(objects.map((o) => o.kind));
    for (const kind of [
      "Deployment",
      "Service",
      "ConfigMap",
      "Secret",
      "PodDisruptionBudget",
      "HorizontalPodAutoscaler",
      "NetworkPolicy",
      "ServiceMonitor",
      "PodMonitor",
      "PrometheusRule",
      "ServiceAccount",
    ]) {
      assert.ok(found.has(kind), `no ${kind} rendered`);
    }
    // The validator is not a pushover: a typo and a missing required field are caught.
    const broken = structuredClone(findObject(objects, "Deployment", `${FULL}-mask`));
    broken.spec.template.spec.containers[0].livenesProbe = {};
    delete broken.spec.selector;
    assert.equal((await validator.validate([broken])).length >= 2, true);
  });

  test("one Deployment per service with probes on /healthz and /readyz, non-root, its own NATS user", () => {
    for (const service of STAGES) {
      const deployment = findObject(objects, "Deployment", `${FULL}-${service}`);
      const pod = deployment.spec.template.spec;
      const container = pod.containers[0];
      assert.deepEqual(container.args, ["run", service, "--config", "/etc/poststelle/config.yaml"]);
      assert.equal(container.livenessProbe.httpGet.path, "/healthz");
      assert.equal(container.readinessProbe.httpGet.path, "/readyz");
      assert.equal(pod.securityContext.runAsNonRoot, true);
      assert.equal(container.securityContext.readOnlyRootFilesystem, true);
      const env = containerEnvironment(objects, deployment);
      assert.equal(env["POSTSTELLE__NATS__USER"], service);
      assert.ok(findObject(objects, "PodDisruptionBudget", `${FULL}-${service}`));
    }
    const hpas = objects.filter((o) => o.kind === "HorizontalPodAutoscaler").map((o) => o.metadata.name);
    assert.deepEqual(hpas.sort(), [`${FULL}-classify`, `${FULL}-draft`, `${FULL}-mask`]);
  });

  test("NetworkPolicies encode the trust zones", () => {
    const policy = (service: string) => findObject(objects, "NetworkPolicy", `${FULL}-${service}`).spec;
    const egressPorts = (service: string) =>
      new Set(policy(service).egress.flatMap((rule: Loose) => rule.ports.map((p: Loose) => p.port)));
    const mailPorts = [993, 143, 587, 465, 25];
    for (const service of STAGES) {
      const ports = egressPorts(service);
      assert.ok(ports.has(53) && ports.has(4222), `${service} must reach DNS and NATS`);
      const reachesMail = mailPorts.some((p) => ports.has(p));
      assert.equal(
        reachesMail,
        service === "ingest" || service === "unmask",
        `${service} and the mail servers`,
      );
      assert.equal(ports.has(8000), service === "classify" || service === "draft", `${service} and the LLM`);
      assert.equal(ports.has(50051), service === "unmask", `${service} and mask's gRPC port`);
      assert.deepEqual(policy(service).policyTypes, ["Ingress", "Egress"]);
    }
    for (const service of ["classify", "draft"]) {
      assert.deepEqual([...egressPorts(service)].sort(), [4222, 4317, 4318, 53, 8000].sort());
    }
    const grpcIngress = policy("mask").ingress.filter((r: Loose) =>
      r.ports.some((p: Loose) => p.port === 50051),
    );
    assert.equal(grpcIngress.length, 1);
    assert.deepEqual(grpcIngress[0].from, [
      {
        podSelector: {
          matchLabels: {
            "app.kubernetes.io/name": "poststelle",
            "app.kubernetes.io/instance": RELEASE,
            "app.kubernetes.io/component": "unmask",
          },
        },
      },
    ]);
  });

  describe("each pod's config loads with only the secrets that pod gets", () => {
    let root: string;
    before(() => {
      root = mkdtempSync(join(tmpdir(), "poststelle-pods-"));
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    for (const service of STAGES) {
      test(service, async () => {
        const deployment = findObject(objects, "Deployment", `${FULL}-${service}`);
        const podRoot = join(root, service);
        const mounts = materialiseVolumes(objects, deployment, podRoot);
        const configFile = join(podRoot, "etc/poststelle/config.yaml");
        // The pod's filesystem lives under podRoot: point absolute paths there.
        writeFileSync(
          configFile,
          readFileSync(configFile, "utf8").replaceAll("/var/run/", `${podRoot}/var/run/`),
        );
        const env = containerEnvironment(objects, deployment);
        // Loads with its own scopes only: every secret the pod needs is there.
        const config = await loadConfig({ file: configFile, env, secrets: SECRETS_BY_SERVICE[service] });
        const read = (secret: Secret | undefined) => (secret?.loaded ? secret.reveal() : undefined);

        assert.equal(config.nats.user, service);
        const keysMounted = mounts.includes("/var/run/secrets/poststelle");
        assert.equal(keysMounted, service === "mask" || service === "unmask");
        const keys = join(podRoot, "var/run/secrets/poststelle");
        const files = keysMounted ? readdirSync(keys) : [];
        // And nothing else: no other service's credential is in its environment or its files.
        const given = [
          ...Object.values(env),
          ...files.map((f) => readFileSync(join(keys, f), "utf8").trim()),
        ];
        const holds = (value: string) => given.includes(value);
        assert.equal(holds(VAULT_KEY), service === "mask", `${service} and the vault key`);
        assert.equal(holds(OLD_KEY), service === "mask", `${service} and the retired vault key`);
        assert.equal(holds("imap-secret-1"), service === "ingest" || service === "unmask");
        assert.equal(holds("grpc-token-1"), service === "mask" || service === "unmask");
        assert.equal(holds("llm-1"), service === "classify" || service === "draft");

        assert.equal(read(config.vault.key), service === "mask" ? VAULT_KEY : undefined);
        assert.equal(read(config.vault.previousKeys[0]?.key), service === "mask" ? OLD_KEY : undefined);
        const mailbox = config.mailboxes[0];
        const password =
          mailbox?.kind === "imap" && "password" in mailbox.auth ? mailbox.auth.password : undefined;
        assert.equal(read(password) === "imap-secret-1", service === "ingest" || service === "unmask");
        assert.equal(
          read(config.privacy.grpc.token) === "grpc-token-1",
          service === "mask" || service === "unmask",
        );
        assert.equal(
          read(config.llm.classify?.apiKey) === "llm-1",
          service === "classify" || service === "draft",
        );
        if (service === "unmask") assert.equal(config.privacy.grpc.address, `${FULL}-mask:50051`);
      });
    }
  });

  describe("the rendered NATS server config", () => {
    let nats: NatsServer;
    const saved: Record<string, string | undefined> = {};
    let passwords: Record<string, string>;

    before(async () => {
      const users = findObject(objects, "Secret", "poststelle-nats-users").data as Record<string, string>;
      passwords = Object.fromEntries(
        Object.entries(users).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]),
      );
      // nats-server resolves $NATS_PASSWORD_<USER> from its environment, as in the NATS pod.
      for (const [name, value] of Object.entries(passwords)) {
        saved[name] = process.env[name];
        process.env[name] = value;
      }
      const authConf = findObject(objects, "Secret", "poststelle-nats-auth").stringData["auth.conf"];
      nats = await startNats({ config: authConf });
    });

    after(async () => {
      await nats?.stop();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });

    test("is accepted by nats-server, lets each service in, and keeps classify off plain mail", async () => {
      for (const service of STAGES) {
        const bus = await connectAs(
          nats.url,
          service,
          passwords[`NATS_PASSWORD_${service.toUpperCase()}`] ?? "",
        );
        await bus.close(500);
      }
      const classify = await connectAs(nats.url, "classify", passwords["NATS_PASSWORD_CLASSIFY"] ?? "");
      try {
        await refusal("consumer on MAIL_INGESTED", () =>
          classify.jsm.consumers.add("MAIL_INGESTED", {
            durable_name: "classify",
            ack_policy: AckPolicy.Explicit,
          }),
        );
      } finally {
        await classify.close(500);
      }
    });
  });
});
