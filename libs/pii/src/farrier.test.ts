import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

// What a farrier and equine dentist is sent (v635): stables named before their streets, codes of
// tack rooms, safes and padlocks. Every value here is made up; none is in the PII corpus.

describe("a farrier's stables and codes", () => {
  it("takes a farm's, a stable's or an inn's name before the street into the address", () => {
    const text = [
      "Stall / Adresse: Gut Wiesenbrook, Wiesenbrooker Weg 11, 24568 Kaltenkirchen",
      "> Where: Reitanlage Eichenhof, Eichenweg 4, 69469 Weinheim",
      "the mare is at Ferme Muller, 12 rue des Prés, 67600 Sélestat.",
      "Reception at Gasthof Lindenwirt, Dorfplatz 3, 6290 Mayrhofen.",
    ].join("\n");
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_STREET_ADDRESS), [
      "Gut Wiesenbrook, Wiesenbrooker Weg 11, 24568 Kaltenkirchen",
      "Reitanlage Eichenhof, Eichenweg 4, 69469 Weinheim",
      "Ferme Muller, 12 rue des Prés, 67600 Sélestat",
      "Gasthof Lindenwirt, Dorfplatz 3, 6290 Mayrhofen",
    ]);
  });

  it("takes a tack room's, a padlock's and a safe's code", () => {
    const text =
      "Der Code fürs Sattelkammerschloss ist 6620.\nSchlüssel liegt unter dem Eimer, Schloss 3391\nTresor 92714";
    assert.deepEqual(valuesOf(text, EntityType.ENTITY_TYPE_SECRET), ["6620", "3391", "92714"]);
    assert.deepEqual(
      valuesOf("Hochzeit im Schloss 2025, Schloss Elmau 1916 erbaut", EntityType.ENTITY_TYPE_SECRET),
      [],
    );
  });
});
