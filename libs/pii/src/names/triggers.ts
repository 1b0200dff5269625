import { L, LU } from "../chars.js";

// Phrases after (or before) which a person's name is expected. Each is found through its first
// word (a Set lookup per token) and confirmed by a sticky regex at that token, so no trigger
// costs a scan of the whole text.

/**
 * Case-sensitive: "frau" in lower case is a noun, "Frau" before a capitalized word a salutation;
 * the short forms are typed in lower case too ("meine nachbarin fr. Adeyemi", "mrs Okafor").
 */
export const SALUTATION_WORDS = new Set([
  "fr",
  "hr",
  "mr",
  "mrs",
  "ms",
  "Herr",
  "Herrn",
  "Frau",
  "Fr",
  "Hr",
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Mister",
  "mister",
  "Mx",
  "Monsieur",
  "Madame",
  "Mme",
  "Signora",
  "Signor",
  "Señora",
  "Señor",
  "Sra",
  "Sr",
  "Doña",
  "Dña",
  "Pani",
  "Pan",
  "Bay",
  "Bayan",
  "Fam",
  "Familie",
  "Smt",
  "Shri",
  "Shrimati",
  // Filipino, Indian and Nigerian English put them before family names: "Sir Brandt", "Ma'am Oyelaran".
  "Sir",
  "Madam",
  "Maam",
  "Ma'am",
  "Ma’am",
  // West African honorifics of those who made the pilgrimage: "Alhaji Issah Seidu", "Hajia Ramatu".
  "Alhaji",
  "Alhaja",
  "Hajia",
  "Hajiya",
  // Dutch: "mevr. Jansen", "dhr. De Vries", "Mw. Bakker".
  "Mevr",
  "mevr",
  "Mevrouw",
  "mevrouw",
  "Dhr",
  "dhr",
  "Mw",
]);
export const SALUTATION_ONLY =
  /^(?:Herrn?|Frau|Fr|Hr|Mr|Mrs|Ms|Miss|Mister|Mx|Monsieur|Madame|Mme|Signora|Signor|Señora|Señor|Sra|Sr|Pani|Pan|Bay|Bayan|Fam|Familie|Smt|Shri|Shrimati|Sir|Madam|Maam|Ma['’]am|Alhaji|Alhaja|Hajia|Hajiya|Mevr|Mevrouw|Dhr|Mw)$/u;
export const TITLE_WORDS = new Set([
  "Dr",
  "Prof",
  "Dres",
  "Doktor",
  "Doctor",
  // Police, armed forces and clergy put a rank before the family name: "PC Hayes", "Sgt Miller".
  "PC",
  "DC",
  "DS",
  "DI",
  "Sgt",
  "SGT",
  "Cpl",
  "CPL",
  "Corporal",
  "Pte",
  "Lieutenant",
  "Sergeant",
  "Inspector",
  "Constable",
  // A ticket system's "Notiz von Agent Yilmaz".
  "Agent",
  // A German lawyer's: "Herrn RA Dr. Weidmann", "Frau RAin Kessler".
  "RA",
  "RAin",
  "Agentin",
  "Officer",
  "Detective",
  "Capt",
  "Captain",
  "Rev",
  "Reverend",
  "Pastor",
  "Pfarrer",
  "Pfarrerin",
  "Pfr",
  "Pfrin",
  "Diakon",
  "Diakonin",
  "Pastorin",
  "Kaplan",
  "Vikar",
  "Vikarin",
  "Pater",
  "Father",
  // A monastery's: "Br. Anselm", "Priorin Scholastika". (Not "Abt": "Abt." is a department.)
  "Br",
  "Frater",
  "Äbtissin",
  "Abbess",
  "Abbot",
  "Prior",
  "Priorin",
  // Dutch: "pastoor Van Dijk", "dominee Hoekstra".
  "Pastoor",
  "pastoor",
  "Dominee",
  "dominee",
  "Dekan",
  "Dekanin",
  "Rabbi",
  // "Rabbiner Lewinsky", "Chasan Rosenfeld": a community's rabbi and cantor.
  "Rabbiner",
  "Rabbinerin",
  "Chasan",
  "Imam",
  "Bischof",
  "Bishop",
  // Courts: "District Judge Amadi", "Richterin Behrendt".
  "Judge",
  "Richter",
  "Richterin",
  "Kommissar",
  "Kommissarin",
  "Polizeimeister",
  "Polizeiobermeister",
  "Polizeihauptmeister",
  "KHK",
  "EKHK",
  "KOK",
  "KK",
  "POK",
  "PHK",
  "POM",
  "PHM",
]);
/**
 * Words before a family name only with their dot: Austria's degrees ("Mag. Wallner", "Ing. Huber"),
 * a lab's patient ("Pat. Wiegand") and a Dutch minister ("Ds. Hoekstra").
 */
export const DOTTED_TITLE_WORDS = new Set(["Mag", "Ing", "Pat", "Ds"]);
/** Titles as mails written in lower case spell them: "könnte dr. seidel". */
export const LOWER_CASE_TITLES = new Set(["dr", "prof"]);

const GREETINGS = `hallo|hi|hey|hello|hiya|dear|liebe|lieber|liebes|moin(?: moin)?|servus|guten (?:tag|morgen|abend)|(?:good )?(?:morning|afternoon|evening)|grüß gott|grüezi|hoi|salut|ciao|sehr geehrte[rs]?|geehrte[rs]?|werte[rs]?`;
export const GREETING_FIRST = new Set([
  "hallo",
  "hi",
  "hey",
  "hello",
  "hiya",
  "dear",
  "liebe",
  "lieber",
  "liebes",
  "moin",
  "servus",
  "guten",
  "good",
  "morning",
  "afternoon",
  "evening",
  "grüß",
  "grüezi",
  "hoi",
  "salut",
  "ciao",
  "sehr",
  "geehrte",
  "geehrter",
  "geehrtes",
  "werte",
  "werter",
  "wertes",
]);
export const GREETING_AT = new RegExp(String.raw`(?:${GREETINGS})[ \t,]+(?=[${LU}])`, "iuy");

const SIGNOFF_PHRASES = [
  `mit (?:freundlichen|besten|herzlichen|lieben|kollegialen|sonnigen|vielen|freundlichem|bestem|herzlichem) (?:grüßen|grüssen|gruessen|gruß|gruss)`,
  `(?:freundliche|viele|beste|liebe|herzliche|sonnige|schöne|nette|allerbeste|ganz liebe|viele liebe|viele herzliche) (?:grüße|grüsse|gruesse)`,
  `(?:besten|herzlichen|lieben|freundlichen|schönen|bester|vielen) (?:gruß|gruss)`,
  `gruß|grüße|gruss|grüsse|mfg|lg|vg|bg|hochachtungsvoll|tschüss|tschüs|bis bald|freundlichst|herzlichst`,
  // Who signs for an office: "Im Auftrag\nLechner", "Auf Anordnung\nHessler, Justizbeschäftigte".
  `im auftrag|auf anordnung|in vertretung`,
  // Nordic and Dutch closings: "Med venlig hilsen", "Med vänliga hälsningar", "Kveðja", "Met vriendelijke groet".
  `med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|ystävällisin terveisin|terveisin|kveðja|bestu kveðjur|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groetjes|hartelijke groet(?:en)?|mvg`,
  // Closings of customers from further away: Tagalog, Malay and Indonesian, Swahili, Hindi, Arabic.
  // "Asante" alone is a family name too; "po" is Tagalog's polite word.
  `(?:maraming )?salamat(?: po)?|terima kasih|asante sana|dhanyavaad|shukran|wassalam`,
  // A parish's or a believer's closing: "With thanks and God bless", "Mit Gottes Segen".
  `god bless(?: you)?|(?:many |every )?blessings|yours in christ|(?:mit )?gottes segen|gott befohlen|segensgrüße|mit segensgrüßen`,
  `danke(?: schön| sehr| ihnen| dir| euch)?|dankeschön|vielen dank|herzlichen dank|besten dank|danke und gruß|danke und grüße`,
  `(?:best|kind|warm|warmest|kindest|many|with kind|with best|with warm|with many) regards|regards|best wishes|all the best|best|cheers|thanks|thank you|many thanks|thanks again|thanks in advance|thanks so much|sincerely|yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|take care|ciao|thanking you|thanks a mil(?:lion)?|rgds|kind wishes|warm wishes|ta`,
].join("|");
const SIGNOFF_TAIL = String.raw`(?:[ \t]+(?:aus|from|vom|von|nach|in)[ \t]+[${L}][${L}. -]{1,30}?)?[ \t]*[,.!]*[ \t]*`;
/** A whole line that is a sign-off (the name follows on the next line): "Mit freundlichen Grüßen". */
export const SIGNOFF_WHOLE_LINE = new RegExp(
  String.raw`^[ \t>]*(?:--|(?:${SIGNOFF_PHRASES})${SIGNOFF_TAIL})$`,
  "iu",
);
/** A line that ends in a sign-off: "Vielen Dank im Voraus und viele Grüße". Tested on a line's last characters. */
export const SIGNOFF_LINE_END = new RegExp(`(?:^|[^${L}])(?:${SIGNOFF_PHRASES})${SIGNOFF_TAIL}$`, "iu");
/** A sign-off opening a line with the name after it: "Gruß Max", "Best regards, John". */
export const SIGNOFF_INLINE = new RegExp(
  String.raw`^[ \t>]*(?:${SIGNOFF_PHRASES})[ \t]*[,:;.!-]?[ \t]+`,
  "iu",
);

const RELATIVES = `grandmother grandfather grandma grandpa granny nan mum mom dad mam mummy daddy aunt auntie uncle cousin niece nephew godmother
  godfather stepmother stepfather stepson stepdaughter fiancé fiancée girlfriend boyfriend Oma Opa Großmutter
  Großvater Tante Onkel Cousin Cousine Nichte Neffe Schwiegermutter Schwiegervater Schwiegersohn Schwiegertochter
  Patentante Patenonkel Verlobte Verlobter grandad granddad gran grandmum great-grandmother great-grandfather
  great-grandma great-grandpa great-grandad great-granddad great-aunt great-uncle Urgroßmutter Urgroßvater Uroma
  Uropa Großtante Großonkel Urenkel Urenkelin nonna nonno Nonna Nonno`;
/** Role nouns, by exact spelling: German capitalized, English lower case ("Partner" in a company name opens nothing). */
export const ROLE_WORDS = new Set(
  `Kunde Kunden Kundin Mandant Mandantin Mandanten Kollege Kollegin Kollegen Mitarbeiter Mitarbeiterin Mitarbeiters
  Ansprechpartner Ansprechpartnerin Sachbearbeiter Sachbearbeiterin Vermieter Vermieterin Mieter Mieterin Patient
  Patientin Versicherungsnehmer Versicherungsnehmerin Inhaber Inhaberin Kontoinhaber Kontoinhaberin Vertragspartner
  Vertragspartnerin Ehemann Ehefrau Mann Sohn Tochter Vater Mutter Bruder Schwester Nachbar Nachbarin Chef Chefin
  Geschäftsführer Geschäftsführerin Techniker Technikerin Monteur Monteurin Fahrer Fahrerin Berater Beraterin Betreuer
  Betreuerin Azubi Praktikant Praktikantin Lebensgefährte Lebensgefährtin Partner Partnerin Enkel Enkelin Freund
  Freundin Gatte Gattin Anwalt Anwältin Rechtsanwalt Rechtsanwältin Notar Notarin Arzt Ärztin Hausarzt Hausärztin
  Zeuge Zeugin Erbe Erbin Empfänger Empfängerin Antragsteller Antragstellerin Teilnehmer Teilnehmerin Bewohner
  Bewohnerin Eigentümer Eigentümerin Verstorbene Verstorbenen Verstorbener Vorgesetzte Vorgesetzter Vorgesetzten
  Kundenberater Kundenberaterin Handwerker Handwerkerin Subunternehmer Subunternehmerin Paketbote Zusteller Zustellerin Hausmeister Hausmeisterin
  Verwalter Verwalterin Schüler Schülerin Student Studentin Stiefsohn Stieftochter Gutachter Gutachterin
  Kantor Kantorin Küster Küsterin Organist Organistin Pfarrer Pfarrerin Diakon Diakonin
  Polier Polierin Bauleiter Bauleiterin Vorarbeiter Vorarbeiterin Disponent Disponentin Kranführer Kranfahrer
  Schuldner Schuldnerin Schuldners Gläubiger Gläubigerin Gläubigers
  Mitteiler Mitteilerin Melder Melderin Anzeigeerstatter Anzeigeerstatterin Halter Halterin
  Kind Pflegekind Pflegefamilie Pflegemutter Pflegevater Pflegeeltern
  Vormieter Vormieterin Nachmieter Nachmieterin Altmieter Altmieterin Untermieter Untermieterin Bauherr Bauherrin
  customer client colleague co-worker coworker manager boss partner wife husband son daughter father mother brother
  sister friend neighbor neighbour tenant landlord landlady technician engineer driver courier agent advisor adviser
  consultant representative assistant lawyer attorney doctor patient policyholder cardholder owner applicant employee
  supervisor teammate intern guest passenger caller rep associate accountant secretary adjuster builder plumber
  electrician contractor subcontractor caretaker carer nurse receptionist guard concierge porter janitor cleaner solicitor mate
  buddy pal flatmate roommate housemate coach trainer
  therapist mechanic dentist tutor teacher Trainer Trainerin Lehrer Lehrerin Kumpel Spezl Mechaniker Mechanikerin Zahnarzt
  Zahnärztin Therapeut Therapeutin Physiotherapeut Physiotherapeutin Pfleger Pflegerin admin administrator author
  Autor Autorin illustrator Illustratorin Eheleute Ehepaar Nachbarn gardener Gast
  ${RELATIVES}`.split(/\s+/),
);
/** Roles after which one unknown capitalized word is a name when a possessive precedes: "mein Mann Jona". */
export const CLOSE_ROLE_WORDS = new Set(
  `Mann Ehemann Ehefrau Gatte Gattin Sohn Tochter Vater Mutter Bruder Schwester Partner Partnerin Freund Freundin
  Lebensgefährte Lebensgefährtin Enkel Enkelin Kollege Kollegin Kunde Kundin Mandant Mandantin Chef Chefin Nachbar
  Nachbarin Mitarbeiter Mitarbeiterin Ansprechpartner Ansprechpartnerin husband wife son daughter father mother brother
  sister partner friend colleague boss neighbor neighbour grandson granddaughter customer client manager assistant
  mate buddy pal flatmate roommate housemate Kumpel Spezl ${RELATIVES}`.split(/\s+/),
);
/** Roles that are adjectives or verbs in lower case: "meiner verstorbenen Mutter", "ich erbe". */
const ADJECTIVE_OR_VERB_ROLES = /^(?:Verstorbene[nr]?|Vorgesetzte[nr]?|Erbe|Zeuge)$/;
/**
 * German role nouns as notes typed in lower case spell them: "polier Brzezinski hat
 * unterschrieben". A capital after one is the writer's only capital, so a name's.
 */
export const LOWER_CASE_ROLES = new Set(
  [...ROLE_WORDS]
    .filter((word) => /^\p{Lu}/u.test(word) && !ADJECTIVE_OR_VERB_ROLES.test(word))
    .map((word) => word.toLowerCase()),
);
/** German close roles as mails written all in lower case spell them: "mein freund kevin". */
export const LOWER_CASE_CLOSE_ROLES = new Set(
  [...CLOSE_ROLE_WORDS].filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.toLowerCase()),
);
export const POSSESSIVES = new Set(
  "mein meine meinem meinen meiner unser unsere unserem unseren unserer dein deine deinem deinen ihr ihre ihrem ihren euer eure sein seine seinem seinen seiner my our your his her their".split(
    " ",
  ),
);
/** Two-word roles, confirmed at their first word. */
export const ROLE_PHRASE_AT = /(?:account holder|contact person|team lead)[ \t]+/iy;

const LABELS = String.raw`name|legal name|registered name|guest name|passenger name|tenant name|patient name|geschäftsführer(?:in)?|geschäftsführung|vorstand|vorstandsvorsitzende[r]?|aufsichtsratsvorsitzende[r]?|ceo|managing director|director|prokurist(?:in)?|vorname|vorn\.|nachname|familienname|vor- und nachname|vor- und zuname|kontoinhaber(?:in)?|karteninhaber(?:in)?|ansprechpartner(?:in)?|absender(?:in)?|empfänger(?:in)?|versicherungsnehmer(?:in)?|versicherte[r]?|patient(?:in)?|mieter(?:in)?|vermieter(?:in)?|fahrer(?:in)?|inhaber(?:in)?|antragsteller(?:in)?|besteller(?:in)?|auftraggeber(?:in)?|rechnungsempfänger(?:in)?|lieferempfänger(?:in)?|bearbeiter(?:in)?|sachbearbeiter(?:in)?|unterzeichner(?:in)?|geschädigte[r]?|verstorbene[r]?|zeuge|zeugin|ehepartner(?:in)?|kunde|kundin|von|an|cc|kopie|from|to|sender|recipient|contact|contact person|contact on site|account holder|account name|cardholder|card holder|holder|name on card|eigentümer(?:in)?|owner|full name|first name|last name|given names?|family name|surname|father['’]s name|mother['’]s name|signature|unterschrift|maiden name|birth name|geburtsname|customer name|customer|client|bill to|ship to|deliver to|attn\.?|attention|reported by|requested by|created by|assigned to|debtor|schuldner(?:in)?|claimant|applicant|defendant|respondent|kläger(?:in)?|beklagte[r]?|bearbeitet von|erstellt von|gemeldet von|emergency contact|notfallkontakt|next of kin|referee|vatersname|mädchenname|patronymic|soyad[ıi]|ad[ıi]|(?:baba|ana|anne) ad[ıi]|önceki soyad[ıi]|nazwisko(?: rodowe)?|imi[eę](?: \(imiona\))?|imiona|cognome|nome|conducente|nombre|apellidos?|anrufer(?:in)?|leitung|mitteiler(?:in)?|melder(?:in)?|anzeigeerstatter(?:in)?|hinweisgeber(?:in)?|student|schüler(?:in)?|pupil|numele|prenumele|nume|prenume|sahibi|(?:primer|segundo) apellido|họ, chữ đệm, tên(?: người (?:mẹ|cha))?|họ và tên`;
/** A form label or mail header field with a colon; it must open its line (checked in code). */
/**
 * "Name:", and a printed form's "Surname ........ OKAFOR", "Name, Vorname ..... Hadžić, Adnan":
 * a label, maybe two joined by a comma or a slash, then a colon or a dotted leader.
 */
export const LABEL_AT = new RegExp(
  String.raw`(?:${LABELS})(?:[ \t]*[,/][ \t]*(?:${LABELS}))?[ \t]*(?::|\.{3,}[ \t]*:?)[ \t]*(?=[${LU}"])`,
  "iuy",
);
/**
 * A card's holder needs no colon, even mid-line: "Expiry 09/27, name on card SOFIA ALVAREZ RUIZ",
 * "exp 09/26 name T ADELEKE", "acc 41238876, name R J Kingsley".
 * A name in capitals or two capitalized words must follow ("Cardholder Dispute" is a reason).
 */
export const CARD_HOLDER_AT =
  /(?:[Nn]ame on (?:the )?(?:card|account)|[Aa]cc(?:ount|t|\.)? name|[Cc]ard ?holder|[Kk]arteninhaber(?:in)?|(?<=(?:(?:exp(?:iry|ires)?|valid(?: thru| until)?|gültig bis)\.?[ \t:]*\d{2}[/.-]\d{2,4}|(?:acc(?:ount)?|a\/c|konto)\.?[ \t:#]*(?:no\.?|nr\.?|number)?[ \t:#]*\d{6,10})[ \t,]+)[Nn]ame):?[ \t]+(?=\p{Lu}\p{Lu}|\p{Lu}\p{Ll}+[ \t]\p{Lu}|\p{Lu}\.?[ \t]\p{Lu})/uy;
export const LABEL_FIRST = new Set(
  `vatersname mädchenname patronymic soyadı soyadi adı adi baba ana anne önceki nazwisko imię imie imiona cognome
  nome conducente nombre apellido apellidos primer segundo họ anrufer anruferin leitung mitteiler mitteilerin melder melderin
  anzeigeerstatter anzeigeerstatterin hinweisgeber hinweisgeberin student schüler schülerin pupil numele prenumele nume prenume sahibi
  debtor schuldner schuldnerin claimant applicant defendant respondent kläger klägerin beklagte beklagter
  name geschäftsführer geschäftsführerin geschäftsführung vorstand vorstandsvorsitzende vorstandsvorsitzender
  aufsichtsratsvorsitzende aufsichtsratsvorsitzender ceo managing director prokurist prokuristin vorname nachname
  familienname vor kontoinhaber kontoinhaberin karteninhaber karteninhaberin ansprechpartner ansprechpartnerin absender
  absenderin empfänger empfängerin versicherungsnehmer versicherungsnehmerin versicherte versicherter patient patientin
  mieter mieterin vermieter vermieterin fahrer fahrerin inhaber inhaberin antragsteller antragstellerin besteller
  bestellerin auftraggeber auftraggeberin rechnungsempfänger rechnungsempfängerin lieferempfänger lieferempfängerin
  bearbeiter bearbeiterin sachbearbeiter sachbearbeiterin unterzeichner unterzeichnerin geschädigte geschädigter
  verstorbene verstorbener zeuge zeugin ehepartner ehepartnerin kunde kundin von an cc kopie from to sender recipient
  contact account cardholder card full first last given family surname customer client bill ship deliver attn attention
  reported requested created assigned bearbeitet erstellt gemeldet legal registered guest passenger tenant father's
  father’s father mother's mother’s mother maiden birth geburtsname eigentümer eigentümerin owner emergency
  notfallkontakt next referee holder signature unterschrift`.split(/\s+/),
);
/** First words of sign-off phrases, to find candidate lines cheaply. */
export const SIGNOFF_FIRST = new Set(
  `mit freundliche viele beste liebe herzliche sonnige schöne nette allerbeste ganz besten herzlichen lieben
  freundlichen schönen bester vielen gruß grüße gruss grüsse mfg lg vg bg hochachtungsvoll tschüss tschüs bis
  freundlichst herzlichst danke dankeschön best kind warm warmest kindest many with regards all cheers thanks thank
  sincerely yours respectfully take ciao thanking rgds ta im auf in med venlig vennlig vänliga hälsningar mvh
  ystävällisin terveisin kveðja bestu met vriendelijke groetjes hartelijke mvg maraming salamat terima asante
  dhanyavaad shukran wassalam god blessings every gottes gott segensgrüße`.split(/\s+/),
);
/** Last words of sign-off phrases. */
export const SIGNOFF_LAST = new Set(
  `grüßen grüssen gruessen gruß gruss grüße grüsse gruesse mfg lg vg bg hochachtungsvoll tschüss tschüs bald
  freundlichst herzlichst danke schön sehr ihnen dir euch dankeschön dank regards wishes best cheers thanks you
  again advance much sincerely faithfully truly respectfully care ciao mil million rgds ta hilsen hälsningar mvh
  terveisin kveðja kveðjur groet groeten groetjes mvg salamat po kasih sana dhanyavaad shukran wassalam bless
  blessings christ segen befohlen segensgrüße segensgrüßen`.split(/\s+/),
);

/**
 * Signature and addressing abbreviations before a name without a colon: "i.A.", "z. Hd.", "Attn",
 * "Signed:"; the doorbell's name in a pick-up address ("Klingel Schulte"), the host of a guest
 * ("c/o Schäfer").
 */
export const BY_PROXY_AT =
  /(?:z\.[ \u00a0]?Hd\.?(?:[ \u00a0]v\.)?|zu Händen(?: von)?|Attn\.?:?|i\.[ \u00a0]?A\.|i\.[ \u00a0]?V\.|ppa\.|gez\.|[Ss]igned:|p\.p\.|per pro|t\.[ \u00a0]?n\.[ \u00a0]?v\.|Klingel(?:schild)?:?|[Dd]oorbell:?|c\/o)[ \t]*/uy;
// "t.n.v." (Dutch "ten name van"): the holder of the account above.
export const BY_PROXY_FIRST = new Set([
  "z",
  "zu",
  "attn",
  "i",
  "ppa",
  "gez",
  "signed",
  "p",
  "per",
  "t",
  "klingel",
  "klingelschild",
  "doorbell",
]);

/** "schrieb"/"wrote" in quote headers; the name stands before or after it. */
export const WROTE_WORDS = new Set(["schrieb", "schreibt", "geschrieben", "wrote", "writes"]);
/** An address in angle brackets; the display name stands right before it. */
export const ANGLE_ADDRESS = /<[^<>\s@]{1,64}@[^<>\s]{1,255}>/g;
/** A quoted display name ("Mustermann, Max" <…>). */
export const QUOTED_DISPLAY_NAME = /"([^"\n<>]{2,80})"[ \t]*</g;

/** Every lowercase word that may open one of the token-triggered rules: one Set lookup per token. */
export const TRIGGER_LOWERS: ReadonlySet<string> = new Set([
  ...[...SALUTATION_WORDS, ...TITLE_WORDS, ...DOTTED_TITLE_WORDS, ...ROLE_WORDS].map((word) =>
    word.toLowerCase(),
  ),
  ...LABEL_FIRST,
  ...BY_PROXY_FIRST,
  ...GREETING_FIRST,
  "account",
  "acc",
  "acct",
  "contact",
  "team",
]);
