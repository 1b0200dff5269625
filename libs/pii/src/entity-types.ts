import { EntityType } from "@poststelle/contracts";

export { EntityType };

/** Every maskable type, in enum order (UNSPECIFIED is never detected). */
export const ALL_ENTITY_TYPES: readonly EntityType[] = Object.values(EntityType).filter(
  (value): value is EntityType => typeof value === "number" && value !== EntityType.ENTITY_TYPE_UNSPECIFIED,
);

const PREFIX = "ENTITY_TYPE_";
const shortNames = new Map<EntityType, string>();
const byShortName = new Map<string, EntityType>();
for (const type of ALL_ENTITY_TYPES) {
  const short = EntityType[type].slice(PREFIX.length);
  shortNames.set(type, short);
  byShortName.set(short, type);
}

/** "PERSON" for ENTITY_TYPE_PERSON: the name used in placeholders and in JSON output. */
export function entityTypeName(type: EntityType): string {
  const name = shortNames.get(type);
  if (name === undefined) throw new RangeError(`unknown entity type ${type}`);
  return name;
}

/** The enum value for a short name ("PERSON") or full enum name; undefined when unknown. */
export function entityTypeFromName(name: string): EntityType | undefined {
  const upper = name.toUpperCase();
  return byShortName.get(upper.startsWith(PREFIX) ? upper.slice(PREFIX.length) : upper);
}

/** Short names, longest first, so an alternation never stops at a prefix (ORDER vs ORDER_NUMBER). */
export const ENTITY_SHORT_NAMES: readonly string[] = [...byShortName.keys()].sort(
  (a, b) => b.length - a.length,
);

/** Types whose values are short, structured and validated by format or checksum. */
export const STRUCTURED_TYPES: ReadonlySet<EntityType> = new Set(
  ALL_ENTITY_TYPES.filter(
    (type) => type !== EntityType.ENTITY_TYPE_PERSON && type !== EntityType.ENTITY_TYPE_STREET_ADDRESS,
  ),
);
