import assert from "node:assert/strict";
import { test } from "node:test";
import type { DepartmentConfig } from "@poststelle/config";
import { replySubject, stripReplyPrefixes } from "./subject.js";
import { BUILT_IN_TEMPLATES, renderTemplate, type TemplateVariables, templateDraft } from "./templates.js";

const variables: TemplateVariables = {
  subject: "Lieferung [[ORDER_NUMBER_1]]",
  department: "Bestellungen",
  address: "service@example.com",
  signature: "Beispiel-Shop\nservice@example.com",
};

const templates: DepartmentConfig["templates"] = {
  de: {
    subject: "Re: {{subject}}",
    body: "Guten Tag,\n\nzu „{{subject}}“ meldet sich {{department}} ({{ address }}).\n\n{{signature}}\n",
  },
};

test("template variables are filled in, with or without spaces inside the braces", () => {
  const draft = templateDraft({ templates }, "de", variables);
  assert.equal(draft.subject, "Re: Lieferung [[ORDER_NUMBER_1]]");
  assert.equal(
    draft.body,
    "Guten Tag,\n\nzu „Lieferung [[ORDER_NUMBER_1]]“ meldet sich Bestellungen (service@example.com).\n\n" +
      "Beispiel-Shop\nservice@example.com\n",
  );
});

test("a value that itself looks like a variable is not expanded again", () => {
  const text = renderTemplate("{{subject}} / {{department}}", { ...variables, subject: "{{signature}}" });
  assert.equal(text, "{{signature}} / Bestellungen");
});

test("a missing language falls back to the department's other template, then to the built-in one", () => {
  assert.match(templateDraft({ templates }, "en", variables).body, /^Guten Tag/);
  const builtIn = templateDraft({ templates: {} }, "en", variables);
  assert.match(builtIn.body, /^Hello,/);
  assert.match(builtIn.body, /our Bestellungen team/);
  assert.ok(BUILT_IN_TEMPLATES.de.body.includes("{{signature}}"));
});

test("an empty signature leaves no trailing blank lines", () => {
  const draft = templateDraft({ templates }, "de", { ...variables, signature: "" });
  assert.ok(draft.body.endsWith("(service@example.com).\n"), JSON.stringify(draft.body));
});

test("the reply subject has exactly one Re:, whatever the original carried", () => {
  assert.equal(replySubject("Re: AW: Re[2]: Rechnung"), "Re: Rechnung");
  assert.equal(replySubject("AW: WG: Lieferung"), "Re: Lieferung");
  assert.equal(replySubject("Rechnung"), "Re: Rechnung");
  assert.equal(replySubject("Reklamation"), "Re: Reklamation");
  assert.equal(stripReplyPrefixes("Fwd: Re: Awkward question"), "Awkward question");
  const draft = templateDraft({ templates }, "de", {
    ...variables,
    subject: stripReplyPrefixes("AW: Re: Paket"),
  });
  assert.equal(draft.subject, "Re: Paket");
});
