import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { entityTypeName } from "./entity-types.js";

/** "TYPE:value" for every value found. */
function found(text: string): string[] {
  return detectEntities(text).map((entity) => `${entityTypeName(entity.type)}:${entity.value}`);
}

/** The address, in prose with no label before it, is one span from its first to its last part. */
function assertWholeAddress(address: string): void {
  assert.ok(
    found(`Das Paket geht jetzt nach ${address}\nDanke`).includes(`STREET_ADDRESS:${address}`),
    address,
  );
}

// Addresses made up for these tests; none is in the PII corpus.
describe("postal addresses of many countries", () => {
  it("takes a town after a street, and Dutch and Polish postcodes", () => {
    assert.ok(
      found("bei mir, Ulmenweg 7b, Lohne. Ruf vorher an").includes("STREET_ADDRESS:Ulmenweg 7b, Lohne"),
    );
    assert.ok(
      found("we moved to Prinsengracht 412-3, 1016 JK Amsterdam; the old one").includes(
        "STREET_ADDRESS:Prinsengracht 412-3, 1016 JK Amsterdam",
      ),
    );
    assert.deepEqual(found("Stellplatz 14: bitte freihalten"), []);
  });

  it("takes a town without a postcode after a bare space or before a table's next cell", () => {
    assert.ok(
      found("vor meinem Haus Lindenstraße 12 Grebenau, seit gestern").includes(
        "STREET_ADDRESS:Lindenstraße 12 Grebenau",
      ),
    );
    assert.ok(
      found("ANSCHRIFT AHORNWEG 4 SCHWALMTAL\nTEL 0664 12").includes("STREET_ADDRESS:AHORNWEG 4 SCHWALMTAL"),
    );
    assert.ok(found("Gartenstraße 3, Romrod    Fam. Duda").includes("STREET_ADDRESS:Gartenstraße 3, Romrod"));
    // A common word there is no town.
    assert.ok(
      found("Ich wohne in der Lindenstraße 12 Danke, bis bald").includes("STREET_ADDRESS:Lindenstraße 12"),
    );
  });

  it("takes a British house name with its street, and the unit of an Australian number", () => {
    assert.ok(
      found("Post goes to Larch Cottage, Sheep Lane, Tidworth.").includes(
        "STREET_ADDRESS:Larch Cottage, Sheep Lane, Tidworth",
      ),
    );
    assert.ok(found("deliver to 4/27 Banksia Rd, Manly").includes("STREET_ADDRESS:4/27 Banksia Rd, Manly"));
    assert.deepEqual(found("We met at the Opera House, Sydney, last year"), []);
  });

  it("takes streets whose type word comes first, and their postcodes", () => {
    for (const address of [
      "18 rue des Lilas, 69003 Lyon",
      "Calle Sagasta 22, 2º dcha., 28004 Madrid",
      "ul. Polna 7 m. 12, 00-625 Warszawa",
      "Moda Cad. No: 118 Daire 4, 34710 Kadıköy",
      "Rua do Carmo 41, 1200-093 Lisboa",
      "455 Rue Saint-Paul O, Montréal QC H2Y 2A6",
      "Birkenweg 9 in 06110 Halle",
    ])
      assertWholeAddress(address);
    assert.deepEqual(found("Die Via Appia ist schön, der Corso auch."), []);
  });

  it("takes addresses of more countries: Nordic streets, ranges, post boxes, regions", () => {
    for (const address of [
      "Sveavägen 44, 4 tr, 113 59 Stockholm",
      "Kirkegata 12B, 0153 Oslo",
      "Landstraßer Hauptstraße 41, 1030 Wien",
      "Leopoldsgasse 50-54/4/2, 1020 Wien",
      "Unit 3, 14-16 Harbour Street, Mosman NSW 2088",
      "Postbus 2741, 3500 GS Utrecht",
      "88 Queen St W, Suite 400, Toronto, ON M5H 2N2",
      "Bahnhofstrasse 12, 8001 Zürich ZH",
      "Keizersgracht 221, 1016 DV Amsterdam, Netherlands",
      "Moda Mah. Bahariye Cad. Gül Sok. No: 9 Daire: 2, 34710 Kadıköy/İstanbul",
      "Unit 9, Palm Court, 14 Marine Drive, Sea Point, 8005",
      "Level 3, 22 Cuba Street, Te Aro, Wellington 6011",
    ])
      assertWholeAddress(address);
  });

  it("joins street and town across a dot or dash, after a country letter, and with a spelled-out number", () => {
    for (const address of [
      "Eichenhain 12 · 52525 Waldfeucht",
      "Musterweg 3 - 12345 Musterstadt",
      "Rue Haute 8, B-4700 Eupen",
      "Schwetzinger Str., Nr. 12, 68165 Mannheim",
      "Hauptstraße Nr. 5 in 12345 Dorfen",
    ])
      assertWholeAddress(address);
    assert.deepEqual(found("Die Rechnung Nr. 12 kam am 3. Mai."), []);
  });

  it("takes North American addresses in lower case, with double spaces, and military mail", () => {
    for (const address of [
      "4471 e mockingbird ln apt 212 dallas tx 75206",
      "suite 400, 1 market st, san francisco ca 94105",
      "Apt 1207, 150 Queens Quay E\nToronto ON  M5A 1B6",
      "RR 2, Site 5, Comp 12\nSundre AB  T0M 1X0",
      "2234 rue Saint-Denis, app. 3, Montréal (Québec) H2X 3K8",
      "Unit 2050 Box 4190\nAPO AP 96278-4190",
      "PSC 1005 Box 38\nFPO AE 09593",
    ])
      assertWholeAddress(address);
    assert.deepEqual(found("we shipped 12 units to them in ca 94105 was the zip"), []);
  });

  it("keeps a town whose name starts like a unit word, and takes the country on the next line", () => {
    for (const address of [
      "Erf 1123, 14 Protea Street, Stellenbosch, 7600",
      "ul. Długa 15/7\n31-147 Kraków\nPoland",
      "Lindenstraße 9a, 91207 Lauf a.d. Pegnitz",
      "Case postale 56, 1211 Genève 3",
      "Pöltnerstraße 21\n82362 Weilheim i. OB\nGermany",
    ])
      assertWholeAddress(address);
    assert.deepEqual(found("Die Rechnung (CHF 380.-) bitte an uns"), []);
    assert.ok(
      found("moved to Hauptstr. 5, 10115 Berlin I think").includes(
        "STREET_ADDRESS:Hauptstr. 5, 10115 Berlin",
      ),
    );
    assert.deepEqual(found("Artikel 40-1188 und 40-1190 bitte getrennt, KvK 67890123"), []);
  });

  it("takes a line of comma-separated parts that ends in a country, county or town with postcode", () => {
    for (const address of [
      "House No. C 18/4, Tema Hill, Osu, Accra, Ghana",
      "No. 9, 3rd Main Road, Jaya Nagar, Adyar, Chennai - 600041",
      "Số 7, ngõ 15, Phố Lò Đúc, Hai Bà Trưng, Hà Nội, Vietnam",
      "Drumlish Upper, Ballyconnell, Co. Cavan",
      "Block D, Orchard Business Park, Dublin 16",
    ])
      assertWholeAddress(address);
    assert.deepEqual(found("We ship to France, Spain, Italy and Germany."), []);
    assert.ok(
      !found("Frau Schulz, Vertrag 12345, Rechnung 67890").some((value) =>
        value.startsWith("STREET_ADDRESS"),
      ),
    );
  });

  it("takes the address lines above a postcode, up to the street and a flat line, not the name", () => {
    const block =
      "Thanks,\n\nEilidh Munro\nBirch Cottage\nKirk Lane\nAberfoyle\nStirlingshire\nFK8 3UX\n\nShe is in.";
    assert.ok(
      found(block).includes("STREET_ADDRESS:Birch Cottage\nKirk Lane\nAberfoyle\nStirlingshire\nFK8 3UX"),
    );
    assert.ok(found(block).includes("PERSON:Eilidh Munro"));
    const flat = "Send it here:\n\nFlat 5\n22 Elmhurst Road\nSouthsea\nPortsmouth\nPO4 8QT\n";
    assert.ok(found(flat).includes("STREET_ADDRESS:Flat 5\n22 Elmhurst Road\nSouthsea\nPortsmouth\nPO4 8QT"));
    // A house name above the numbered street; a Dublin district is no street, so the lines above it count.
    const cottage =
      "Kind regards\nMargaret Allen\nIvy Cottage\n12 Mill Lane\nLittle Haddon\nCambridgeshire CB21 6QT";
    assert.ok(
      found(cottage).includes(
        "STREET_ADDRESS:Ivy Cottage\n12 Mill Lane\nLittle Haddon\nCambridgeshire CB21 6QT",
      ),
    );
    assert.ok(found(cottage).includes("PERSON:Margaret Allen"));
    const dublin =
      "Sincerely,\nAoife Byrne\nApartment 7, Seaview House\nStrand Road\nSandymount\nDublin 4, D04 X2Y6";
    assert.ok(
      found(dublin).includes(
        "STREET_ADDRESS:Apartment 7, Seaview House\nStrand Road\nSandymount\nDublin 4, D04 X2Y6",
      ),
    );
    // An address read back over the name before it keeps the name apart.
    const slip = "the packing slip says J. McAllister, 14 Burns Crescent, Kilmarnock KA1 3QT, so they";
    assert.ok(found(slip).includes("PERSON:J. McAllister"));
    assert.ok(found(slip).includes("STREET_ADDRESS:14 Burns Crescent, Kilmarnock KA1 3QT"));
    const german = "Praxis am Markt\nHeinz Ober\nHauptstr. 5\n12345 Berlin";
    assert.ok(found(german).includes("STREET_ADDRESS:Hauptstr. 5\n12345 Berlin"));
  });

  it("takes village streets, floors and boxes after the number, and more street forms", () => {
    for (const address of [
      "Unterdorf 14, 6273 Kaltenbach",
      "Birkenweg 3, Seitenflügel, 2. OG links",
      "Herengracht 77-II\n1015 BE Amsterdam",
      "Rue du Trône 40 bte 2\n1050 Ixelles",
      "Storgatan 9 A lgh 1204\n972 33 Luleå",
      "Henrik Ibsens gate 12, 0255 Oslo",
      "Bei den Linden 7, 20457 Hamburg",
      "os. Kolorowe 12/4, 31-938 Kraków",
      "Leoforos Syngrou 140, 117 45 Athina",
      "Pindarou III Avenue 8, Flat 12, 1060 Nicosia",
      "Unit 2/31 Ocean St, Bondi NSW 2026",
      "Lot 9 Banksia Creek Road\nBraidwood NSW 2622",
      "12 Van der Merwe St, Paarl 7646",
      "22 Heol y Felin, Llandeilo SA19 6BX",
    ])
      assertWholeAddress(address);
    assert.deepEqual(found("Kapitel 3, 1200 Seiten und Artikel 12, 1500 Stück"), []);
  });

  it("takes an Irish county before its Eircode, street adjectives, flat lines above, and towns with particles", () => {
    const irish = "Thanks,\nÁine Ní Bhriain\n4 Bóthar na Trá\nTuam\nCo. Galway H54 K2P8\nIreland\n";
    assert.ok(found(irish).includes("STREET_ADDRESS:4 Bóthar na Trá\nTuam\nCo. Galway H54 K2P8\nIreland"));
    for (const address of [
      "Kleine Bergstr. 12, 22767 Hamburg",
      "Havenweg 12\n3011 AB Rotterdam\nThe Netherlands",
      "Via Garibaldi 12, 84010 Maiori sul Mare (SA), Italia",
    ])
      assertWholeAddress(address);
    const home = "Frau Helga Brandt\nWohnstift Am See, App. 21\nSeeweg 3\n29221 Celle\n";
    assert.ok(found(home).includes("STREET_ADDRESS:Wohnstift Am See, App. 21\nSeeweg 3\n29221 Celle"));
  });

  it("takes towns with an adjective before them, 'i.d.' regions and Dutch towns with 's-", () => {
    for (const address of [
      "Marktplatz 7, 74523 Schwäbisch Hall",
      "Bahnhofstr. 6, 92318 Neumarkt i.d.OPf.",
      "Industrieweg 42, 7041 GC 's-Heerenberg, NL",
    ])
      assertWholeAddress(address);
  });

  it("takes quays, direction words, residence names, Packstation lines and Welsh and Gaelic parts", () => {
    const dublin =
      "New address:\nApartment 4, Harbour Court\n19 Sir John Rogerson's Quay\nDublin 2\nD02 XK81\n\nMy";
    assert.ok(
      found(dublin).includes(
        "STREET_ADDRESS:Apartment 4, Harbour Court\n19 Sir John Rogerson's Quay\nDublin 2\nD02 XK81",
      ),
    );
    const packstation = "Anja Kruse\nPostnummer 512 334 87\nPackstation 118\n39108 Magdeburg\n\nBriefe";
    assert.ok(
      found(packstation).includes("STREET_ADDRESS:Postnummer 512 334 87\nPackstation 118\n39108 Magdeburg"),
    );
    for (const address of [
      "Résidence Les Acacias, Bât. B, 8 avenue Jean Moulin, 31000 Toulouse",
      "31b Canonbury Park North, Islington",
      "Case postale 2241, 1211 Genève 2",
      "Tigh na Mara, Balnakeil, Durness, Lairg IV27 4PT",
      "Tŷ Gwyn, 9 Heol y Bont, Llandeilo, Carmarthenshire SA19 6AW",
      "Packstation 112, Postnummer 12345678, 80331 München",
      // In lower case, as some customers write; "in" before the town.
      "lindenstr 4 in 34117 kassel",
      "gartenstrasse 12 in köln",
      "Lindenstraße 4 in Kassel",
      "gohliser str 18 04155 leipzig",
      "gonsenheimer strasse 201",
      "Weiterstadt, Am Apfelgarten 5",
      "вул. Сумська 74, кв. 18, м. Харків, 61002",
      // Scottish flat positions, a house-number range with an en dash, a flat part before the
      // postcode line, a two-word town, Dutch street names with an adjective.
      "2/1, 45 Hyndland Road, Glasgow G12 9UX",
      "3F2, 19 Marchmont Road, Edinburgh EH9 1HY",
      "Schillerstraße 12–14, 10625 Berlin",
      "Kungsgatan 38, 4 tr\n111 35 Stockholm\nSweden",
      "ul. Przemysłowa 18\n62-080 Tarnowo Podgórne\nPoland",
      "Eerste Helmersstraat 88-III, 1054 EE Amsterdam",
      "Seniorenresidenz Am Park, Zimmer 214, Parkallee 3, 28209 Bremen",
      // A house name or a hall of residence before the numbered street.
      "Ivy Cottage, 7 Mill Lane, Kendal LA9 6DX",
      "Studentenwohnheim Hölderlinstraße, Hölderlinstraße 12, Zi. 104, 72074 Tübingen",
    ])
      assertWholeAddress(address);
  });

  it("takes estates before the street, elided articles, road kilometres, floors in brackets and towns told by their country", () => {
    for (const address of [
      "Polígono Industrial Los Olivos, Calle Río Tajo 14, 28906 Getafe (Madrid)",
      "Gewerbegebiet Süd, Am Kanal 9, 49074 Osnabrück",
      "Meadowbank Business Park, 3 Tanner Road, Leeds LS10 2QR",
      "Via dell'Industria 27, 36040 Torri di Quartesolo (VI)",
      "Piazza d'Armi 4, 10129 Torino",
      "Carretera de Alcoy km 7, 03690 San Vicente del Raspeig",
      "Lindenallee 40, Whg. 12 (3. OG links), 50968 Köln",
      "27 Market Road\nIkeja, Lagos\nNigeria",
      // A region before the country, a two-word Dutch town, Catalan and Croatian streets.
      "Odos Ermou 12\n105 63 Plaka, Athens\nGreece",
      "Prinsestraat 12\n2513 CA Den Haag\nNetherlands",
      "Laan van Poot 31, 2566 DA Den Haag",
      "Camí de Can Pastilla 8, 07610 Palma",
      "Cesta dr. Ante Starčevića 3, 21000 Split, Croatia",
    ])
      assertWholeAddress(address);
    // The country is what tells a town without a postcode: a plain word after a street is none.
    assert.ok(found("see you at 12 Mill Road, Tuesday works").every((value) => !value.includes("Tuesday")));
  });

  it("reads the house's line above a town with its postcode, a post box or a province", () => {
    for (const address of [
      "Plot 7, 5th Main Road, Jayanagar 4th Block\nMysuru 570011, Karnataka, India",
      "House No. 9, Odoi Street, Dzorwulu\nP.O. Box AN 4471, Accra, Ghana",
      "Mombasa Road 31, Syokimau\nP.O. Box 41230-00100, Nairobi, Kenya",
      "18 Lê Lợi, Phường 4\nĐà Lạt City, Lâm Đồng Province, Vietnam",
      "Strandgata 9, 600 Akureyri, Iceland",
    ])
      assert.ok(found(`Our address:\n${address}\nThanks`).includes(`STREET_ADDRESS:${address}`), address);
    // A firm's name above a post box is no address line.
    assert.ok(
      found("Tembo Safaris Ltd\nP.O. Box 41230-00100, Nairobi, Kenya").includes(
        "STREET_ADDRESS:P.O. Box 41230-00100, Nairobi, Kenya",
      ),
    );
    // Nor is a town and its country under a name.
    assert.ok(
      found("Kind regards,\nLena Vogt\nMunich, Bavaria, Germany").every((v) => !v.startsWith("STREET")),
    );
  });

  it("reads a block of lines that ends with its country, up to a name, a firm or a label", () => {
    const block = (address: string, before = "Our address:") =>
      found(`${before}\n${address}\n\nThanks`).includes(`STREET_ADDRESS:${address}`);
    for (const address of [
      "Flat No. 11, Surya Residency\n2nd Cross, near Hanuman Temple\nBengaluru - 560041\nKarnataka, India",
      "Số 7, ngõ 15 Trần Phú\nPhường Văn Quán, Quận Hà Đông\nHà Nội 100000\nViệt Nam",
      "4-2-9 Minamisenba, Chuo-ku\nOsaka 542-0081\nJapan",
      "No. 3, Ring Road\nOld Bodija Estate\nP.M.B. 2201\nIbadan, Oyo State\nNigeria",
      "Calle Tepic 12, Int. 4\nCol. Roma Sur, Alcaldía Cuauhtémoc\nC.P. 06760, Ciudad de México",
    ])
      assert.ok(block(address), address);
    // The name, the firm and the label above stay out; the street starts after "Address:".
    assert.ok(
      block("4-2-9 Minamisenba, Chuo-ku\nOsaka 542-0081\nJapan", "Kenji Sato\nSakura Trading Co. Ltd"),
    );
    assert.ok(
      found("Address: Prinsengracht 93-II\n1015 DN Amsterdam\nNetherlands").includes(
        "STREET_ADDRESS:Prinsengracht 93-II\n1015 DN Amsterdam\nNetherlands",
      ),
    );
    // Prose that ends with a country is no block.
    assert.deepEqual(found("We fly out on Monday.\nThe group comes from 3 schools in India"), []);
  });

  it("reads parts from India, Vietnam, Brazil, Ukraine and Kenya on one line", () => {
    for (const address of [
      "2nd Floor, Lotus Plaza, Station Road, near Bus Depot, Udaipur 313001",
      "Flat 4B, Green Acres, off Link Road, Malad (W), Mumbai 400064, Maharashtra",
      "Số 9 Hàng Bạc, Phường Hàng Buồm, Quận Hoàn Kiếm, Hà Nội",
      "Av. Brasil, 880, apto 41, Jardins, São Paulo – SP, 01430-000, Brasil",
      "vul. Khreshchatyk 22, kv. 8, Kyiv 01001, Ukraine",
      "Harambee House, 2nd Floor, Moi Avenue, P.O. Box 40112-00100, Nairobi",
      "P.O. Box KA 1187, Airport, Accra",
      "Maison Aoi 201, 3-4-5 Takadanobaba, Shinjuku-ku, Tokyo 169-0075",
    ])
      assertWholeAddress(address);
    assert.deepEqual(found("Das Postfach ab 10 Uhr"), []);
  });

  it("takes a lower-case street with its town's adjective", () => {
    assert.ok(
      found("wohne jetzt in der vegesacker heerstr 54 28757 bremen").includes(
        "STREET_ADDRESS:vegesacker heerstr 54 28757 bremen",
      ),
    );
    assert.ok(found("ich ziehe um oder hauptstraße 5 in kassel").every((v) => !v.includes("oder")));
  });

  it("takes a lower-case street named by its preposition when its postcode follows", () => {
    assert.ok(
      found("kostet?\nim rosengarten 14 in 35396 gießen\ngruß").includes(
        "STREET_ADDRESS:im rosengarten 14 in 35396 gießen",
      ),
    );
    assert.deepEqual(found("wir sind am samstag 12 in der halle"), []);
  });

  it("reads South Tyrol's two street names, a post box without number, a country code and a dot between parts", () => {
    for (const address of [
      "Laubengasse/Via Portici 31, 39100 Bozen/Bolzano",
      "Postfach, 8021 Zürich",
      "Rheinhafen 4 · 68159 Mannheim · Germany",
    ])
      assertWholeAddress(address);
    assert.ok(
      found("Deliver to:\n12 MAPLE AVE APT 3\nTORONTO ON M4W 1A1\nCA\n\nThanks").includes(
        "STREET_ADDRESS:12 MAPLE AVE APT 3\nTORONTO ON M4W 1A1\nCA",
      ),
    );
    // A parking space and a flat with their numbers are no streets.
    assert.deepEqual(found("den Stellplatz Nr. 7 in der Tiefgarage"), []);
    assert.deepEqual(found("In der Dachgeschoßwohnung Top 9 tropft es"), []);
  });

  it("ends an address at a blank line", () => {
    assert.deepEqual(
      found("New address:\n\n14 Otley Road\nLeeds\nLS6 2AL\n\nOld 9 Kirkstall Lane, Leeds LS5 3BQ"),
      ["STREET_ADDRESS:14 Otley Road\nLeeds\nLS6 2AL", "STREET_ADDRESS:9 Kirkstall Lane, Leeds LS5 3BQ"],
    );
  });

  it("ends a town before a contact's name after a spaced dash, not before a district", () => {
    assert.deepEqual(found("Speyer: Rheinuferstraße 17, 67346 Speyer – Ines Walter, Lager"), [
      "STREET_ADDRESS:Rheinuferstraße 17, 67346 Speyer",
      "PERSON:Ines Walter",
    ]);
    assert.deepEqual(found("Adresse für Post: Essen - Rüttenscheid, Hofstrasse 12, 45131"), [
      "STREET_ADDRESS:Essen - Rüttenscheid, Hofstrasse 12, 45131",
    ]);
  });

  it("leaves a court's 'family name, given name' before the street out of the address", () => {
    assert.ok(
      found("gegen\n\nKamphorst, Gisela, Lindenweg 4, 35390 Gießen").includes(
        "STREET_ADDRESS:Lindenweg 4, 35390 Gießen",
      ),
    );
  });

  it("takes a hall of residence and its room above the street", () => {
    assert.ok(
      found(
        "Meine Adresse:\nWohnheim Am Lahnufer\nZimmer 112, Haus C\nLahnstraße 40\n35037 Marburg",
      ).includes("STREET_ADDRESS:Wohnheim Am Lahnufer\nZimmer 112, Haus C\nLahnstraße 40\n35037 Marburg"),
    );
  });

  it("takes a region or island that ends the line or the sentence after an address", () => {
    assert.ok(
      found("Die Finca: Camí de Sa Torre 3, 07609 Llucmajor, Mallorca. Schlüssel ab 16 Uhr").includes(
        "STREET_ADDRESS:Camí de Sa Torre 3, 07609 Llucmajor, Mallorca",
      ),
    );
    assert.ok(
      found("wir fahren nach Nerja (Calle Cristo, 17, 29780 Nerja, Málaga). Gruß").includes(
        "STREET_ADDRESS:Calle Cristo, 17, 29780 Nerja, Málaga",
      ),
    );
    assert.deepEqual(found("Die Adresse: Ulmenweg 7, 28857 Syke, Frau Brandt."), [
      "STREET_ADDRESS:Ulmenweg 7, 28857 Syke",
      "PERSON:Brandt",
    ]);
  });
  it("takes the district letter after a Danish city", () => {
    assert.ok(
      found("Bitte an Vesterbrogade 41, 1620 København V senden.").includes(
        "STREET_ADDRESS:Vesterbrogade 41, 1620 København V",
      ),
    );
  });

  it("takes a street whose number stands on the next line, and the floors below it", () => {
    assert.ok(
      found("adresse:\nWilhelm-Raabe-Str.\n83\nHinterhaus 4. OG\n04277 Leipzig\n\nfrau yılmaz").includes(
        "STREET_ADDRESS:Wilhelm-Raabe-Str.\n83\nHinterhaus 4. OG\n04277 Leipzig",
      ),
    );
    assert.ok(
      found("Saskia Lehnhoff / Dorfstr.\n14\n2. OG rechts\n10829 Berlin").includes(
        "STREET_ADDRESS:Dorfstr.\n14\n2. OG rechts\n10829 Berlin",
      ),
    );
    // A number under a line that names no street stays out: "Anzahl Pakete\n3\n10115 Berlin".
    assert.ok(!found("Anzahl Pakete\n3\n10115 Berlin").some((value) => value.includes("Anzahl")));
  });
});
