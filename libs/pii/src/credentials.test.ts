import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { valuesOf } from "./detected-values.js";
import { EntityType } from "./entity-types.js";

function secrets(text: string): string[] {
  return detectEntities(text)
    .filter((entity) => entity.type === EntityType.ENTITY_TYPE_SECRET)
    .map((entity) => entity.value);
}

// Secrets made up for these tests; none is in the PII corpus.
describe("secrets without a keyword right before them", () => {
  it("takes access codes in a list of doors and boxes", () => {
    const list = "- Code Schlüsselbox: 4417\n- Haustür unten: 3691#\nLockbox on the 3rd floor: 0-5-8-1\n";
    assert.deepEqual(secrets(list), ["4417", "3691#", "0-5-8-1"]);
    assert.deepEqual(secrets("Bitte über den Hof; Code für die Hoftür 7403."), ["7403"]);
    assert.deepEqual(secrets("- Schranke Parkplatz Süd: 6120\n- staff car park barrier: 8204#"), [
      "6120",
      "8204#",
    ]);
    assert.deepEqual(secrets("Tor 3: 14:30 Uhr Anlieferung, Tor 2: 2024-03-12, Eingang: 2024-03-11"), []);
  });

  it("takes a Wi-Fi key after the network's name and the password of a user / password pair", () => {
    assert.deepEqual(secrets('WLAN "Bergblick_Gast", Schlüssel pT8vK3mW2xQz\n'), ["pT8vK3mW2xQz"]);
    assert.deepEqual(secrets("Zugangsdaten: shop-admin / Wz4!kLq9-Nordsee\n"), ["Wz4!kLq9-Nordsee"]);
    assert.deepEqual(secrets("MySQL: dbuser / r8Tn3pKm7YqL\n"), ["r8Tn3pKm7YqL"]);
  });

  it("takes a password named again as the old or new one, or changed to something", () => {
    const german = "mein neues Passwort ist jetzt Flieder#Weg31, das alte war Kuckuck1970!, bitte prüfen";
    assert.deepEqual(secrets(german), ["Flieder#Weg31", "Kuckuck1970!"]);
    assert.deepEqual(secrets("Temporary password: Start2024! – I've already changed it to Hx!mq-Pr52."), [
      "Start2024!",
      "Hx!mq-Pr52",
    ]);
    assert.deepEqual(secrets("The old one was a blue car, the new one is red."), []);
  });

  it("takes app passwords, setup keys, restricted and webhook keys, and a recovery list after a blank line", () => {
    assert.deepEqual(secrets("Admin panel app password: zkqw brtx lmne hvso\n"), ["zkqw brtx lmne hvso"]);
    assert.deepEqual(secrets("The setup key I wrote down was KRSW Y4DP FHPK 5PXQ."), ["KRSW Y4DP FHPK 5PXQ"]);
    assert.deepEqual(secrets("restricted key rk_live_8Zt3Ly02MnRb1Qe5, webhook whsec_R3n0My8WuQ5oS9dL"), [
      "rk_live_8Zt3Ly02MnRb1Qe5",
      "whsec_R3n0My8WuQ5oS9dL",
    ]);
    const recovery =
      "I saved the recovery codes back in 2022:\n\n  7g2k-18ch\n  p6ly-30wo\n\nThe phone is gone.";
    assert.deepEqual(secrets(recovery), ["7g2k-18ch", "p6ly-30wo"]);
  });

  it("takes a PIN, PUK or TAN named by a compound, and a password after a long clause ending in a colon", () => {
    assert.deepEqual(secrets("der Brief kam heute: Erst-PIN 58214. Dann die Karten-PIN: 6630"), [
      "58214",
      "6630",
    ]);
    assert.deepEqual(secrets("meine SMS-TAN war 582731, die SIM-PIN ist 2291, der Kartenpin 7731"), [
      "582731",
      "2291",
      "7731",
    ]);
    assert.deepEqual(secrets("Meine Karten-PIN hat sich geändert. Bei Sultan 1234 kaufen."), []);
    const note = "Das Passwort für das WLAN im Gästezimmer haben wir auf dem Zettel notiert: Ahornblatt42";
    assert.deepEqual(secrets(note), ["Ahornblatt42"]);
  });

  it("takes lock combinations, header keys, a password set 'auf' something and one after 'wie besprochen'", () => {
    assert.deepEqual(
      secrets("Der Schlüsseltresor hat die Kombination 2-8-6-1, Kombination 2024 im Angebot"),
      ["2-8-6-1"],
    );
    assert.deepEqual(secrets("curl -H 'X-API-Key: 7c1d9e0f2a3b4c5d6e7f8091a2b3c4d5' https://api.example"), [
      "7c1d9e0f2a3b4c5d6e7f8091a2b3c4d5",
    ]);
    assert.deepEqual(secrets("Hot-Key: Strg+S"), []);
    assert.deepEqual(secrets("Das Passwort habe ich auf Krokus#61 geändert"), ["Krokus#61"]);
    assert.deepEqual(secrets("das neue Passwort lautet jetzt wie besprochen Herbst2025!"), ["Herbst2025!"]);
  });

  it("takes settings that hold secrets, a password after a bracketed note, and a code that opens the next sentence", () => {
    const env =
      "  DB_PASSWORD=qT7!mWx2#Lp9\n  AWS_SECRET_ACCESS_KEY=Zr8Kd2+Lq9/VxP4mT0wNc6YbHe3GsJ1uR5oA\n  APP_ENV=staging\n";
    assert.deepEqual(secrets(env), ["qT7!mWx2#Lp9", "Zr8Kd2+Lq9/VxP4mT0wNc6YbHe3GsJ1uR5oA"]);
    assert.deepEqual(secrets("MONKEY=banana1, TOKENS_USED=12"), []);
    assert.deepEqual(secrets("P.S. Kennwort (Groß-/Kleinschreibung beachten): Linde#Befund07"), [
      "Linde#Befund07",
    ]);
    assert.deepEqual(secrets("the code from the text doesn't work. It was 418 227. Can you reissue it?"), [
      "418 227",
    ]);
    assert.deepEqual(secrets("Der Code kam nicht an. Er war 2 Tage zu spät."), []);
    assert.deepEqual(secrets("der Code dafür ist nach wie vor 5127."), ["5127"]);
  });

  it("takes a TAN the SMS 'came with' and a key set 'again to' something", () => {
    assert.deepEqual(secrets("hab ne neue TAN angefordert, die SMS kam mit 582 913 aber fehler"), [
      "582 913",
    ]);
    assert.deepEqual(
      secrets("I reset the router and set the Wi-Fi key again to Birke@2025home, still nothing."),
      ["Birke@2025home"],
    );
    assert.deepEqual(secrets("Die PIN mit 4 Stellen"), []);
  });

  it("takes the old password named in brackets after the new one", () => {
    assert.deepEqual(
      secrets("ein neues Passwort, oder? Mit dem alten (Tee&Keks2023) kommen wir nicht rein."),
      ["Tee&Keks2023"],
    );
  });

  it("takes a door code the door 'opens with', a key after 'it's', a Wi-Fi key in groups and Basic credentials", () => {
    assert.deepEqual(secrets("Die Haustür geht mit 7391# auf, das ist der Code für alle."), ["7391#"]);
    assert.deepEqual(secrets("Das Tor mit 1200 mm Breite, die Tür mit 3 Schlössern"), []);
    assert.deepEqual(secrets("the door code? it's 5174 followed by the key symbol"), ["5174"]);
    assert.deepEqual(secrets("das WLAN heißt FritzBox-7590 und der Schlüssel ist 5512 0934 7781 2240"), [
      "5512 0934 7781 2240",
    ]);
    assert.deepEqual(secrets("Authorization: Basic Ym9iOnNlY3JldDEyMw=="), ["Ym9iOnNlY3JldDEyMw=="]);
  });

  it("takes security answers, JSON keys, activation keys, codes after a comma, and passwords 'geändert auf' something", () => {
    assert.deepEqual(secrets("the memorable word you ask for on the phone is walrus."), ["walrus"]);
    const answer = "Die Antwort auf meine Sicherheitsfrage („Name des ersten Haustiers“) ist Krümel, falls";
    assert.deepEqual(secrets(answer), ["Krümel"]);
    assert.deepEqual(
      secrets("The old security answer was my mother's maiden name, which is easy to find."),
      [],
    );
    assert.deepEqual(
      secrets('POST /v3/inventory -> 401 {"error":"invalid_api_key","key":"mk_prod_5521ZqLw0pXyR4vT"}'),
      ["mk_prod_5521ZqLw0pXyR4vT"],
    );
    assert.deepEqual(secrets("INFO  Using activation key QX7F-22KD-9MWP-RT41-ZZ8C"), [
      "QX7F-22KD-9MWP-RT41-ZZ8C",
    ]);
    assert.deepEqual(
      secrets("the code is still the one you gave me when I moved in, 3817, I never changed it."),
      ["3817"],
    );
    assert.deepEqual(secrets("the code was sent in 2024, 1234 people got it"), []);
    assert.deepEqual(
      secrets("Das WLAN-Passwort geht nicht, ich hab es geändert auf Linde!Main2025 – falls"),
      ["Linde!Main2025"],
    );
    assert.deepEqual(secrets("Klingel: Nowak, Code für die Haustür 6142"), ["6142"]);
  });
});

describe("codes for doors and gates, a login without its colon (v158)", () => {
  const secrets = (text: string) => valuesOf(text, EntityType.ENTITY_TYPE_SECRET);

  it("takes a door's or a gate's new code a few words after its keyword, a date between", () => {
    assert.deepEqual(secrets("- Neuer Code für die Kellertür ab 01.05.: 2741 (bitte nicht weitergeben)"), [
      "2741",
    ]);
    assert.deepEqual(secrets("the gate padlock combination changes on 1 May to 7193. Please"), ["7193"]);
    assert.deepEqual(secrets("der neue Code für die Müllraumtür ist ab Montag 4093, danach die Raute"), [
      "4093",
    ]);
    assert.deepEqual(secrets("Ihr Rabattcode ist 2025 gültig"), []);
  });

  it("takes the password of a login pair written without a colon, but no date in a log", () => {
    assert.deepEqual(secrets("remote access port 8443. Login admin / Stl!ngHse#2290. Footage"), [
      "Stl!ngHse#2290",
    ]);
    assert.deepEqual(secrets("  Login              29/10/2024 02:17   203.0.113.7"), []);
  });
});
