import { Ajv, type ValidateFunction } from "ajv";
import { buildKubernetesSchemas, type KubernetesSchemas } from "./k8s-schema.js";

/**
 * Validates rendered manifests two ways, both ajv: strictly against schemas built from
 * kubernetes-types (unknown fields, missing required fields, wrong types), and against the
 * validators kubernetes-models compiled from the OpenAPI spec (enums, formats, integer ranges;
 * also the prometheus-operator CRDs, which kubernetes-types lacks).
 */

interface ModelClass {
  new (data: unknown): { validate(): void };
}

function modelModule(apiVersion: string, kind: string): string {
  if (apiVersion.startsWith("monitoring.coreos.com/")) {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  return `kubernetes-models/${apiVersion}/${kind}`;
}

export interface ManifestValidator {
  /** Problems found, each naming the object; empty when every object is valid. */
  validate(objects: readonly Record<string, unknown>[]): Promise<string[]>;
}

export function createManifestValidator(
  kinds: readonly { apiVersion: string; kind: string }[],
): ManifestValidator {
  const schemas: KubernetesSchemas = buildKubernetesSchemas(kinds);
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema({ $id: "k8s", definitions: schemas.definitions });
  const strictValidators = new Map<string, ValidateFunction | undefined>();
  const strictFor = (apiVersion: string, kind: string) => {
    const key = `${apiVersion}/${kind}`;
    if (!strictValidators.has(key)) {
      const name = schemas.definitionFor(apiVersion, kind);
      strictValidators.set(key, name ? ajv.getSchema(`k8s#/definitions/${name}`) : undefined);
    }
    return strictValidators.get(key);
  };

  return {
    async validate(objects) {
      const problems: string[] = [];
      for (const object of objects) {
        const apiVersion = String(object["apiVersion"]);
        const kind = String(object["kind"]);
        const name = `${kind} ${(object["metadata"] as { name?: string } | undefined)?.name ?? "(no name)"}`;
        let model: ModelClass | undefined;
        try {
          const loaded = (await import(modelModule(apiVersion, kind))) as Record<string, ModelClass>;
          model = loaded[kind];
        } catch {
          model = undefined;
        }
        const strict = strictFor(apiVersion, kind);
        if (!model && !strict) {
          problems.push(`${name}: no schema for ${apiVersion} ${kind}`);
          continue;
        }
        if (strict && !strict(object)) {
          for (const e of strict.errors ?? []) {
            problems.push(
              `${name}: ${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${String(e.params["additionalProperty"])})` : ""}`,
            );
          }
        }
        if (model) {
          try {
            new model(object).validate();
          } catch (error) {
            problems.push(`${name}: ${(error as Error).message}`);
          }
        }
      }
      return problems;
    },
  };
}
