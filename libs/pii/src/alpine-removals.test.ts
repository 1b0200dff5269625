import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v48 (customers in Switzerland, Austria, Liechtenstein and Luxembourg)
// and v49 (a removals and van rental firm) showed. Every value here is made up; none is in the
// PII corpus.

describe("customers in the Alps and Luxembourg", () => {
  it("takes both of two phone numbers joined by a spaced slash", () => {
    assert.deepEqual(valuesOf("Telefon: 044 512 33 90 / 076 418 22 07", EntityType.ENTITY_TYPE_PHONE), [
      "044 512 33 90",
      "076 418 22 07",
    ]);
    // One number with a slash after its area code stays one.
    assert.deepEqual(valuesOf("Tel. 0711 / 4483920", EntityType.ENTITY_TYPE_PHONE), ["0711 / 4483920"]);
  });

  it("takes a member's number when a first name stands between label and colon", () => {
    assert.deepEqual(valuesOf("Kundennummer Mia: 2291.5530.14", EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "2291.5530.14",
    ]);
  });

  it("takes a Luxembourg matricule and a police report's number", () => {
    assert.deepEqual(valuesOf("Matricule (CCSS): 1987 1123 40518", EntityType.ENTITY_TYPE_SOCIAL_SECURITY), [
      "1987 1123 40518",
    ]);
    assert.deepEqual(
      valuesOf(
        "Polizeirapport der Kantonspolizei Zürich: Nr. KAPO-ZH 2025/40172",
        EntityType.ENTITY_TYPE_TICKET_NUMBER,
      ),
      ["KAPO-ZH 2025/40172"],
    );
  });

  it("reads a firm's display name from its own domain, with a country after it", () => {
    const quote = "On Mon, 2 Dec 2024 at 09:10, Sanvera Liechtenstein <kundendienst@sanvera.li> wrote:";
    assert.deepEqual(valuesOf(quote, EntityType.ENTITY_TYPE_PERSON), []);
  });
});

describe("removals and van rental", () => {
  it("takes an ID number given as the answer to the writer's own question", () => {
    assert.deepEqual(valuesOf("Do you need my DNI? It is 71840293M.", EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "71840293M",
    ]);
  });

  it("keeps a floor between a street without a street word and its postcode", () => {
    assert.deepEqual(
      valuesOf("Neu: Schlachte 12, 3. Etage, 28195 Bremen", EntityType.ENTITY_TYPE_STREET_ADDRESS),
      ["Schlachte 12, 3. Etage, 28195 Bremen"],
    );
  });

  it("takes the name on the doorbell, and no name from a greeting to an applicant", () => {
    assert.deepEqual(
      valuesOf("Abholung bitte dort (Klingel Brinkmann, 2. OG)", EntityType.ENTITY_TYPE_PERSON),
      ["Brinkmann"],
    );
    assert.deepEqual(valuesOf("Dear Applicant,\n\nyour permit is ready.", EntityType.ENTITY_TYPE_PERSON), []);
  });

  it("reads no plate from a truck's class", () => {
    assert.deepEqual(valuesOf("Fahrzeuge: LKW 7,5 t mit Koffer", EntityType.ENTITY_TYPE_LICENSE_PLATE), []);
  });
});
