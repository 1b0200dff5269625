import { detectEntities } from "./detect.js";
import type { EntityType } from "./entity-types.js";

/** What the tests compare: the values of one type the masker finds in a text, in order. */
export function valuesOf(text: string, type: EntityType, knownNames?: string[]): string[] {
  return detectEntities(text, knownNames === undefined ? {} : { knownNames })
    .filter((entity) => entity.type === type)
    .map((entity) => entity.value);
}
