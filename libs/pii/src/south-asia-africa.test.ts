import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind set v75 (customers from South Asia, Africa and South-East Asia) showed.
// Every value here is made up; none is in the PII corpus.

const addresses = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS);
const persons = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_PERSON);

describe("addresses of South Asia and Africa", () => {
  it("reads a block by its landmarks, crosses and layouts, lines joined by their commas", () => {
    const block = [
      "Please send the samples to:",
      "No. 41, 1st Floor, 3rd Cross, 7th Main,",
      "BTM Layout Stage 2, Near Udupi Garden,",
      "Bengaluru - 560076, Karnataka",
      "",
      "Thanks",
    ].join("\n");
    assert.deepEqual(addresses(block), [
      "No. 41, 1st Floor, 3rd Cross, 7th Main,\nBTM Layout Stage 2, Near Udupi Garden,\nBengaluru - 560076, Karnataka",
    ]);
    assert.deepEqual(addresses("Residence: Hse No. 9, Kileleshwa Gardens, off Othaya Road, Nairobi\n"), [
      "Hse No. 9, Kileleshwa Gardens, off Othaya Road, Nairobi",
    ]);
  });

  it("takes a Ghanaian digital address on the line after", () => {
    const text = "Address: House No. 12, Ringway Close, Osu, Accra\nDigital Address: GA-072-5531\n\nRegards";
    assert.deepEqual(addresses(text), [
      "House No. 12, Ringway Close, Osu, Accra\nDigital Address: GA-072-5531",
    ]);
  });
});

describe("names of South Asia and Africa", () => {
  it("reads 'Md.' as a given name's short form, and honorifics of pilgrims", () => {
    assert.deepEqual(persons("Best regards,\nMd. Rafiqul Alam\nAccounts"), ["Md. Rafiqul Alam"]);
    assert.deepEqual(persons("1. Alhaji Yakubu Danjuma Iddrisu, born 1958"), ["Yakubu Danjuma Iddrisu"]);
  });

  it("knows closings in Tagalog and others, and 'Asante' as a family name", () => {
    assert.deepEqual(persons("See you po!\n\nSalamat po,\nJhunrey Macaraeg\nQA Lead"), ["Jhunrey Macaraeg"]);
    assert.deepEqual(persons("--\nYaw Asante\nWarehouse Supervisor"), ["Yaw Asante"]);
  });
});
