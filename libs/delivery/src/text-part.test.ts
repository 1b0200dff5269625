import assert from "node:assert/strict";
import { test } from "node:test";
import MailComposer from "nodemailer/lib/mail-composer";
import { buildTextMessage } from "./text-part.js";

const date = new Date("2026-12-07T08:30:00Z");

/** Two nodes of the same reply: one for each builder, as build() and buildHeaders() change a node. */
function nodes(text: string, subject = "Re: Ihre Anfrage", extra: Record<string, unknown> = {}) {
  const make = () =>
    new MailComposer({
      from: "support@shop.example",
      to: "kunde@example.org",
      subject,
      messageId: "<poststelle-draft.m_1@shop.example>",
      date,
      inReplyTo: "<orig@example.org>",
      references: ["<root@example.org>", "<orig@example.org>"],
      text,
      headers: { "X-Poststelle-Mail-Id": "m_1", "X-Unsent": "1" },
      textEncoding: "Q",
      newline: "win",
      ...extra,
    }).compile();
  return [make(), make()] as const;
}

async function assertSameBytes(text: string, subject?: string) {
  const [mine, theirs] = nodes(text, subject);
  const built = buildTextMessage(mine);
  assert.ok(built, `a text part is built at once: ${JSON.stringify(text.slice(0, 40))}`);
  assert.equal(built.toString("latin1"), (await theirs.build()).toString("latin1"), JSON.stringify(text));
}

const BODIES = [
  "",
  "Danke.",
  "Guten Tag Frau Müller,\n\nIhr Paket ist unterwegs.\n\nMit freundlichen Grüßen\nIhr Shop\n",
  "Windows line ends\r\nsecond line\r\n",
  "a lone CR\rin the middle, and none at the end",
  "trailing spaces   \nand a tab\t\nat the very end   ",
  "   ",
  "x".repeat(76),
  "x".repeat(77),
  `${"word ".repeat(40)}\n${"ä".repeat(60)}`,
  `${"y".repeat(70)}äöü ${"z".repeat(100)}`,
  "Preis = 20 € (netto), Rabatt =3D? ==\n.\n.line starting with a dot",
  `Emoji 😀 across a line: ${"😀".repeat(40)}`,
  `Lange URL https://example.org/${"a/".repeat(60)}?q=1&r=2`,
  "Zeile mit Leerzeichen vor dem Umbruch \r\n und Tab\t\r\nEnde",
];

test("a reply's bytes are what nodemailer's streaming build gives, for bodies of every kind", async () => {
  for (const body of BODIES) await assertSameBytes(body);
});

test("headers with umlauts and a long subject come out as nodemailer encodes and folds them", async () => {
  await assertSameBytes(
    "Hallo",
    `Re: Rückfrage zur Rechnung für Jürgen Weiß ${"und noch mehr Text ".repeat(8)}`,
  );
});

test("random bodies from a seeded mix of ASCII, umlauts, spaces and line ends come out the same", async () => {
  const pieces = [
    "a",
    "Z",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "=",
    ".",
    "ä",
    "ß",
    "€",
    "😀",
    "1234567890",
    "-- ",
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 300; i++) {
    const length = Math.floor(next() * 400);
    let body = "";
    for (let j = 0; j < length; j++) body += pieces[Math.floor(next() * pieces.length)];
    await assertSameBytes(body);
  }
});

test("a message with an attachment is left to the streaming build", () => {
  const [node] = nodes("see attached", undefined, {
    attachments: [{ filename: "a.txt", content: "attached" }],
  });
  assert.equal(buildTextMessage(node), undefined);
});
