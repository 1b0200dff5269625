import assert from "node:assert/strict";
import { test } from "node:test";
import { disagreementNote, joinNotes, modelNote, triageNote, withoutModelReason } from "./reason.js";

test("the model's note is erased and the notes around it stay", () => {
  const reason = joinNotes([
    "rule vip names an unconfigured department",
    modelNote("Kunde Jannik Oberle fragt nach seiner Rechnung"),
    disagreementNote("billing"),
    triageNote(0.41, 0.5, "support"),
  ]);
  assert.equal(
    withoutModelReason(reason),
    "rule vip names an unconfigured department; llm: (erased); embedded classifier disagrees (billing); confidence 0.41 below 0.5, triage instead of support",
  );
});

test("a model's own '; ' cannot pass what it wrote off as a note", () => {
  const reason = joinNotes([
    modelNote("refund; customer Jannik Oberle; IBAN given"),
    triageNote(0.3, 0.5, "billing"),
  ]);
  const erased = withoutModelReason(reason);
  assert.doesNotMatch(erased, /Jannik|IBAN/);
  assert.equal(erased, "llm: (erased); confidence 0.3 below 0.5, triage instead of billing");
});

test("reasons without a model's note, or erased already, stay as they are", () => {
  for (const reason of ["rule invoices", joinNotes(["llm failed: llm.timeout", "embedded classifier"])]) {
    assert.equal(withoutModelReason(reason), reason);
  }
  const once = withoutModelReason(joinNotes([modelNote(""), disagreementNote("sales")]));
  assert.equal(once, "llm: (erased); embedded classifier disagrees (sales)");
  assert.equal(withoutModelReason(once), once);
});
