import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a marina's harbour office is sent and sends (v526): berth lists with boats' registrations,
// codes of gates and buildings by place, insurers' letters. Every value here is made up; none is
// in the PII corpus.

const SECRET = EntityType.ENTITY_TYPE_SECRET;

describe("a marina's harbour office", () => {
  it("takes codes listed by place under a heading that names them", () => {
    const notice = [
      "All gate and facility codes change on Monday at 12:00. The new codes are valid until 30 September:",
      "",
      "  Jetty A + B (land gate)      5170#",
      "  Showers                     C2208",
      "  Laundry room                6634",
      "",
      "Fair winds, the harbour office",
    ].join("\n");
    assert.deepEqual(valuesOf(notice, SECRET), ["5170#", "C2208", "6634"]);
  });

  it("takes codes after colons in a handover's list, a note after one", () => {
    const handover =
      "Codes (aktuell bis 31.10.):\n- Sanitär Steg C: 2951\n- Tresor Hafenbüro: 33-18-06 + Schlüssel im Schrank";
    assert.deepEqual(valuesOf(handover, SECRET), ["2951", "33-18-06"]);
  });

  it("leaves a list of error codes alone", () => {
    const manual = "Fehlercodes der Tankanlage:\n- Pumpe: 4102\n- Zähler: 4107";
    assert.deepEqual(valuesOf(manual, SECRET), []);
  });

  it("takes a code after a clause with a date's range", () => {
    const text = "Code Steg B gültig 01.–30.09.: 4183*. Bitte nicht weitergeben.";
    assert.deepEqual(valuesOf(text, SECRET), ["4183*"]);
  });

  it("takes a boat's registration in a 'Kz.' column", () => {
    const table = [
      "Platz | Boot       | Eigner          | Bodensee-Kz.",
      "------+------------+-----------------+-------------",
      "C03   | Seeschwalbe | Udo Rebholz     | TG 5521",
      "C04   | Albatros   | Petra Ummenhofer | SG 40218",
    ].join("\n");
    assert.deepEqual(valuesOf(table, EntityType.ENTITY_TYPE_LICENSE_PLATE), ["TG 5521", "SG 40218"]);
  });

  it("takes an insurer's claim number after 'Schadensache'", () => {
    const text = "in der Schadensache 52 18 904417 (Hagelschaden vom 02.07.) benötigen wir Fotos.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CLAIM_NUMBER), ["52 18 904417"]);
  });
});
