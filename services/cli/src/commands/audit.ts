import { readAuditRecord, readAuditRecords } from "@poststelle/bus";
import { MailAudited } from "@poststelle/contracts";
import type { Command } from "../command.js";
import { stringOption } from "../command.js";
import { connectOperatorBus, OPERATOR_OPTIONS, OPERATOR_OPTIONS_HELP } from "../operator-bus.js";

const DEFAULT_LAST = 100;

export const auditCommand: Command = {
  name: "audit",
  summary: "Print what Poststelle decided for each delivered mail and what it did, as JSON lines",
  help: [
    "Usage: poststelle audit [--mail-id ID | --last N] [--config FILE] [--data-dir DIR]",
    "",
    "One JSON object per delivered mail, from the AUDIT stream (kept nats.auditMaxAgeDays):",
    '{"mailId","threadId","mailbox","ingestedAt","deliveredAt","routing":{department, intent,',
    "priority, language, sentiment, confidence, decidedBy, rule, model, promptVersion, reason},",
    '"draftSource","draftModel","draftPromptVersion","fallbackReason","noDraftReason",',
    '"delivered":{department, draftFolder, draftUid, movedTo, keyword, forwardedTo, autoSent}};',
    "empty fields are left out. Ids, codes, model names and company addresses only, never text of",
    "a mail or a draft. The mail id is in the X-Poststelle-Mail-Id header of every draft. Mails",
    "still on their way, or dead-lettered, have no record yet (see `poststelle deadletters`).",
    "Needs the operator NATS user, like deadletters.",
    "",
    "Options:",
    "      --mail-id ID    only this mail",
    `      --last N        the records of the last N mails delivered (default ${DEFAULT_LAST})`,
    ...OPERATOR_OPTIONS_HELP,
  ].join("\n"),
  options: {
    "mail-id": { type: "string" },
    last: { type: "string" },
    ...OPERATOR_OPTIONS,
  },
  async run(args, io) {
    const mailId = stringOption(args, "mail-id");
    const last = Number(stringOption(args, "last") ?? DEFAULT_LAST);
    if (!Number.isInteger(last) || last < 1) {
      io.stderr.write("poststelle audit: --last must be a whole number above 0\n");
      return 2;
    }
    const bus = await connectOperatorBus("audit", args, io);
    try {
      const records =
        mailId === undefined
          ? await readAuditRecords(bus, { last })
          : [await readAuditRecord(bus, mailId)].filter((record) => record !== undefined);
      for (const record of records) io.stdout.write(`${JSON.stringify(MailAudited.toJSON(record))}\n`);
      return mailId !== undefined && records.length === 0 ? 1 : 0;
    } finally {
      await bus.close(1_000);
    }
  },
};
