import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What an abbey's guest house is sent (v627): brothers and sisters signing with their religious
// names, orders and offices, letters to "Herr Pater", a granddaughter typing for her grandmother,
// the abbey's shop and houses, a scholar's profile. Every value here is made up; none is in the
// PII corpus.

describe("an abbey's guests and its community", () => {
  it("takes a religious name without the sister's or brother's title, order or office", () => {
    const text =
      "Sr. M. Ottilia und Sr. Roswitha kommen am Montag.\n\nIn Christus verbunden\nSr. M. Ottilia Grasegger OSB\nPriorin";
    // The sender's display name carries the title and the order, as mail headers give it.
    const names = valuesOf(text, EntityType.ENTITY_TYPE_PERSON, ["Sr. M. Ottilia OSB"]);
    assert.deepEqual(names, ["M. Ottilia", "Roswitha", "M. Ottilia Grasegger"]);
  });

  it("leaves the abbey's houses, offices and greetings to the community unmasked", () => {
    const text = [
      "Sehr geehrter Herr Pater,",
      "meine Enkelin schreibt diesen Brief für mich.",
      "Liebe Mitschwestern und Mitbrüder, Dear Sister, Dear Father Abbot,",
      "Vielen Dank für Ihre Bestellung im Klosterladen der Abtei Lichtenau.",
      "Scoil Bhríde, Co. Kerry",
      "Gesegnete Tage!",
      "Br. Wunibald",
      "Gastmeister",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON, ["Br. Wunibald Gastmeister"]), [
      "Wunibald",
    ]);
  });

  it("takes a scholar's profile and a supporters' circle's member number", () => {
    const text =
      "My profile: https://independent.academia.edu/KonstantinaRallis\n(Freundeskreis-Mitgliedsnr. FR-2209)";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_URL), [
      "https://independent.academia.edu/KonstantinaRallis",
    ]);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["FR-2209"]);
  });
});
