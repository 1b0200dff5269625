import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a beekeepers' association is sent (v285, v490): members' registrations with the veterinary
// office, member lists, swarm reports and the police's; an estate agent's energy certificate (v44). Every value here is made up; none is in the PII corpus.

describe("hive registrations", () => {
  it("takes a keeper's registration number", () => {
    const text = "Meine Registriernummer ist 276 09 412 088 1357, die Völker stehen am Waldrand.";
    assert.deepEqual(
      valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER).concat(
        valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER),
      ),
      ["276 09 412 088 1357"],
    );
  });

  it("takes no firm's register number", () => {
    const text = "Eingetragen im Handelsregister, Registernummer HRB 40917, Amtsgericht Ulm.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
    const polish = "Firma Nowak sp. z o.o., REGON 482017735\n---";
    assert.deepEqual(valuesOf(polish, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });

  it("takes no energy certificate's registration number: it names a building", () => {
    const text = "Energieausweis: Verbrauchsausweis bis 2031, Registriernummer RP-2021-004718236, Klasse C.";
    assert.deepEqual(detectEntities(text), []);
  });
});

describe("member lists and swarm reports", () => {
  it("takes registration numbers in a list, without their label", () => {
    const text =
      "- Brandauer, Josef, Reg.-Nr. 276 08 337 068 0142, Stand Rheinstraße 61\nFrom: Emre Aydın, reg. no. 276 08 336 078 0321";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), [
      "276 08 337 068 0142",
      "276 08 336 078 0321",
    ]);
  });

  it("takes no animal's chip number as a keeper's registration", () => {
    const text = "Chip 276098106224513, geimpft am 12.03.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), []);
  });

  it("takes a member's number after a comma and its Nr.", () => {
    const text = "Ihr Mann ist schon Mitglied, Nr. 0207). Seine Schwester ist Mitglied Nr. 311.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_CUSTOMER_NUMBER), ["0207", "311"]);
  });

  it("reads a member number padded with zeros after a country code as no Swiss postcode", () => {
    const text = [
      "Nr.      Name                       Gemeinde        Völker",
      "CH-0062  Gerber Ursula              Möhlin          4",
      "CH-0065  Moretti Chiara             Rheinfelden     2",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), []);
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Gerber Ursula", "Moretti Chiara"]);
  });

  it("takes the person a police report names as its informant, family name first", () => {
    const text = "Vorgangsnummer: 0511-24-00871\nMitteiler: Wiśniewska, Dorota, Tel. 0171 2290 418";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Wiśniewska, Dorota"]);
  });

  it("takes a family name before two given names on a list's line", () => {
    const text = "- Ngo, Minh Chau, Reg.-Nr. folgt\n- Vo, Van Long, Reg.-Nr. folgt";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Ngo, Minh Chau", "Vo, Van Long"]);
  });

  it("takes no role before a name as its family name", () => {
    const text = "Mum, Sunita Ramaswamy, is waiting for her morning visit.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), ["Sunita Ramaswamy"]);
  });

  it("takes a spa town after the street", () => {
    const text = "the swarm is on my fence!!! Lindenweg 7, Bad Krozingen, back garden, pls call";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), ["Lindenweg 7, Bad Krozingen"]);
  });

  it("takes no club's register number", () => {
    const text = "Die Vereinsangaben (VR 410932, Amtsgericht Freiburg) stehen im Impressum.";
    assert.deepEqual(detectEntities(text), []);
  });

  it("takes no group in the feminine plural as a person", () => {
    const text = "Liebe Imkerinnen und Imker,\n\ndie Fahrt nach Donaueschingen ist am Samstag.";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_PERSON), []);
  });
});
