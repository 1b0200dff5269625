import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a midwives' practice is sent (v289): parents announcing a birth the day it happens, the
// day often without its year. Every value here is made up; none is in the PII corpus.

const births = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_DATE_OF_BIRTH);

describe("birth announcements", () => {
  it("takes the day with the hour of the birth and the baby's weight or a word of birth", () => {
    assert.deepEqual(births("Sie ist da!!! Lotte ist am 4.10. um 5:37 uhr im Klinikum gekommen"), ["4.10."]);
    assert.deepEqual(births("Ruben – 11.02.2025, 22:14 Uhr, 3120 g\nMarit – 12.02.2025, 0:03 Uhr, 2980 g"), [
      "11.02.2025",
      "12.02.2025",
    ]);
    assert.deepEqual(births("our baby came early!! Theo born 21.07 at 10.25pm, 3.2kg, both fine"), ["21.07"]);
    assert.deepEqual(births("Baby: Idris, born Monday 3rd Mar at 6.40am, 3.4kg"), ["3rd Mar"]);
  });

  it("takes the day with the birth's word right after it", () => {
    assert.deepEqual(
      births("Unser Sohn Malte ist am 30.08.2025 per Kaiserschnitt in Fulda zur Welt gekommen."),
      ["30.08.2025"],
    );
    assert.deepEqual(births("hallo, unsere tochter ida ist am 9.3 gekommen, alles gut"), ["9.3"]);
  });

  it("takes no parcel's, chat's, header's or death's day", () => {
    assert.deepEqual(births("Das Paket ist am 9.3 gekommen, leider beschädigt."), []);
    assert.deepEqual(births("Delivered: 21 October, 16:44\nParcel: 1 box, 8.9 kg"), []);
    assert.deepEqual(births("[18.07. 21:14] Ole: das baby ist geboren!"), []);
    assert.deepEqual(births("Datum: Do., 13. Juni 2024 um 21:17\nBetreff: geboren"), []);
    assert.deepEqual(births("verstorben am 3. April 2024 um 14:10 Uhr, geboren in Kassel"), []);
  });
});
