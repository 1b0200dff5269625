import { PermanentError } from "@poststelle/errors";
import { EntityType, entityTypeFromName, entityTypeName } from "./entity-types.js";
import { normalizeValue } from "./normalize.js";
import { type NameParts, PersonIdentity, splitName } from "./person-names.js";

/** One placeholder of a thread and the value behind it. */
export interface PlaceholderEntry {
  /** As it appears in masked text: "[[PERSON_1]]". */
  readonly placeholder: string;
  readonly type: EntityType;
  /** The value restored by unmasking: the fullest spelling seen ("Thomas Müller"). */
  value: string;
  /** Every spelling masked with this placeholder ("Herr Müller" → "Müller", "T. Müller"). */
  readonly variants: string[];
}

/** Serialized form; `type` is the short name ("PERSON"). */
export interface PlaceholderTableJson {
  version: 1;
  entries: { placeholder: string; type: string; value: string; variants: string[] }[];
}

const PLACEHOLDER_SHAPE = /^\[\[([A-Z_]+)_(\d{1,6})\]\]$/;

/**
 * The placeholders of one conversation thread. The same value gets the same placeholder in every
 * mail of the thread; spellings of one person's name share one.
 */
export class PlaceholderTable {
  private readonly byPlaceholder = new Map<string, PlaceholderEntry>();
  private readonly byValue = new Map<string, PlaceholderEntry>();
  private readonly persons: { entry: PlaceholderEntry; identity: PersonIdentity; size: number }[] = [];
  private readonly counters = new Map<EntityType, number>();

  static fromJSON(json: unknown): PlaceholderTable {
    const table = new PlaceholderTable();
    if (typeof json !== "object" || json === null || (json as { version?: unknown }).version !== 1) {
      throw new PermanentError("pii.table_invalid", "placeholder table has no supported version");
    }
    const entries = (json as { entries?: unknown }).entries;
    if (!Array.isArray(entries))
      throw new PermanentError("pii.table_invalid", "placeholder table has no entries list");
    for (const raw of entries) table.restoreEntry(raw);
    return table;
  }

  private restoreEntry(raw: unknown): void {
    const { placeholder, type, value, variants } = (raw ?? {}) as Record<string, unknown>;
    const shape = typeof placeholder === "string" ? PLACEHOLDER_SHAPE.exec(placeholder) : null;
    const entityType = typeof type === "string" ? entityTypeFromName(type) : undefined;
    if (
      shape === null ||
      entityType === undefined ||
      shape[1] !== entityTypeName(entityType) ||
      typeof value !== "string"
    ) {
      throw new PermanentError("pii.table_invalid", "placeholder table holds a malformed entry");
    }
    if (this.byPlaceholder.has(placeholder as string)) {
      throw new PermanentError("pii.table_invalid", "placeholder table holds a placeholder twice");
    }
    const spellings = Array.isArray(variants)
      ? variants.filter((v): v is string => typeof v === "string")
      : [];
    const entry: PlaceholderEntry = {
      placeholder: placeholder as string,
      type: entityType,
      value,
      variants: spellings,
    };
    this.index(entry);
    this.counters.set(entityType, Math.max(this.counters.get(entityType) ?? 0, Number(shape[2])));
  }

  toJSON(): PlaceholderTableJson {
    return {
      version: 1,
      entries: [...this.byPlaceholder.values()].map((entry) => ({
        placeholder: entry.placeholder,
        type: entityTypeName(entry.type),
        value: entry.value,
        variants: [...entry.variants],
      })),
    };
  }

  clone(): PlaceholderTable {
    return PlaceholderTable.fromJSON(this.toJSON());
  }

  get size(): number {
    return this.byPlaceholder.size;
  }

  entries(): IterableIterator<PlaceholderEntry> {
    return this.byPlaceholder.values();
  }

  /** The entry for a placeholder ("[[PERSON_1]]" or "PERSON_1"), or undefined if this thread does not own it. */
  resolve(placeholder: string): PlaceholderEntry | undefined {
    const key = placeholder.startsWith("[[") ? placeholder : `[[${placeholder}]]`;
    return this.byPlaceholder.get(key);
  }

  /** The placeholder for a value, created if the thread has none yet. */
  assign(type: EntityType, value: string): string {
    if (type === EntityType.ENTITY_TYPE_PERSON) {
      const parts = splitName(value);
      // "Dr." alone has no name parts to match on: the same value gets the same placeholder.
      if (parts.size > 0) return this.assignPerson(value, parts);
    }
    const key = `${type}|${normalizeValue(type, value)}`;
    const existing = this.byValue.get(key);
    if (existing !== undefined) {
      if (!existing.variants.includes(value)) existing.variants.push(value);
      return existing.placeholder;
    }
    const entry = this.create(type, value);
    this.byValue.set(key, entry);
    return entry.placeholder;
  }

  private assignPerson(value: string, parts: NameParts): string {
    let best: { entry: PlaceholderEntry; identity: PersonIdentity; size: number } | undefined;
    let bestScore = 0;
    for (const person of this.persons) {
      const score = person.identity.match(parts);
      if (score > bestScore) {
        best = person;
        bestScore = score;
      }
    }
    if (best !== undefined) {
      best.identity.add(parts);
      if (!best.entry.variants.includes(value)) best.entry.variants.push(value);
      if (parts.size > best.size) {
        best.entry.value = value;
        best.size = parts.size;
      }
      return best.entry.placeholder;
    }
    const entry = this.create(EntityType.ENTITY_TYPE_PERSON, value);
    const identity = new PersonIdentity();
    identity.add(parts);
    this.persons.push({ entry, identity, size: parts.size });
    return entry.placeholder;
  }

  private create(type: EntityType, value: string): PlaceholderEntry {
    const number = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, number);
    const entry: PlaceholderEntry = {
      placeholder: `[[${entityTypeName(type)}_${number}]]`,
      type,
      value,
      variants: [value],
    };
    this.byPlaceholder.set(entry.placeholder, entry);
    return entry;
  }

  private index(entry: PlaceholderEntry): void {
    this.byPlaceholder.set(entry.placeholder, entry);
    if (entry.type === EntityType.ENTITY_TYPE_PERSON) {
      const identity = new PersonIdentity();
      for (const spelling of [entry.value, ...entry.variants]) identity.add(splitName(spelling));
      this.persons.push({ entry, identity, size: splitName(entry.value).size });
      return;
    }
    for (const spelling of [entry.value, ...entry.variants]) {
      this.byValue.set(`${entry.type}|${normalizeValue(entry.type, spelling)}`, entry);
    }
  }

  /** Lowercase parts of every name in the thread, so a later "Müller" alone is recognized. */
  nameParts(): Set<string> {
    const parts = new Set<string>();
    for (const { identity } of this.persons) {
      for (const given of identity.givens) parts.add(given);
      for (const surname of identity.surnames) if (surname.length > 1) parts.add(surname);
    }
    return parts;
  }

  /** Every spelling of every non-person value, to find them again in later mails of the thread. */
  *values(): IterableIterator<{ type: EntityType; value: string }> {
    for (const entry of this.byPlaceholder.values()) {
      if (entry.type === EntityType.ENTITY_TYPE_PERSON) continue;
      for (const value of entry.variants) yield { type: entry.type, value };
    }
  }

  /** Values of one type (the vault indexes the e-mail addresses of a thread). */
  valuesOf(type: EntityType): string[] {
    const values: string[] = [];
    for (const entry of this.byPlaceholder.values())
      if (entry.type === type) values.push(entry.value, ...entry.variants);
    return [...new Set(values)];
  }
}
