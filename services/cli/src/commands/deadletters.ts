import { readDeadLetters, replayDeadLetter, type StoredDeadLetter } from "@poststelle/bus";
import { dateFromTimestamp } from "@poststelle/contracts";
import type { Command } from "../command.js";
import { stringOption } from "../command.js";
import { connectOperatorBus, OPERATOR_OPTIONS, OPERATOR_OPTIONS_HELP } from "../operator-bus.js";

export const deadLettersCommand: Command = {
  name: "deadletters",
  summary: "List the dead-letter stream, or put its mails back into the pipeline once the cause is fixed",
  help: [
    "Usage: poststelle deadletters [--replay] [--stage STAGE] [--config FILE] [--data-dir DIR]",
    "",
    "Lists what the stages gave up on, oldest first: sequence, stage, reason code, mail id,",
    "attempts and time; ids and codes only, never mail content. With --replay each one is",
    "published again on its original subject, where its stage takes it with fresh retries, and",
    "is removed from the stream. Replaying is safe to repeat: every stage is idempotent. Mail that",
    "never reached the bus (ingest's unparseable mail) stays listed; it is in the mailbox.",
    "",
    "Connects with the config's nats settings, which must name an operator user (poststelle-admin)",
    "that may read DEADLETTER and publish on every stage's subject, or with nats.embedded to the",
    "nats-server inside a running `poststelle run all`.",
    "",
    "Options:",
    "      --replay        put the listed mails back into the pipeline",
    "      --stage STAGE   only this stage's dead letters (ingest, mask, classify, draft, unmask)",
    ...OPERATOR_OPTIONS_HELP,
  ].join("\n"),
  options: {
    replay: { type: "boolean" },
    stage: { type: "string" },
    ...OPERATOR_OPTIONS,
  },
  async run(args, io) {
    const bus = await connectOperatorBus("deadletters", args, io);
    try {
      const letters = await readDeadLetters(bus, { stage: stringOption(args, "stage") });
      for (const stored of letters) io.stdout.write(`${describe(stored)}\n`);
      if (!args.values["replay"]) {
        io.stdout.write(`${letters.length} dead letter(s)\n`);
        return 0;
      }
      let replayed = 0;
      for (const stored of letters) {
        if ((await replayDeadLetter(bus, stored)) === "replayed") replayed++;
      }
      io.stdout.write(`replayed ${replayed}, left ${letters.length - replayed} that never reached the bus\n`);
      return 0;
    } finally {
      await bus.close(1_000);
    }
  },
};

function describe({ sequence, letter }: StoredDeadLetter): string {
  const failedAt = dateFromTimestamp(letter.failedAt)?.toISOString() ?? "-";
  const mailId = letter.meta?.mailId || "-";
  return [
    sequence,
    letter.stage,
    letter.reasonCode,
    mailId,
    `attempts=${letter.deliveryCount}`,
    failedAt,
  ].join(" ");
}
