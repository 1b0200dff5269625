import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a private investigation agency is sent (v286, v474): clients' briefs about their families,
// observation logs with addresses, plates and invoices. Every value here is made up; none is in the
// PII corpus.

describe("clients' briefs", () => {
  it("takes a given name that is a word too before 'und' and a known given name", () => {
    const text = "Es geht um das Sorgerecht für unsere Kinder (Deniz und Malte), er bestreitet alles.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Deniz", "Malte"]);
  });

  it("takes a form's vehicle line and the plate it had before, in brackets", () => {
    const text = "Kfz: M-RS 5518 (vorher W-2291 KT)\nKfz: VW Golf VII, Baujahr 2018.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["M-RS 5518", "W-2291 KT"]);
  });
});

const address = EntityType.ENTITY_TYPE_STREET_ADDRESS;

describe("a street named with a title's abbreviation", () => {
  it("keeps the abbreviation that opens the street's name", () => {
    assert.deepEqual(valuesOf("08:21  Ankunft Bgm.-Wohlfahrt-Str. 12, Augsburg. Zweite Person", address), [
      "Bgm.-Wohlfahrt-Str. 12, Augsburg",
    ]);
    assert.deepEqual(valuesOf("wohnt Prof.-Huber-Weg 3, 86150 Augsburg", address), [
      "Prof.-Huber-Weg 3, 86150 Augsburg",
    ]);
  });
});

describe("invoices listed after the first", () => {
  it("takes a second invoice of slash-separated parts whole", () => {
    assert.deepEqual(
      valuesOf("(invoices KR/2025/03/0412 and KR/2025/04/0518). The", EntityType.ENTITY_TYPE_INVOICE_NUMBER),
      ["KR/2025/03/0412", "KR/2025/04/0518"],
    );
  });
});

describe('a plate after the short "Kz:"', () => {
  it("takes the plate after Kennzeichen's abbreviation and its colon", () => {
    assert.deepEqual(valuesOf("fzg zp (Kz:S-417RT) 10:40 gesichtet", EntityType.ENTITY_TYPE_LICENSE_PLATE), [
      "S-417RT",
    ]);
  });
});
