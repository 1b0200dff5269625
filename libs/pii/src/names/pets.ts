import { keywordHeads, type Tokens } from "../tokens.js";

// Pets carry people's names: "Bella (Cockapoo, 9 kg)", "Tier: Oscar, Katze", "Max (der Kater)",
// "die Katzen Clara und Emil".
// A vet's or a pet insurer's mail names the animal in one of these ways at least once; every other
// mention of that name in the mail is the animal's too, unless a person's word stands before it.

/** Animals and breeds, one word each. */
const ANIMAL_NAMES =
  `hund hündin rüde welpe katze kater kätzchen kaninchen pferd stute wallach hengst pony hamster
  meerschweinchen wellensittich papagei dog bitch puppy cat kitten tomcat rabbit horse mare gelding budgie parrot
  labrador retriever collie terrier spaniel shepherd schäferhund pudel poodle dackel dachshund bulldog bulldogge
  beagle husky boxer mops pug chihuahua yorkie perser persian siam siamese kurzhaar shorthair langhaar longhair
  cockapoo labradoodle doodle mischling pointer setter malteser havaneser berner bernese rottweiler dobermann
  doberman greyhound whippet cocker springer staffordshire staffy staffie corgi sheltie samojede samoyed akita shiba ragdoll
  sphynx bengal waldkatze ekh bkh`.split(/\s+/);
/** Plurals, as two animals are named together: "die Katzen Clara und Emil". */
const ANIMAL_PLURALS =
  "katzen hunde kaninchen pferde ponys cats dogs rabbits kittens puppies horses hamsters".split(" ");
/** Breeds of two words; their last words are among the heads below. */
const ANIMAL_PAIRS = ["guinea pig", "shih tzu", "maine coon"];
/** Words that take endings in a breed's name: "Pudelmischling", "Bulldogge", "Siamkatze". */
const STEMS = new Set(["pudel", "bulldog", "siam"]);

const BREEDS = [
  ...ANIMAL_PAIRS,
  ...ANIMAL_NAMES.map((name) => (STEMS.has(name) ? String.raw`${name}\w*` : name)),
  ...ANIMAL_PLURALS,
].join("|");
const ANIMAL = String.raw`(?:${BREEDS}|\d+(?:[.,]\d+)?[ \u00a0]?kg|\d+[ \u00a0-]?(?:yrs?|years?|jahre|monate|months|wochen|weeks)|neutered|spayed|kastriert)`;
/**
 * "Bella (cockapoo, 9 kg)", "Oscar (our 9-year-old Labrador)": the animal in brackets after the
 * name; "Luna, Europäisch Kurzhaar", "Bella, dog, 31 kg": within two words after a comma.
 */
const NAME_THEN_ANIMAL = new RegExp(
  String.raw`(\p{Lu}[\p{Ll}'’-]+)[ \u00a0]*(?:\([^()\n]{0,30}?|,[ \u00a0]*(?:[\p{L}-]+[ \u00a0]+){0,2})(?<![\p{L}])${ANIMAL}(?![\p{L}])`,
  "giu",
);
/**
 * "Tier: Bello", "Pet: Oscar", "Versicherter Hund: Luca", "Call name: Bella". ("Patient:" names
 * people as often as animals.)
 */
const ANIMAL_LABEL =
  /(?:^|\n)[ \t>]*(?:tier|tiername|pet|pet name|call name|rufname|versicherte[rs]?[ \u00a0]+(?:hund|katze|tier)|insured pet)[ \t]*:[ \t]*(\p{Lu}[\p{Ll}'’-]+)/giu;
/**
 * "die Katzen Clara und Emil", "a rabbit called Barbara": after an animal's word, its name, or two
 * names joined by "and". Read from the animal's word on (sticky), not at every word of the mail.
 */
const NAMES_AFTER_ANIMAL =
  /[ \u00a0]+(?:(?:called|named|namens|genannt)[ \u00a0]+)?(\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?:[ \u00a0]+(?:und|and|&)[ \u00a0]+(\p{Lu}\p{Ll}[\p{Ll}'’-]*))?/uy;
const ANIMAL_BEFORE = new Set([...ANIMAL_NAMES, ...ANIMAL_PLURALS]);
const SALUTATION = /^(?:herr|frau|mr|mrs|ms|miss|dr)$/;

/** Words of which one at least is in a mail that names an animal: most mails have none. */
const ANIMAL_WORDS = new Set([
  "tier",
  "tiername",
  "pet",
  "rufname",
  ...ANIMAL_NAMES,
  ...ANIMAL_PLURALS,
  ...ANIMAL_PAIRS.map((pair) => pair.split(" ").at(-1)!),
]);

const ANIMAL_HEADS = keywordHeads([...ANIMAL_WORDS].join("|"));

/** The names a mail gives animals, in lower case. */
export function petNamesOf(text: string, tokens: Tokens): Set<string> {
  const names = new Set<string>();
  if (!tokens.withHead(ANIMAL_HEADS).some((i) => ANIMAL_WORDS.has(tokens.lowers[i]!))) return names;
  for (const match of text.matchAll(NAME_THEN_ANIMAL)) names.add(match[1]!.toLowerCase());
  for (const match of text.matchAll(ANIMAL_LABEL)) names.add(match[1]!.toLowerCase());
  // "Mum-cat Doris": a compound's last part names the animal too; its head is not the animal's.
  const animal = (lower: string) => ANIMAL_BEFORE.has(lower.slice(lower.lastIndexOf("-") + 1));
  const compounds = tokens.lowers.flatMap((lower, i) => (lower.includes("-") && animal(lower) ? [i] : []));
  for (const i of [...tokens.withHead(ANIMAL_HEADS), ...compounds]) {
    if (!animal(tokens.lowers[i]!)) continue;
    NAMES_AFTER_ANIMAL.lastIndex = tokens.ends[i]!;
    const match = NAMES_AFTER_ANIMAL.exec(text);
    if (match === null) continue;
    for (const name of [match[1], match[2]])
      if (name !== undefined && !SALUTATION.test(name.toLowerCase())) names.add(name.toLowerCase());
  }
  return names;
}
