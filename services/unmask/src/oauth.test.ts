import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { publishEvent } from "@poststelle/bus";
import { DeadLetter, DeadLetters, DraftSource, Events } from "@poststelle/contracts";
import {
  type CustomerMail,
  classification,
  draftedEvent,
  invoiceMail,
  rawMail,
} from "./pipeline-fixtures.js";
import { type DeliveryHarness, oneMailboxYaml, startDeliveryHarness } from "./test-harness.js";
import { folderContents, streamMessages } from "./test-probes.js";

/*
 * Delivery as to Microsoft 365 or Gmail: IMAP (Dovecot's oauth2 passdb) and SMTP both log in with
 * XOAUTH2, with the access token from a file that a sidecar renews.
 */

let h: DeliveryHarness;
let tokenFile: string;
const FORWARD_TO = "buchhaltung@shop.example";

before(async () => {
  h = await startDeliveryHarness({
    imapUser: { user: "desk", password: "desk-secret" },
    smtp: true,
    oauth2: true,
    yaml: (e) =>
      oneMailboxYaml(e, {
        user: "desk",
        auth: `{ oauth2: { tokenFile: ${e.dir}/access-token } }`,
        departments: [
          `{ id: billing, name: Buchhaltung, description: Money., action: { forwardTo: ${FORWARD_TO} } }`,
        ],
        extra: "stages: { backoffMs: [300, 300, 300], maxDeliver: 5 }\n",
      }),
  });
  tokenFile = join(h.dir, "access-token");
});
after(async () => h?.stop());

const mail = (n: number): CustomerMail => invoiceMail("oauth", n);

/** Appends mail n to the INBOX and publishes its mail.drafted with a template draft. */
async function deliver(n: number): Promise<void> {
  const { dovecot, bus, privacy } = h;
  const uid = await dovecot!.append("desk", "INBOX", rawMail(mail(n)));
  const uidValidity = await dovecot!.uidValidity("desk", "INBOX");
  const event = await draftedEvent(
    privacy,
    mail(n),
    { mailbox: "desk", folder: "INBOX", uidValidity, uid },
    classification("billing", "invoice"),
    {
      subject: `Re: Rechnung ${n}`,
      body: "Guten Tag Erika Schmidt,\n\nwir prüfen das.\n",
      source: DraftSource.DRAFT_SOURCE_TEMPLATE,
    },
  );
  await publishEvent(bus, Events.drafted, event);
}

const drafts = async () =>
  (await folderContents(h.dovecot!.account("desk"), "Drafts")).map((m) => m.parsed.subject);

test("drafts over IMAP and forwards over SMTP, each logged in with the file's token", async () => {
  await writeFile(tokenFile, h.oauth!.grant("desk"));
  await deliver(1);
  await h.unmaskIdle();
  assert.deepEqual(await drafts(), ["Re: Rechnung 1"]);
  assert.equal(h.smtp!.messages.length, 1);
  assert.deepEqual(h.smtp!.messages[0]!.to, [FORWARD_TO]);
  assert.equal(h.smtp!.messages[0]!.authUser, "desk", "the SMTP login was the XOAUTH2 one");
  assert.ok(h.oauth!.introspections >= 1, "Dovecot checked the token");
});

test("a refused token is a retry, not a dead letter: the renewed token delivers the forward once", async () => {
  // The file now holds a token that has expired (new to SMTP, so a new pool must log in with it).
  const stale = h.oauth!.grant("desk");
  h.oauth!.revoke(stale);
  await writeFile(tokenFile, stale);
  await deliver(2);
  await waitForWarning(/delivery failed/);
  await writeFile(tokenFile, h.oauth!.grant("desk"));
  await h.unmaskIdle();

  assert.deepEqual(await drafts(), ["Re: Rechnung 1", "Re: Rechnung 2"], "one draft each");
  assert.deepEqual(
    h.smtp!.messages.map((m) => m.to),
    [[FORWARD_TO], [FORWARD_TO]],
    "one forward each",
  );
  const dead = await streamMessages(h.bus, DeadLetters.stream, (d) => DeadLetter.decode(d));
  assert.deepEqual(
    dead.map((d) => d.reason),
    [],
  );
  const logs = h.warnings.join("\n");
  assert.ok(logs.includes("smtp.auth_failed"), "the failure says what failed");
  assert.ok(!logs.includes(stale), "no token in the logs");
});

async function waitForWarning(pattern: RegExp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!h.warnings.some((line) => pattern.test(line))) {
    if (Date.now() > deadline) throw new Error(`no warning matching ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
