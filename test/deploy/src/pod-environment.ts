import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What a rendered pod would see: its environment and the secret files mounted into it. */

type Manifest = Record<string, unknown>;

// biome-ignore lint/suspicious/noExplicitAny: rendered manifests are checked by schema elsewhere; here we only read them
type Loose = any;

export function findObject(objects: readonly Manifest[], kind: string, name: string): Loose {
  const found = objects.find((o) => o["kind"] === kind && (o["metadata"] as Loose)?.name === name);
  if (!found) throw new Error(`${kind} ${name} was not rendered`);
  return found;
}

function secretData(objects: readonly Manifest[], name: string): Record<string, string> {
  const secret = findObject(objects, "Secret", name);
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries((secret.data ?? {}) as Record<string, string>)) {
    data[key] = Buffer.from(value, "base64").toString("utf8");
  }
  for (const [key, value] of Object.entries((secret.stringData ?? {}) as Record<string, string>))
    data[key] = value;
  return data;
}

/** The container's environment, with secretKeyRef and envFrom resolved from the rendered Secrets. */
export function containerEnvironment(
  objects: readonly Manifest[],
  deployment: Loose,
): Record<string, string> {
  const container = deployment.spec.template.spec.containers[0];
  const env: Record<string, string> = {};
  for (const source of container.envFrom ?? [])
    Object.assign(env, secretData(objects, source.secretRef.name));
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) env[variable.name] = String(variable.value);
    const ref = variable.valueFrom?.secretKeyRef;
    if (ref) {
      const value = secretData(objects, ref.name)[ref.key];
      if (value === undefined) throw new Error(`Secret ${ref.name} has no key ${ref.key}`);
      env[variable.name] = value;
    }
  }
  return env;
}

/**
 * Writes the files a container's Secret volumes would hold under `root` + mount path, and
 * returns the mount paths. ConfigMap volumes are written too (the config file).
 */
export function materialiseVolumes(objects: readonly Manifest[], deployment: Loose, root: string): string[] {
  const spec = deployment.spec.template.spec;
  const mounts: string[] = [];
  for (const mount of spec.containers[0].volumeMounts ?? []) {
    const volume = (spec.volumes ?? []).find((v: Loose) => v.name === mount.name);
    const dir = join(root, mount.mountPath);
    mkdirSync(dir, { recursive: true });
    mounts.push(mount.mountPath);
    let files: Record<string, string> = {};
    if (volume?.secret) files = secretData(objects, volume.secret.secretName);
    else if (volume?.configMap) files = findObject(objects, "ConfigMap", volume.configMap.name).data ?? {};
    const items: { key: string; path: string }[] | undefined =
      volume?.secret?.items ?? volume?.configMap?.items;
    const selected = items ? items.map((i) => [i.path, files[i.key] ?? ""]) : Object.entries(files);
    for (const [file, content] of selected) writeFileSync(join(dir, file as string), content as string);
  }
  return mounts;
}
