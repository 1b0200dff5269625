import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEntities } from "./detect.js";
import { EntityType } from "./entity-types.js";
import { GIVEN, NOT_NAMES } from "./names/lexicon.js";
import type { DetectOptions } from "./types.js";

function persons(text: string, opts?: DetectOptions): string[] {
  return detectEntities(text, opts)
    .filter((entity) => entity.type === EntityType.ENTITY_TYPE_PERSON)
    .map((entity) => entity.value);
}

describe("person names", () => {
  it("finds names after salutations and titles; the salutation stays outside", () => {
    assert.deepEqual(persons("Sehr geehrte Frau Dr. Weber,\nvielen Dank."), ["Weber"]);
    assert.deepEqual(persons("Guten Tag Herr Thomas Müller, wie besprochen"), ["Thomas Müller"]);
    assert.deepEqual(persons("Dear Mr. van Tromp, thank you."), ["van Tromp"]);
    assert.deepEqual(persons("Sehr geehrter Herr Prof. Dr. von Bülow,"), ["von Bülow"]);
    assert.deepEqual(persons("ich glaub herr Kozanoğlu meinte das"), ["Kozanoğlu"]);
    assert.deepEqual(persons("der Nachbar, Herr Peter Mai, hat geprüft"), ["Peter Mai"]);
    assert.deepEqual(persons("Herr Peter kommt im Mai 2025"), ["Peter"]);
  });

  it("leaves saints, pets, places, brands and products named after people alone", () => {
    assert.deepEqual(persons("She was treated at St Thomas' Hospital after St Patrick's Day."), []);
    assert.deepEqual(persons("Rechnung an Kita St. Elisabeth, bitte."), []);
    assert.deepEqual(persons("unser Hund Bello hat das Kabel zerbissen"), []);
    assert.deepEqual(persons("the lockers at Victoria Station and the Lincoln Center"), []);
    assert.deepEqual(persons("I ordered a Jack Wolfskin jacket but got Tommy Hilfiger."), []);
    assert.deepEqual(persons("two bottles of Jacob's Creek"), []);
    assert.deepEqual(persons("das Ecksofa Modell „Emma“ in Anthrazit"), []);
    assert.deepEqual(persons("Dear Box Office,\nI bought two tickets"), []);
    assert.deepEqual(persons("For customs: Ines's Portuguese ID card"), ["Ines"]);
    assert.deepEqual(persons("Sehr geehrter Herr Ferrari, meine Nachbarin Anna Lane ruft an"), [
      "Ferrari",
      "Anna Lane",
    ]);
    assert.deepEqual(
      persons("our cat Mrs Pepper; Vessel: MSC Irina; Boot „Mira“; at Agios Ioannis beach"),
      [],
    );
    // A pet word before a salutation across a dash or comma names no pet.
    assert.deepEqual(persons("Im Haus lebt eine Katze – Herr Oyelaran hat keine Allergie."), ["Oyelaran"]);
    assert.deepEqual(persons("Dear Marina Office,\nWe have"), []);
    assert.deepEqual(persons("Dear Marina,\nthanks"), ["Marina"]);
    assert.deepEqual(
      persons("Von: Sekretariat Schiller-Gymnasium <sekretariat@example.de>\nLiebe Eltern,"),
      [],
    );
    assert.deepEqual(persons("dropped it off at the Post Office on Victoria Street."), []);
    assert.deepEqual(persons("the letting agent (Jeffrey Ross Estates) will confirm"), []);
  });

  it("takes a name set off by commas after a role, and names in a lower-case list", () => {
    assert.deepEqual(persons("The night manager, Pham Van Long, told me"), ["Pham Van Long"]);
    assert.deepEqual(persons("on behalf of my grandmother, Ada Okafor-Lee, who"), ["Ada Okafor-Lee"]);
    assert.deepEqual(persons("Schmuck meiner Großmutter, Wert ca. 2.000 €"), []);
    assert.deepEqual(persons("von meiner cousine jasmin!!"), ["jasmin"]);
    const list =
      "teilnehmer:\n- jana petersen\n- mehmet yıldız\n\nkundennummer 44710-K. mehmet ist vegetarier";
    assert.deepEqual(persons(list), ["jana petersen", "mehmet yıldız", "mehmet"]);
  });

  it("takes ranks and lower-case titles, birth asides, a role's name after 'was', and Malay particles", () => {
    assert.deepEqual(persons("PC Hollis attended (collar number 2217)"), ["Hollis"]);
    assert.deepEqual(persons("Officer on duty was rude"), []);
    assert.deepEqual(persons("könnte dr. seidel mir eine ratenzahlung anbieten"), ["seidel"]);
    assert.deepEqual(persons("bei Prof. Dr. de la Rosa aufgenommen"), ["de la Rosa"]);
    assert.deepEqual(persons("Kinder: Leyla (geb. 04.09.2015) und Deniz (geb. 19.12.2018)"), [
      "Leyla",
      "Deniz",
    ]);
    assert.deepEqual(persons("Terminal 5 (the agent was Joanne) said"), ["Joanne"]);
    assert.deepEqual(persons("Der Kunde ist König, aber der Mandant auch."), []);
    assert.deepEqual(persons("Siti Aminah binti Yusof"), ["Siti Aminah binti Yusof"]);
    assert.deepEqual(persons("the line is in my husband's name, Cathal Ó Briain."), ["Cathal Ó Briain"]);
    assert.deepEqual(persons("from my previous landlord, Mr. Ó Súilleabháin, is attached."), [
      "Ó Súilleabháin",
    ]);
    assert.deepEqual(persons("Sachbearbeiter ist KHK Rüther."), ["Rüther"]);
  });

  it("takes a double given name and a name after a friend word", () => {
    assert.deepEqual(persons("bitte nicht abbuchen.\nAnna-Lena Brückner\n0160 1234567"), [
      "Anna-Lena Brückner",
    ]);
    assert.deepEqual(persons("my mate Tawhiri can pick it up"), ["Tawhiri"]);
  });

  it("finds names in greetings and sign-offs", () => {
    assert.deepEqual(persons("Hallo Jens,\nalles klar."), ["Jens"]);
    assert.deepEqual(persons("Danke!\n\nMit freundlichen Grüßen\nAnna Schmidt"), ["Anna Schmidt"]);
    assert.deepEqual(persons("Thanks for the help.\n\nBest regards, John"), ["John"]);
    assert.deepEqual(persons("Das war's.\n\ni.A. Klaus Meier\nKundenservice"), ["Klaus Meier"]);
    assert.deepEqual(persons("Viele Grüße\nZoltán"), ["Zoltán"]);
    // A sign-off may open a line's last sentence; a thanks there says nothing of the next line.
    assert.deepEqual(persons("Move it to 4pm? Vet at 3. Thanks, Wim"), ["Wim"]);
    assert.deepEqual(persons("Bitte zurückrufen. Gruß Kowalski"), ["Kowalski"]);
    const long =
      "the last box went to my old address in Lyon, make sure this does not happen again ? Thank you.";
    assert.deepEqual(persons(`Bonjour,\n${long}\n\nMerci,\nLéa Fontaine\n06 71 48 22 90`), ["Léa Fontaine"]);
    // A title after the greeting stays outside the name, as after a salutation.
    assert.deepEqual(persons("Hallo Pfarrer Müller,\nwir kommen."), ["Müller"]);
    assert.deepEqual(persons("Dear Reverend Hughes,\nthank you."), ["Hughes"]);
  });

  it("finds names after role nouns", () => {
    assert.deepEqual(persons("unser Kunde Thomas Müller hat angerufen"), ["Thomas Müller"]);
    assert.deepEqual(persons("my colleague Sarah will call you"), ["Sarah"]);
    assert.deepEqual(persons("mein Mann Jona hat angerufen"), ["Jona"]);
  });

  it("keeps particles, hyphens, umlauts and Latin letters from other scripts", () => {
    assert.deepEqual(persons("Ansprechpartnerin: Magdalena Nowak-Berger"), ["Magdalena Nowak-Berger"]);
    assert.deepEqual(persons("Herr Łukasz Wiśniewski und Frau Ayşe Yılmaz kamen"), [
      "Łukasz Wiśniewski",
      "Ayşe Yılmaz",
    ]);
    assert.deepEqual(persons("Gestern hat Çağla Öztürk angerufen."), ["Çağla Öztürk"]);
    assert.deepEqual(persons("Hallo Frau von der Heyde,"), ["von der Heyde"]);
  });

  it("finds display names in quote headers", () => {
    assert.deepEqual(persons("Am 12.03.2024 schrieb Max Mustermann <max@example.de>:\n> Hallo"), [
      "Max Mustermann",
    ]);
    assert.deepEqual(persons('"Mustermann, Max" <max@example.de> wrote:'), ["Mustermann, Max"]);
    // Unquoted, the family name first; a given name that is also a word at a display name's end.
    assert.deepEqual(persons("um 10:14 schrieb Wiśniewska, Agnieszka <a.w@firma.de>:"), [
      "Wiśniewska, Agnieszka",
    ]);
    assert.deepEqual(persons("Von: Tran Thi Mai <mai.tran@web.de>"), ["Tran Thi Mai"]);
    assert.deepEqual(persons("Mai <mai@shop.de>"), []);
    assert.deepEqual(persons("Von: Alpenbank <info@alpenbank.ch>"), []);
    assert.deepEqual(persons("On 2 Apr 2024, Glenview Lodge Reservations <stay@glenview.ie> wrote:"), []);
    assert.deepEqual(persons("Dear Sirs,\nplease register us."), []);
    assert.deepEqual(persons("From: Reservations Hotel Casa del Mar <reservas@casadelmar.es>"), []);
    assert.deepEqual(persons("During Storm Darragh the fence fell; Hurricane Helene was worse."), []);
  });

  it("uses the names the headers give", () => {
    const text = "Ich habe mit Mustermann gesprochen, er meldet sich.";
    assert.deepEqual(persons(text), []);
    assert.deepEqual(persons(text, { knownNames: ["Max Mustermann", "max.mustermann"] }), ["Mustermann"]);
  });

  it("finds every mention of a name once it is known from context", () => {
    assert.deepEqual(persons("Sehr geehrter Herr Kowalczyk,\nwie mit Kowalczyk besprochen"), [
      "Kowalczyk",
      "Kowalczyk",
    ]);
  });

  it("does not take common words for names", () => {
    assert.deepEqual(
      persons("Ich habe im Mai frank und frei gesagt: der Kunde ist König, der Mandant auch."),
      [],
    );
    assert.deepEqual(persons("Hallo zusammen,\nliebes Kundenservice-Team, dear Sir or Madam"), []);
    assert.deepEqual(persons("Mit freundlichen Grüßen\nIhr Kundenservice"), []);
    assert.deepEqual(persons("Mit freundlichen Grüßen\nVertriebsteam TechnoTrade"), []);
    assert.deepEqual(persons("Will you send it in May? Can you check?"), []);
    assert.deepEqual(
      persons("Am 12.03.2024 um 09:12 schrieb Nordlicht Versand GmbH <service@nordlicht.de>:"),
      [],
    );
    // "Bescheid geben": the noun after a name is no family name.
    assert.deepEqual(persons("Geben Sie bitte Herrn Müller Bescheid."), ["Müller"]);
  });

  it("reads an ambiguous given name joined to a name found before as a name", () => {
    assert.deepEqual(persons("Grüße von Jana und Till, Tom & Grace"), ["Jana", "Till", "Tom", "Grace"]);
    assert.deepEqual(persons("Wir warten bis Mai und Juni."), []);
  });

  it("reads ambiguous given names as names only in context", () => {
    assert.deepEqual(persons("Hallo Frank,\nwie geht's?"), ["Frank"]);
    assert.deepEqual(persons("Frank Weber hat die Lieferung bestätigt."), ["Frank Weber"]);
    assert.deepEqual(persons("Im Mai Lieferung, im August Urlaub."), []);
  });

  it("finds initials before a family name, but not outline letters or abbreviations", () => {
    assert.deepEqual(persons("Nachricht hinterlassen: T. Hennecke, bitte zurückrufen"), ["T. Hennecke"]);
    assert.deepEqual(persons("Kind regards,\nR. J. Whitfield"), ["R. J. Whitfield"]);
    assert.deepEqual(persons("Mit freundlichen Grüßen\nK.-H. Wendeborn"), ["K.-H. Wendeborn"]);
    assert.deepEqual(persons("Lieferung bitte z. Hd. T. van der Velde."), ["T. van der Velde"]);
    assert.deepEqual(persons("Legal name: Chidubem Eze\nSSN: on file"), ["Chidubem Eze"]);
    assert.deepEqual(persons("Referral for V. Raghavendran Pillai, as discussed"), [
      "V. Raghavendran Pillai",
    ]);
    assert.deepEqual(persons("A. Allgemeines\nB. Leistungen\nC. Kosten"), []);
    assert.deepEqual(persons("Das gilt z. B. Rechnungen und Mahnungen."), []);
    assert.deepEqual(persons("Bitte Anlage C. Dokumente beilegen."), []);
  });

  it("takes a family name that opens the line before a comma and a given name", () => {
    assert.deepEqual(
      persons("In dem Rechtsstreit\n\nKamphorst, Gisela, Lindenweg 4, 35390 Gießen\n– Klägerin –"),
      ["Kamphorst, Gisela"],
    );
    assert.deepEqual(persons("Hallo, Peter,\nwie geht's?"), ["Peter"]);
  });

  it("takes whatever opens a list's line before its birth date's keyword", () => {
    assert.deepEqual(persons("Travellers:\nPrecious Adeyemi-Bello – DOB 14.03.2006 – passport on file"), [
      "Precious Adeyemi-Bello",
    ]);
    assert.deepEqual(persons("Kinder:\nWasiak, Jonas, geb. 03.02.2011"), ["Wasiak, Jonas"]);
    assert.deepEqual(persons("Security: DOB 1990-05-28, memorable word on file"), []);
  });

  it("takes initials written together, not a country's or a degree's", () => {
    assert.deepEqual(persons("Our contact is J.P. van der Linden from the board."), ["J.P. van der Linden"]);
    assert.deepEqual(persons("A.K. Yilmaz hat gestern angerufen."), ["A.K. Yilmaz"]);
    assert.deepEqual(persons("Danke fürs Stimmen!\nGruß H.-D. Wolff\nKüster"), ["H.-D. Wolff"]);
    assert.deepEqual(persons("Name: OKORO, CHIDI N\nDate of service: 11/19/2023"), ["OKORO, CHIDI N"]);
    assert.deepEqual(persons("He served 22 years in the U.S. Army, then the U.K. Border Force."), []);
    assert.deepEqual(persons("Studiengang: M.A. Kunstgeschichte\nApplication B.A. Soziologie"), []);
  });

  it("finds a name introduced as one", () => {
    assert.deepEqual(persons("the driver's name was Oyelaran and he was rude"), ["Oyelaran"]);
    assert.deepEqual(persons("meine Mutter (geb. Wendtland) hat unterschrieben"), ["Wendtland"]);
    assert.deepEqual(persons("ein Herr namens Quaschning rief an"), ["Quaschning"]);
  });

  it("takes a given name in lower case where a greeting, a close relative or the last line puts it", () => {
    assert.deepEqual(persons("hallo benedikt,\nist das Rad noch da?"), ["benedikt"]);
    assert.deepEqual(persons("My husband stefan will pick it up."), ["stefan"]);
    assert.deepEqual(persons("Versichert ist mein Mann, Tjorven Wenzlhuemer (geb. 1961)."), [
      "Tjorven Wenzlhuemer",
    ]);
    assert.deepEqual(persons("mein Mann, der sich auskennt, ruft an"), []);
    assert.deepEqual(persons("see you saturday\n\nthanks,\nmiriam"), ["miriam"]);
    assert.deepEqual(persons("hallo zusammen,\nich bin ab morgen da.\n\nbis dann"), []);
  });

  it("takes a lower-case family name after a lower-case name, and a known name after a lower-case salutation", () => {
    assert.deepEqual(persons("mein vater heinz-dieter brandt ist 84"), ["heinz-dieter brandt"]);
    assert.deepEqual(persons("für meine mutter frau gertrud kessler, sie wohnt"), ["gertrud kessler"]);
    assert.deepEqual(persons("grüße heinz brandt"), ["heinz brandt"]);
    assert.deepEqual(persons("die frau hat gesagt, der herr kommt morgen"), []);
  });

  it("reads a voicemail's lower-case introduction, fillers, particles and a closing dash", () => {
    assert.deepEqual(persons("ja hallo hier ist äh gerlinde brandt ich wollte"), ["gerlinde brandt"]);
    assert.deepEqual(persons("guten tag hier spricht waltraud nowicki"), ["waltraud nowicki"]);
    assert.deepEqual(persons("hi its sean o connell again"), ["sean o connell"]);
    assert.deepEqual(persons("hi this is joost van der meer"), ["joost van der meer"]);
    assert.deepEqual(persons("hier ist anna da bin ich"), ["anna"]);
    assert.deepEqual(persons("passt so, danke\n– karim"), ["karim"]);
  });

  it("knows a listed name written with marks the list leaves out", () => {
    assert.deepEqual(persons("- Yūko Itō (Faculty of Law)"), ["Yūko Itō"]);
    assert.deepEqual(persons("Thanks,\nJoy dela Rosa"), ["Joy dela Rosa"]);
    // A greeting in another language is no name, with or without its marks.
    assert.deepEqual(persons("Olá / Guten Tag,\nich bin"), []);
  });

  it("keeps no given name that is also a word never used as a name", () => {
    assert.deepEqual(
      [...GIVEN].filter((name) => NOT_NAMES.has(name)),
      [],
    );
    assert.deepEqual(persons("Mine is broken. Mine Yılmaz hat angerufen."), ["Mine Yılmaz"]);
  });

  it("knows given names of many origins without any cue", () => {
    assert.deepEqual(persons("Kwabena brought the parcel back yesterday."), ["Kwabena"]);
    assert.deepEqual(persons("Bitte an Thandeka und Siobhán weitergeben."), ["Thandeka", "Siobhán"]);
    assert.deepEqual(persons("Marijke und Sigrún kommen, Vihaan bleibt."), ["Marijke", "Sigrún", "Vihaan"]);
    // The family name first, as Chinese and Vietnamese names are written; a role noun is no family name.
    assert.deepEqual(persons("3. Chen Jiayi – Finance\n4. Nguyễn Thị Thu Hà – Einkauf"), [
      "Chen Jiayi",
      "Nguyễn Thị Thu Hà",
    ]);
    assert.deepEqual(persons("mein Mann Daniel Schmitt unterschreibt"), ["Daniel Schmitt"]);
    assert.deepEqual(persons("Vor Ort ist Polier Rüdiger Hahn.\n2. HOANG Minh Duc, born 30.10.1981"), [
      "Rüdiger Hahn",
      "HOANG Minh Duc",
    ]);
    // Booking style without an honorific: the part after the slash is a known given name.
    assert.deepEqual(persons('Auf dem Ticket steht "SADEGHI/BABAK", im Pass SADEGHI/BABAK.'), [
      "SADEGHI/BABAK",
      "SADEGHI/BABAK",
    ]);
    assert.deepEqual(persons("Abbuchung APPLE.COM/BILL, TCP/IP"), []);
    assert.deepEqual(persons("hallo hier ist mehmet yildirim ich wollte fragen"), ["mehmet yildirim"]);
    assert.deepEqual(persons("Teilnehmer: Brecht, Ulf; Brecht, Sylke\nGast: TRAN Thi Mai"), [
      "Brecht, Ulf",
      "Brecht, Sylke",
      "TRAN Thi Mai",
    ]);
    // Sahel, Horn of Africa, Caucasus.
    assert.deepEqual(persons("Gestern rief Amadou Diallo an, danach Tigist Bekele und Giorgi Beridze."), [
      "Amadou Diallo",
      "Tigist Bekele",
      "Giorgi Beridze",
    ]);
  });

  it("joins a longer reading of a name with the part found before", () => {
    assert.deepEqual(
      persons("the policy is in the name of Dagoberto Rollo.\n\nWarm regards,\nDagoberto Rollo"),
      ["Dagoberto Rollo", "Dagoberto Rollo"],
    );
  });

  it("reads a known surname with other words before a legal form as a company, a known full name as a person", () => {
    const known = { knownNames: ["Urs Bühlmann", "Anna Schwertfeger"] };
    assert.deepEqual(
      persons("Bitte künftig an Bühlmann Haustechnik AG, Buchhaltung.\n\nGruss\nUrs Bühlmann", known),
      ["Urs Bühlmann"],
    );
    assert.deepEqual(persons("Rechnung an Anna Schwertfeger GmbH, danke.", known), ["Anna Schwertfeger"]);
    assert.deepEqual(persons("Our supplier is Mazur Consulting Sp. z o.o. in Kraków."), []);
    // A name after a trade, or one of two joined by "&" before a company word, is a firm's.
    assert.deepEqual(persons("Gruß\nIngrid Haberland\nHausverwaltung Haberland"), ["Ingrid Haberland"]);
    assert.deepEqual(
      persons("Der Monteur von Heizungsbau Keller war da. Zahlung an Hollis & Price Ltd."),
      [],
    );
    assert.deepEqual(persons("Grüße, Anna & Peter Schmidt"), ["Anna", "Peter Schmidt"]);
    assert.deepEqual(persons("Kind regards\nSandra Voigt\nMöbelwerk Voigt GmbH & Co. KG"), ["Sandra Voigt"]);
    assert.deepEqual(persons("Im Krankenhaus Anna Müller besucht"), ["Anna Müller"]);
    // A known surname alone before a trade is the trade's firm; before a legal form, the person's own.
    assert.deepEqual(persons("Gruß\nT. Kühnel\nKühnel Haustechnik GmbH & Co. KG"), ["T. Kühnel"]);
    assert.deepEqual(persons("Rechnung an Schwertfeger GmbH, danke.", known), ["Schwertfeger"]);
    assert.deepEqual(persons("Dear Practice Manager, my son starts at Lincoln Elementary."), []);
  });

  it("reads a family name before a dotted legal form, after a trade or before a business compound as a firm's", () => {
    assert.deepEqual(persons("Saluti,\nElena Carraro\nCarraro Valvole S.r.l.\nVia Roma 3"), [
      "Elena Carraro",
    ]);
    assert.deepEqual(persons("Best regards\nJens Holmgaard\nHolmgaard Pallets A/S"), ["Jens Holmgaard"]);
    assert.deepEqual(persons("Gruß\nBirgit Lütke\nSpedition Lütke GmbH"), ["Birgit Lütke"]);
    assert.deepEqual(persons("Gruß\nUwe Janssen\n\nJanssen Kältetechnik\nAm Deich 4"), ["Uwe Janssen"]);
    // An initial before a name is still a name's.
    assert.deepEqual(persons("Viele Grüße\nS. Carraro"), ["S. Carraro"]);
  });

  it("ends a name at the particle where a firm's name follows it", () => {
    assert.deepEqual(
      persons("Guten Tag, hier ist Silke Brandes von Hollmann Haustechnik, es geht um Ihr Angebot."),
      ["Silke Brandes"],
    );
    assert.deepEqual(persons("Herr Brandtner von Becker Tanrıverdi & Partner hat angerufen."), ["Brandtner"]);
    // One word before the particle is a firm's part: "Van der Linde Techniek B.V.".
    assert.deepEqual(persons("Our supplier Van der Meulen Verpakkingen B.V. has moved."), []);
  });

  it("reads a label in a footer's field after a spaced middle dot as at a line's start", () => {
    const footer = "Sitz Quernheim · HRB 40217 · Geschäftsführung: Hinnerk Brakelmann\nUSt-IdNr. folgt";
    assert.deepEqual(persons(footer), ["Hinnerk Brakelmann"]);
  });

  it("knows a German name as a system writes it without umlauts", () => {
    assert.deepEqual(persons("Hallo GUENTHER ROSEMEYER,\n\nwir haben Sie heute nicht angetroffen."), [
      "GUENTHER ROSEMEYER",
    ]);
  });

  it("takes a name after a church's role", () => {
    assert.deepEqual(persons("Kantorin Schäfer bittet darum, den Flügel zu stimmen."), ["Schäfer"]);
  });

  it("takes a name after a military rank", () => {
    assert.deepEqual(persons("A friend of mine, SGT Quabeck, drops it off on Saturday."), ["Quabeck"]);
  });

  it("knows English short given names", () => {
    assert.deepEqual(persons("Just checking on Robbie's order again."), ["Robbie"]);
  });

  it("takes a known family name joined by 'und' to a name found before it, not a word or a firm's partner", () => {
    assert.deepEqual(persons("Bitte die Arbeiten für Pat. Quenstedt und Nieminen getrennt abrechnen."), [
      "Quenstedt",
      "Nieminen",
    ]);
    assert.deepEqual(persons("Frau Quenstedt und Tochter kommen um drei."), ["Quenstedt"]);
  });

  it("takes a family in the plural after 'the', not a thing named after one", () => {
    assert.deepEqual(persons("The old house (the new owners are the Blackwoods) still has a well."), [
      "Blackwoods",
    ]);
    assert.deepEqual(persons("I paid from the Blackwoods account last week."), []);
  });
});
