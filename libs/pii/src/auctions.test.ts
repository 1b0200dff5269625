import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an auction house is sent (v279): lists of phone bidders with the staff member who calls
// each, and conference PINs. Every value here is made up; none is in the PII corpus.

describe("phone bidder lists", () => {
  it("takes a column of the staff who look after each bidder", () => {
    const list = [
      "Bieter-Nr.\tName\tTelefon\tBetreuer",
      "T-310\tKrämer, Olaf\t0171 2298341\tSeidlitz",
      "T-311\tMoreau, Chloé\t+33 6 12 48 90 33\tHotline",
    ].join("\n");
    assert.deepEqual(valuesOf(list, EntityType.ENTITY_TYPE_PERSON), [
      "Krämer, Olaf",
      "Seidlitz",
      "Moreau, Chloé",
    ]);
  });

  it("takes a PIN written as four digits and two", () => {
    const text = "Einwahl wie immer, PIN für die Aufzeichnung: 5820 37\n\nDanke";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["5820 37"]);
  });
});

// A stamp and coin auction's mails (v518): bidders' paddles, consignors' lists, catalogue numbers.
describe("stamp and coin auctions", () => {
  it("takes bidder and paddle numbers of three digits and more", () => {
    const text = "I was in the room (paddle 527). Bidder 3390. thx\nPaddle 611 – please send the invoice.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["527", "3390", "611"]);
  });

  it("takes a consignor's number in its column", () => {
    const table = [
      "Los  | Einlieferer       | Einl.-Nr. | Beschreibung",
      "-----+-------------------+-----------+----------------------",
      "2210 | Brandl, Xaver     | E 61094   | Bayern Mi. 2 gest.",
      "2211 | Ostrowski, Jan    | E 72815   | Danzig Mi. 7-9 postfrisch",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["E 61094", "E 72815"]);
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });

  it("takes a seller's profile on a marketplace", () => {
    const text = "He sells the duplicates under https://www.ebay.de/usr/kalles_marken_ecke these days.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_URL), [
      "https://www.ebay.de/usr/kalles_marken_ecke",
    ]);
  });

  it("reads 'meine frau' in a mail typed in lower case as no name before a verb", () => {
    const text = "ich bin jetzt 78 und meine frau sagt die alben müssen raus, mein mann meint das auch";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });

  it("takes no name in a stamp firm's name", () => {
    const text =
      "Our details:\n\nSubramaniam Philatelic Services Sàrl\nRue de Lausanne 40, 1201 Genève\n\nCheers,\nDylan\nPritchard Stamps\nUnit 3, Market Arcade, Swansea";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Dylan"]);
  });
});
