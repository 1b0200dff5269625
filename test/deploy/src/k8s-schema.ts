import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ts from "typescript";

/**
 * Strict JSON Schemas for Kubernetes objects, built from the `kubernetes-types` declarations
 * (generated from the Kubernetes OpenAPI spec): required fields, types, literal apiVersion/kind,
 * and no property the API does not define, as `kubectl --validate=strict` would refuse.
 */

export type JsonSchema = Record<string, unknown>;

const require = createRequire(import.meta.url);
const TYPES_ROOT = dirname(require.resolve("kubernetes-types/package.json"));

/** apiVersion group → the folder kubernetes-types keeps it in. */
function declarationFile(apiVersion: string): string {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["core", apiVersion];
  return join(TYPES_ROOT, (group ?? "core").split(".")[0] ?? "core", `${version}.d.ts`);
}

export interface KubernetesSchemas {
  /** Definitions keyed by the types' qualified names, for ajv. */
  readonly definitions: Record<string, JsonSchema>;
  /** The definition name for an apiVersion and kind, or undefined if kubernetes-types has none. */
  definitionFor(apiVersion: string, kind: string): string | undefined;
}

export function buildKubernetesSchemas(
  kinds: readonly { apiVersion: string; kind: string }[],
): KubernetesSchemas {
  const files = [...new Set(kinds.map((k) => declarationFile(k.apiVersion)))];
  const program = ts.createProgram(files, { strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const definitions: Record<string, JsonSchema> = {};
  const roots = new Map<string, string>();

  const nameOf = (symbol: ts.Symbol): string =>
    checker
      .getFullyQualifiedName(symbol)
      .replace(/^"[^"]*kubernetes-types\/([^"]+)"\./, "$1.")
      .replace(/[^A-Za-z0-9_.]/g, "_");

  const schemaOf = (type: ts.Type): JsonSchema => {
    if (type.isUnion()) {
      const parts = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
      if (parts.length > 0 && parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral))
        return { type: "boolean" };
      if (parts.length === 1 && parts[0]) return schemaOf(parts[0]);
      return { anyOf: parts.map(schemaOf) };
    }
    if (type.isStringLiteral()) return { const: type.value };
    if (type.isNumberLiteral()) return { const: type.value };
    if (type.flags & ts.TypeFlags.String) return { type: "string" };
    if (type.flags & ts.TypeFlags.Number) return { type: "number" };
    if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: "boolean" };
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (type.flags & ts.TypeFlags.NonPrimitive) return { type: "object" };
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: "array", items: item ? schemaOf(item) : {} };
    }
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const isNamedInterface = symbol && symbol.flags & ts.SymbolFlags.Interface;
    if (!isNamedInterface) return objectSchema(type);
    const name = nameOf(symbol);
    if (!(name in definitions)) {
      definitions[name] = {}; // placeholder while recursing (JSONSchemaProps refers to itself)
      definitions[name] = objectSchema(type);
    }
    return { $ref: `#/definitions/${name}` };
  };

  const objectSchema = (type: ts.Type): JsonSchema => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration) continue;
      properties[property.name] = schemaOf(checker.getTypeOfSymbolAtLocation(property, declaration));
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const index = checker.getIndexTypeOfType(type, ts.IndexKind.String);
    return {
      type: "object",
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: index ? schemaOf(index) : false,
    };
  };

  for (const { apiVersion, kind } of kinds) {
    const source = program.getSourceFile(declarationFile(apiVersion));
    if (!source) continue;
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const exported = moduleSymbol
      ? checker.getExportsOfModule(moduleSymbol).find((s) => s.name === kind)
      : undefined;
    if (!exported) continue;
    const ref = schemaOf(checker.getDeclaredTypeOfSymbol(exported));
    roots.set(`${apiVersion}/${kind}`, String(ref["$ref"]).replace("#/definitions/", ""));
  }

  return {
    definitions,
    definitionFor: (apiVersion, kind) => roots.get(`${apiVersion}/${kind}`),
  };
}
