// Capitalized words that are never part of a person's name in a mail: German nouns and sentence
// starters, English function words, greetings, roles, company forms, calendar words, big cities.
// Lowercase; compared against the lowercased token.
/** The biggest towns of Germany, Austria and Switzerland, lower case: no names, and towns where typed. */
export const BIG_CITIES_TEXT = `berlin hamburg münchen köln frankfurt stuttgart düsseldorf dortmund
essen leipzig bremen dresden hannover nürnberg duisburg bochum wuppertal bielefeld bonn münster karlsruhe
mannheim augsburg wiesbaden mainz kiel lübeck rostock freiburg heidelberg potsdam erfurt magdeburg halle
kassel wien graz linz salzburg innsbruck zürich basel bern genf luzern`;

export const NOT_NAMES_TEXT = `
i've i'm i'd i'll händler haendler komma fa schlüssel praxis tel
zettel schaden hausrat international personal vietnamese chinese japanese portuguese turkish polish ukrainian
russian romanian bulgarian croatian serbian albanian arabic syrian afghan iranian persian kurdish somali eritrean
ethiopian nigerian italian spanish greek hungarian czech slovak dutch
provider providers direktion heilmittel bayern dispo rotwein weißwein
osb ofm osf ocso ocist cssr sdb gastmeister gastpater guestmaster priorin äbtissin abbess abbot abtei abbey
kloster klosterladen gästehaus sister mitschwestern mitbrüder schwestern brüder
trauzeuge trauzeugin trauzeugen dolmetscher dolmetscherin übersetzer übersetzerin assistenz kundennr kdnr
ich du er sie es wir ihr ihnen ihre ihren ihrem ihrer ihres mein meine meinen meinem meiner meines unser
unsere unseren unserem unserer unseres euer eure dein deine der die das den dem des ein eine einen einem
einer eines und oder aber doch denn weil dass daß wenn als wie wo was wer warum wieso weshalb welche welcher
welches bitte danke dank vielen vielmals herzlichen herzlich gruß grüße grüßen gruss grüsse gruesse freundliche
freundlichen freundlichem beste besten bester liebe lieber liebes lieben viele hallo hi hey moin servus guten
gute tag morgen abend nacht mittag olá ngā leistungen privatliquidation stellungnahme klinikum medizin social zufall personalbetreuung screening sigma sehr geehrte geehrter geehrtes geehrten damen herren herr herrn frau
mama papa mutti vati voicemail voicebox mobilbox sprachbox mailbox telefonsystem telefonanlage depot chef kiosk dispatch
rechtsanwalt rechtsanwältin lanka filiale mitgl familie ticketsystem chào viết saygılarımızla saygılarımla
fräulein kunde kundin kunden kundinnen mandant mandantin mandanten kollege kollegin kollegen kolleginnen team
teams support service kundenservice kundendienst kundenbetreuung kundencenter servicecenter servicestelle
serviceteam supportteam abteilung buchhaltung vertrieb verwaltung geschäftsleitung geschäftsführung personalabteilung
einkauf beschaffung lohnbuchhaltung personalwesen empfang sekretariat poststelle payroll purchasing procurement
accounts billing reception admissions finance mine yours einspruch widerspruch
firma gmbh ag kg ohg ug mbh co ltd inc llc plc se ev e.v gbr kgaa partg eg corp corporation company holding
mit von zu zum zur im in am an auf aus bei beim nach seit über unter vor hinter neben zwischen für gegen ohne
um durch bis ab heute gestern übermorgen vorgestern montag dienstag mittwoch donnerstag freitag samstag sonntag
sonnabend januar jänner februar märz april mai juni juli august september oktober november dezember rechnung
rechnungen bestellung bestellungen lieferung lieferungen vertrag verträge auftrag aufträge anfrage anfragen
frage fragen problem probleme antwort antworten nachricht nachrichten mail mails email e-mail emails brief
schreiben anhang anhänge anlage anlagen termin termine datum uhr woche wochen monat monate jahr jahre tage
zeit paket pakete ware waren artikel produkt produkte preis preise betrag beträge summe konto konten bank
zahlung zahlungen überweisung lastschrift mahnung mahnungen kündigung widerruf reklamation beschwerde
rückerstattung erstattung gutschrift ticket tickets vorgang vorgänge nummer adresse anschrift straße telefon
handy fax internet website webseite homepage online shop onlineshop versand rücksendung retoure kundennummer
bestellnummer rechnungsnummer vertragsnummer ja nein nicht kein keine keinen noch schon auch nur gern gerne
leider bereits inzwischen zudem außerdem jedoch allerdings trotzdem deshalb daher also somit gleich sofort
bald dann danach vorher zuerst anschließend zusätzlich insgesamt natürlich selbstverständlich eigentlich
jetzt nun erst wieder immer nie oft sonst übrigens eben halt zwar wahrscheinlich kürzlich neulich letztens
damals seither seitdem nachher vorhin endlich schließlich plötzlich anscheinend offenbar angeblich
stattdessen ebenfalls dennoch mittlerweile bisher sogar sicher
wirklich vielleicht hoffentlich mfg lg vg bg ps p.s anbei beiliegend hiermit dazu hierzu dafür damit dadurch
darüber davon dabei dort hier da so sowie sodass ob falls sobald solange während nachdem bevor obwohl euch
uns mich mir dich dir sich ihm ihn man jemand niemand alle alles allen jeder jede jedes jeden diese dieser
dieses diesen diesem jene manche einige mehrere andere anderen weitere weiteren neue neuen neues alte alten
gute guten schöne schönen schönes wochenende feiertage ostern weihnachten pfingsten silvester urlaub
deutschland österreich schweiz europa ${BIG_CITIES_TEXT} london paris new york amsterdam
brüssel madrid rom mailand prag warschau istanbul ankara zusammen allerseits leute liebe sir madam
madame mesdames messieurs everyone all folks guys there team colleagues kollegium grüezi gott
i you he she it we they me him her us them my your his its our their the a an and or but if then so because
when while where what who whom which why how please thanks thank regards best kind warm warmest many
sincerely yours faithfully truly respectfully cheers hello dear good morning afternoon evening night
customer customers client clients colleague colleagues department sales billing accounts account help desk
helpdesk office inc monday tuesday wednesday thursday friday saturday sunday january february march order
orders invoice invoices payment payments refund refunds delivery deliveries package parcel shipment contract
claim request issue issues problem problems question questions answer update note message messages letter
attachment attachments number address phone mobile website yes no not also just only very still already
however therefore meanwhile unfortunately sorry apologies regarding re aw wg fw fwd subject betreff date
datum sent gesendet from to cc bcc an von kopie this that these those there here today tomorrow yesterday
week weeks month months year years day days time hi hey hiya greetings attn attention kindly best
regards thanks again also per via as at by for from in of on with without about after before between
into through during under over above below up down out off again further once more most other some such
own same than too can will just should now new old first last next previous dear team service
manager practice home director head lead officer assistant agent representative specialist engineer consultant advisor
mr mrs ms miss mx dr prof herr frau hr fr sehr doctor professor dipl ing mag med
kundin kunde ansprechpartner ansprechpartnerin sachbearbeiter sachbearbeiterin mitarbeiter mitarbeiterin
mitarbeitende geschäftsführer geschäftsführerin inhaber inhaberin vorstand leiter leiterin leitung
absender empfänger empfängerin name vorname nachname familienname unterschrift signatur
ihr ihre your yours our unser unsere the das die der
ok okay super toll prima klasse perfekt vielen tausend lieben beste
gmbh & co ag kg
hinweis hinweise achtung wichtig info information informationen details detail daten dokument dokumente
kantor kantorin organist organistin orgelkonsulent küster küsterin
formular formulare unterlagen nachweis nachweise bescheinigung bescheid bestätigung bestätigungen auftragsbestätigung
lieferschein rechnungskopie kopie original fehler störung ausfall reparatur garantie gewährleistung
umtausch ersatz ersatzteil gerät geräte drucker computer laptop handy smartphone tablet router modem
vertragsende laufzeit tarif tarife kosten gebühr gebühren rabatt gutschein gutscheine angebot angebote
kundenkonto passwort login zugang zugangsdaten benutzername app portal system systeme software update
version rückruf anruf telefonat gespräch besprechung treffen meeting call video zoom teams
weiterleitung weitergeleitet ursprüngliche original original message ursprüngliche nachricht
euro eur usd chf dollar franken cent prozent stück menge anzahl größe farbe modell marke typ
straße str weg platz allee gasse ring postfach plz ort stadt land
mfg lg vg ps nb
kimlik saludos coordinator
passport passports reisepass ausweis personalausweis visa visum dob nationality staatsangehörigkeit
teyze amca abi hanım hanim
adı soyadı soyadi eşi nazwisko imię imiona nơi
`;
