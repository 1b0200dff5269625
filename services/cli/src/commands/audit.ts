import { type Bus, readStream } from "@poststelle/bus";
import { type Codec, Events } from "@poststelle/contracts";
import { auditTrail } from "../audit-trail.js";
import type { Command } from "../command.js";
import { stringOption } from "../command.js";
import { connectOperatorBus, OPERATOR_OPTIONS, OPERATOR_OPTIONS_HELP } from "../operator-bus.js";

const DEFAULT_LAST = 100;

export const auditCommand: Command = {
  name: "audit",
  summary: "Print what Poststelle decided for each mail and what it did, as JSON lines",
  help: [
    "Usage: poststelle audit [--mail-id ID | --last N] [--config FILE] [--data-dir DIR]",
    "",
    "One JSON object per mail, from the events the streams still hold (nats.streamMaxAgeHours):",
    '{"mailId","ingestedAt","routing":{department, intent, priority, decidedBy, rule, model,',
    'promptVersion, confidence, reason},"noDraft","draft":{source, model, promptVersion,',
    'fallbackReason},"delivered":{draftFolder, draftUid, movedTo, keyword, forwardedTo, autoSent}}.',
    "Ids, codes and company addresses only, never text of a mail or a draft. The mail id is in the",
    "X-Poststelle-Mail-Id header of every draft. Needs the operator NATS user, like deadletters.",
    "",
    "Options:",
    "      --mail-id ID    only this mail (reads the whole retention)",
    `      --last N        the mails of the last N events of each stage (default ${DEFAULT_LAST})`,
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
      const window = mailId === undefined ? last : undefined;
      const [classified, drafted, delivered] = await Promise.all([
        tail(bus, Events.classified, window),
        tail(bus, Events.drafted, window),
        tail(bus, Events.delivered, window),
      ]);
      const records = auditTrail(classified, drafted, delivered).filter(
        (record) => mailId === undefined || record.mailId === mailId,
      );
      for (const record of records) io.stdout.write(`${JSON.stringify(record)}\n`);
      return mailId !== undefined && records.length === 0 ? 1 : 0;
    } finally {
      await bus.close(1_000);
    }
  },
};

/** The events of a stream, or only its last `count`. */
async function tail<T>(bus: Bus, source: { stream: string; codec: Codec<T> }, count: number | undefined) {
  return (await readStream(bus, source, { last: count })).map((stored) => stored.event);
}
