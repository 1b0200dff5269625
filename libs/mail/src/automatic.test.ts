import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AutomaticKind } from "@poststelle/contracts";
import { detectAutomatic } from "./automatic.js";
import type { MailStructure } from "./structure.js";

const PLAIN: MailStructure = { contentType: "text/plain", reportType: "" };

function kind(headers: Record<string, string>, structure: MailStructure = PLAIN): AutomaticKind {
  return detectAutomatic(new Map(Object.entries(headers).map(([name, value]) => [name, [value]])), structure);
}

describe("detectAutomatic", () => {
  it("finds a person's mail", () => {
    assert.equal(kind({ from: "a@example.com", "auto-submitted": "no" }), AutomaticKind.AUTOMATIC_KIND_NONE);
    assert.equal(kind({ "auto-submitted": "No (comment)" }), AutomaticKind.AUTOMATIC_KIND_NONE);
    assert.equal(kind({ "return-path": "<a@example.com>" }), AutomaticKind.AUTOMATIC_KIND_NONE);
    assert.equal(kind({ precedence: "first-class" }), AutomaticKind.AUTOMATIC_KIND_NONE);
  });

  it("finds RFC 3834 auto replies and Exchange's suppress header", () => {
    for (const value of [
      "auto-replied",
      "auto-generated",
      "Auto-Notified; owner-email=x",
      "auto-replied (vacation)",
    ]) {
      assert.equal(kind({ "auto-submitted": value }), AutomaticKind.AUTOMATIC_KIND_AUTO_SUBMITTED, value);
    }
    assert.equal(kind({ "x-auto-response-suppress": "All" }), AutomaticKind.AUTOMATIC_KIND_AUTO_SUBMITTED);
  });

  it("finds bulk and list mail", () => {
    for (const value of ["bulk", "list", "junk", "Bulk"]) {
      assert.equal(kind({ precedence: value }), AutomaticKind.AUTOMATIC_KIND_BULK, value);
    }
    assert.equal(kind({ "list-id": "<x.example.org>" }), AutomaticKind.AUTOMATIC_KIND_BULK);
    assert.equal(kind({ "list-unsubscribe": "<mailto:u@example.org>" }), AutomaticKind.AUTOMATIC_KIND_BULK);
  });

  it("finds bounces by multipart/report or an empty Return-Path", () => {
    assert.equal(
      kind({}, { contentType: "multipart/report", reportType: "delivery-status" }),
      AutomaticKind.AUTOMATIC_KIND_BOUNCE,
    );
    assert.equal(kind({ "return-path": "< >" }), AutomaticKind.AUTOMATIC_KIND_BOUNCE);
  });

  it("puts our own mail first, then bounces, then auto replies, then bulk", () => {
    assert.equal(
      kind({ "x-poststelle-mail-id": "m_x", "auto-submitted": "auto-generated" }),
      AutomaticKind.AUTOMATIC_KIND_OWN,
    );
    assert.equal(
      kind({ "return-path": "<>", "auto-submitted": "auto-replied" }),
      AutomaticKind.AUTOMATIC_KIND_BOUNCE,
    );
    assert.equal(
      kind({ precedence: "bulk", "auto-submitted": "auto-replied" }),
      AutomaticKind.AUTOMATIC_KIND_AUTO_SUBMITTED,
    );
  });
});
