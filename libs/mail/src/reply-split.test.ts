import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitReply } from "./reply-split.js";

describe("splitReply", () => {
  it("keeps a mail without history or signature whole", () => {
    const text = "Hallo,\n\nich habe eine Frage zu meiner Rechnung.\nWann wird abgebucht?";
    assert.deepEqual(splitReply(text), { body: text, quoted: "", signature: "" });
  });

  it("splits at a German attribution line and at the signature delimiter", () => {
    const parts = splitReply(
      "Passt.\n\n-- \nMax\n\nAm 01.02.2024 um 09:00 schrieb Support <s@example.com>:\n> Frage?\n",
    );
    assert.equal(parts.body, "Passt.");
    assert.equal(parts.signature, "Max");
    assert.equal(parts.quoted, "Am 01.02.2024 um 09:00 schrieb Support <s@example.com>:\n> Frage?");
  });

  it("splits at an English attribution wrapped onto two lines", () => {
    const parts = splitReply(
      "Yes.\n\nOn Mon, Feb 5, 2024 at 9:00 AM A Very Long Name <a@example.com>\nwrote:\n> Question?",
    );
    assert.equal(parts.body, "Yes.");
    assert.ok(parts.quoted.startsWith("On Mon, Feb 5"));
  });

  it("splits at an Outlook header block and takes the rule above it along", () => {
    const parts = splitReply(
      "Danke.\n\n________________________________\nVon: A\nGesendet: Montag\nAn: B\nBetreff: C\n\nAlt.",
    );
    assert.equal(parts.body, "Danke.");
    assert.ok(parts.quoted.startsWith("________________________________\nVon: A"));
    assert.ok(parts.quoted.endsWith("Alt."));
  });

  it("does not take a lone 'Von:' line without the rest of a header block for history", () => {
    const text = "Von: meiner Seite ist alles erledigt.\nBitte melden Sie sich.";
    assert.equal(splitReply(text).body, text);
  });

  it("does not take a sentence with 'schrieb' for an attribution", () => {
    const text = "Ihr Kollege schrieb mir gestern, dass die Ware unterwegs ist.\nStimmt das?";
    assert.deepEqual(splitReply(text), { body: text, quoted: "", signature: "" });
  });

  it("needs quoted lines after a short 'X wrote:' line", () => {
    assert.equal(splitReply("My colleague wrote:\nit works now.").quoted, "");
    assert.equal(
      splitReply("Ok.\nMy colleague wrote:\n> it works now.").quoted,
      "My colleague wrote:\n> it works now.",
    );
  });

  it("moves '>' lines into the history when there is no reply header", () => {
    const parts = splitReply("> a\nanswer a\n> b\nanswer b");
    assert.equal(parts.body, "answer a\nanswer b");
    assert.equal(parts.quoted, "> a\n> b");
  });

  it("takes a sign-off block as signature, but not a sign-off as the first line or before long text", () => {
    assert.equal(splitReply("Text.\n\nViele Grüße aus Köln\nAnna").signature, "Viele Grüße aus Köln\nAnna");
    assert.equal(splitReply("Danke\nfür die Hilfe.").signature, "");
    const long = `Text.\nThanks\n${"more text\n".repeat(12)}`;
    assert.equal(splitReply(long).signature, "");
  });

  it("takes a signature below the quote (Thunderbird option) out of the history", () => {
    const parts = splitReply("Ok.\n\nAm 1.2.2024 schrieb X:\n> alt\n\n-- \nMax Muster");
    assert.equal(parts.signature, "Max Muster");
    assert.equal(parts.quoted, "Am 1.2.2024 schrieb X:\n> alt");
  });

  it("keeps CRLF input apart the same way", () => {
    const parts = splitReply("Hi\r\n\r\nOn Monday, Bob wrote:\r\n> old\r\n");
    assert.equal(parts.body, "Hi");
    assert.equal(parts.quoted, "On Monday, Bob wrote:\n> old");
  });
});
