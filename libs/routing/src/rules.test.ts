import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError } from "@poststelle/errors";
import { globToRegExp, routeByRules } from "./rules.js";
import type { RoutableMail, RuleSpec } from "./types.js";

function mail(overrides: Partial<RoutableMail> = {}): RoutableMail {
  return {
    subject: "Frage",
    body: "Hallo",
    fromAddress: "kunde@kunden.example",
    fromDomain: "kunden.example",
    recipients: ["service@example.com"],
    headers: {},
    attachmentTypes: [],
    automatic: false,
    ...overrides,
  };
}

const rule = (name: string, department: string, match: RuleSpec["match"]): RuleSpec => ({
  name,
  department,
  match,
});

describe("routeByRules", () => {
  it("matches a recipient exactly or by *@domain, ignoring case", () => {
    const rules = [
      rule("privacy-address", "privacy", { to: ["Datenschutz@Example.com"] }),
      rule("billing-domain", "billing", { to: ["*@billing.example"] }),
    ];
    assert.deepEqual(routeByRules(mail({ recipients: ["datenschutz@example.com"] }), rules), {
      department: "privacy",
      rule: "privacy-address",
    });
    assert.equal(
      routeByRules(mail({ recipients: ["x@y.z", "RECHNUNG@billing.example"] }), rules)?.rule,
      "billing-domain",
    );
    assert.equal(routeByRules(mail({ recipients: ["a@billing.example.org"] }), rules), undefined);
    assert.equal(routeByRules(mail(), rules), undefined);
  });

  it("matches the sender address by glob and the sender domain including subdomains", () => {
    const rules = [
      rule("noreply", "general", { from: ["no-reply@*"] }),
      rule("payments", "billing", { fromDomain: ["paypal.com"] }),
    ];
    assert.equal(routeByRules(mail({ fromAddress: "No-Reply@shop.example" }), rules)?.rule, "noreply");
    assert.equal(routeByRules(mail({ fromDomain: "PayPal.com" }), rules)?.rule, "payments");
    assert.equal(routeByRules(mail({ fromDomain: "mail.paypal.com" }), rules)?.rule, "payments");
    assert.equal(routeByRules(mail({ fromDomain: "notpaypal.com" }), rules), undefined);
    assert.equal(routeByRules(mail({ fromAddress: undefined }), [rules[0]!]), undefined);
  });

  it("matches the subject by case-insensitive regular expression", () => {
    const rules = [rule("withdrawal", "returns", { subject: "^(widerruf|retoure)\\b" })];
    assert.equal(routeByRules(mail({ subject: "WIDERRUF meiner Bestellung" }), rules)?.department, "returns");
    assert.equal(routeByRules(mail({ subject: "Kein Widerruf" }), rules), undefined);
  });

  it("matches a header by name (any case) and value pattern", () => {
    const rules = [rule("webform", "sales", { header: { name: "X-Form-Name", pattern: "^quote-request$" } })];
    assert.equal(routeByRules(mail({ headers: { "x-form-name": "Quote-Request" } }), rules)?.rule, "webform");
    assert.equal(routeByRules(mail({ headers: { "x-form-name": "contact" } }), rules), undefined);
    assert.equal(routeByRules(mail({ headers: { "x-other": "quote-request" } }), rules), undefined);
  });

  it("matches attachment content types by glob, ignoring parameters", () => {
    const rules = [rule("invoices", "billing", { attachmentType: ["application/pdf"] })];
    const images = [rule("photos", "returns", { attachmentType: ["image/*"] })];
    assert.equal(
      routeByRules(mail({ attachmentTypes: ["Application/PDF; name=r.pdf"] }), rules)?.rule,
      "invoices",
    );
    assert.equal(routeByRules(mail({ attachmentTypes: ["image/jpeg"] }), images)?.rule, "photos");
    assert.equal(routeByRules(mail({ attachmentTypes: ["text/plain"] }), [...rules, ...images]), undefined);
  });

  it("needs every condition of a rule; the first matching rule in order wins", () => {
    const rules = [
      rule("provider-dispute", "billing", { fromDomain: ["paypal.com"], subject: "dispute|konflikt" }),
      rule("provider-any", "general", { fromDomain: ["paypal.com"] }),
      rule("also-dispute", "complaints", { subject: "dispute" }),
    ];
    assert.equal(
      routeByRules(mail({ fromDomain: "paypal.com", subject: "Dispute opened" }), rules)?.rule,
      "provider-dispute",
    );
    assert.equal(
      routeByRules(mail({ fromDomain: "paypal.com", subject: "Receipt" }), rules)?.rule,
      "provider-any",
    );
    assert.equal(routeByRules(mail({ subject: "dispute" }), rules)?.rule, "also-dispute");
  });

  it("a rule without conditions matches nothing", () => {
    assert.equal(routeByRules(mail(), [rule("empty", "general", {})]), undefined);
  });

  it("an invalid pattern is a ConfigError naming the key, not the pattern", () => {
    assert.throws(
      () =>
        routeByRules(mail(), [
          rule("ok", "general", { to: ["a@b.c"] }),
          rule("bad", "general", { subject: "([" }),
        ]),
      (error: unknown) => error instanceof ConfigError && error.key === "routing.rules[1].match.subject",
    );
  });

  it("globs escape regular expression characters", () => {
    assert.equal(globToRegExp("a.b@c.d").test("aXb@c.d"), false);
    assert.equal(globToRegExp("a?c@*.de").test("abc@x.y.de"), true);
  });
});
