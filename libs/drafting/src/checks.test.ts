import assert from "node:assert/strict";
import { test } from "node:test";
import { checkDraft, type DraftCheckContext, endsCleanly } from "./checks.js";

const mail = {
  subject: "Wo bleibt Bestellung [[ORDER_NUMBER_1]]?",
  bodyText:
    "Guten Tag,\n\nich habe am Montag bestellt (Bestellnummer [[ORDER_NUMBER_1]]) und das Paket ist noch nicht da. " +
    "Können Sie nachsehen?\n\nViele Grüße\n[[PERSON_1]]",
  quotedText: "",
  fromPlaceholder: "[[EMAIL_1]]",
};

const context: DraftCheckContext = {
  mail,
  language: "de",
  knownTexts: ["Beispiel-Shop · Kundenservice\nservice@example.com"],
};

const GOOD =
  "Guten Tag [[PERSON_1]],\n\nvielen Dank für Ihre Nachricht. Wir haben uns Ihre Bestellung [[ORDER_NUMBER_1]] " +
  "angesehen: Das Paket ist unterwegs und sollte in zwei Werktagen bei Ihnen sein.\n\nMit freundlichen Grüßen";

const check = (text: string, finishReason = "stop", ctx = context) => checkDraft({ text, finishReason }, ctx);

test("a complete German draft that uses the mail's own placeholders passes", () => {
  assert.deepEqual(check(GOOD), { ok: true, text: GOOD });
});

test("mangled forms of the mail's own placeholders are accepted", () => {
  assert.deepEqual(check(GOOD.replace("[[PERSON_1]]", "[person_1]")), { ok: true, text: GOOD });
});

test("an IBAN the model made up is caught, and the reason names only the type", () => {
  const draft = GOOD.replace(
    "\n\nMit freundlichen",
    " Bitte überweisen Sie den Betrag auf DE89 3704 0044 0532 0130 00.\n\nMit freundlichen",
  );
  const result = check(draft);
  assert.equal(result.ok, false);
  assert.ok(!result.ok);
  assert.equal(result.code, "draft.invented_pii");
  assert.match(result.reason, /IBAN/);
  assert.doesNotMatch(result.reason, /DE89|3704/);
});

test("an e-mail address the model made up is caught", () => {
  const draft = GOOD.replace(
    "\n\nMit freundlichen",
    " Schreiben Sie bei Fragen direkt an max.mueller@gmail.com.\n\nMit freundlichen",
  );
  const result = check(draft);
  assert.ok(!result.ok);
  assert.equal(result.code, "draft.invented_pii");
  assert.match(result.reason, /EMAIL/);
  assert.doesNotMatch(result.reason, /gmail|mueller/);
});

test("the company's own address from the signature or knowledge is no invented data", () => {
  const draft = GOOD.replace(
    "\n\nMit freundlichen",
    " Bei Fragen erreichen Sie uns unter service@example.com.\n\nMit freundlichen",
  );
  assert.equal(check(draft).ok, true);
});

test("a placeholder from outside this mail (another thread's) is caught", () => {
  const result = check(GOOD.replace("Guten Tag [[PERSON_1]]", "Guten Tag [[PERSON_2]]"));
  assert.ok(!result.ok);
  assert.equal(result.code, "draft.foreign_placeholder");
  const mangled = check(GOOD.replace("[[ORDER_NUMBER_1]]", "[ ORDER_NUMBER_7 ]"));
  assert.ok(!mangled.ok);
  assert.equal(mangled.code, "draft.foreign_placeholder");
});

test("an English draft for a German reply is rejected as the wrong language", () => {
  const english =
    "Hello [[PERSON_1]],\n\nthank you for your message. We have looked at your order [[ORDER_NUMBER_1]] and it " +
    "is on its way to you, it should arrive within two working days.\n\nKind regards";
  const result = check(english);
  assert.ok(!result.ok);
  assert.equal(result.code, "draft.wrong_language");
  assert.equal(check(english, "stop", { ...context, language: "en" }).ok, true);
});

test("a draft cut off at the token limit or in the middle of a sentence is rejected", () => {
  const byLimit = check(GOOD, "length");
  assert.ok(!byLimit.ok);
  assert.equal(byLimit.code, "draft.truncated");
  const midSentence = check(
    "Guten Tag [[PERSON_1]],\n\nvielen Dank für Ihre Nachricht. Wir haben uns Ihre Bestellung angesehen und",
  );
  assert.ok(!midSentence.ok);
  assert.equal(midSentence.code, "draft.truncated");
});

test("an empty or near-empty draft is rejected", () => {
  for (const text of ["", "   \n", "[[PERSON_1]]", "Danke."]) {
    const result = check(text);
    assert.ok(!result.ok, JSON.stringify(text));
    assert.equal(result.code, "draft.empty");
  }
});

test("closing formulas count as a clean end, dangling words do not", () => {
  assert.equal(endsCleanly("Text.\n\nMit freundlichen Grüßen"), true);
  assert.equal(endsCleanly("Text.\n\nKind regards,"), true);
  assert.equal(endsCleanly("Wir melden uns."), true);
  assert.equal(endsCleanly("Wir melden uns bei"), false);
  assert.equal(endsCleanly("Guten Tag,"), false);
});
