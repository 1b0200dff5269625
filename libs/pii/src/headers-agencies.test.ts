import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// The forms the blind sets v44 (a real-estate agency), v45 (a nurse recruitment agency) and v46
// (raw mail headers at an IT desk) showed. Every value here is made up; none is in the PII corpus.

describe("raw mail headers", () => {
  it("reads no secrets from authentication results and no addresses from Message-IDs", () => {
    const headers =
      "Authentication-Results: mx01.example-systems.de;\n        spf=pass (mx01.example-systems.de: domain of a.b@c.de)\n        dkim=pass (2048-bit key) header.d=c.de\nMessage-ID: <8c1f4e2a9b7d@mail.example.com>";
    assert.deepEqual(valuesOf(headers, EntityType.ENTITY_TYPE_SECRET), []);
    assert.deepEqual(valuesOf(headers, EntityType.ENTITY_TYPE_EMAIL), ["a.b@c.de"]);
  });

  it("reads no plates from host names and no secret from an error code, but a porting code", () => {
    const hosts = "Received: from NWS-EX01.nordwerk.local (10.24.1.15)\nransomware on file server UK-FS02";
    assert.deepEqual(valuesOf(hosts, EntityType.ENTITY_TYPE_LICENSE_PLATE), []);
    assert.deepEqual(
      valuesOf('"Recovery code invalid or already used (E4012)"', EntityType.ENTITY_TYPE_SECRET),
      [],
    );
    assert.deepEqual(valuesOf("PAC code is HKQ418273, valid until", EntityType.ENTITY_TYPE_SECRET), [
      "HKQ418273",
    ]);
  });
});

describe("agencies", () => {
  it("takes a Mexican CURP without a keyword", () => {
    assert.deepEqual(valuesOf("her ids: OISD950214MDFRLN03 (CURP)", EntityType.ENTITY_TYPE_ID_DOCUMENT), [
      "OISD950214MDFRLN03",
    ]);
  });

  it("leaves a flat's listing numbers alone", () => {
    const listing = "die Wohnung (Scout-ID 148203977), Objekt-Nr. KA-0412, property ID 142587396";
    assert.deepEqual(valuesOf(listing, EntityType.ENTITY_TYPE_TICKET_NUMBER), []);
  });
});
