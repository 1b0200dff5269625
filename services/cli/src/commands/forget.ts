import { eraseFromStreams, rewriteAuditRecords, threadsInvolving } from "@poststelle/bus";
import type { Config } from "@poststelle/config";
import type { MailAudited } from "@poststelle/contracts";
import { PermanentError } from "@poststelle/errors";
import { withoutModelReason } from "@poststelle/routing";
import { privacyClientFrom } from "@poststelle/runtime";
import type { Command } from "../command.js";
import { dataDirOption, type ParsedArgs, stringOption } from "../command.js";
import {
  connectOperatorBus,
  loadOperatorConfig,
  OPERATOR_OPTIONS,
  OPERATOR_OPTIONS_HELP,
} from "../operator-bus.js";
import { recordedPrivacyAddress } from "../process.js";

export const forgetCommand: Command = {
  name: "forget",
  summary: "Erase a data subject (GDPR Art. 17): their vault entries and their mails in the streams",
  help: [
    "Usage: poststelle forget (--email ADDRESS | --thread ID) [--config FILE] [--data-dir DIR]",
    "",
    "Erases every conversation thread the address took part in (sender, Reply-To, To or Cc), or",
    "the one thread named: mask's vault forgets the thread's values, so no draft can restore",
    "them, and the thread's events are erased from every mail stream and the dead letters (the",
    "stored bytes are overwritten). A raw mail ingest could not parse goes when it names the",
    "address. The AUDIT stream keeps its records, ids and codes of what was decided, but the",
    "model's one-line reason in them is erased: it is free text. The mailboxes are not touched.",
    "Prints counts and thread ids only. Safe to run again.",
    "",
    "Calls PrivacyService.Forget at privacy.grpc (address, token, mTLS as unmask does; for a",
    "`run all` with port 0, the port it noted in its data dir), and needs the operator NATS user,",
    "like deadletters.",
    "",
    "Options:",
    "      --email ADDRESS  the data subject's e-mail address",
    "      --thread ID      one thread, by its id (`threadId` in `poststelle audit --mail-id`)",
    ...OPERATOR_OPTIONS_HELP,
  ].join("\n"),
  options: {
    email: { type: "string" },
    thread: { type: "string" },
    ...OPERATOR_OPTIONS,
  },
  async run(args, io) {
    const email = stringOption(args, "email")?.trim();
    const thread = stringOption(args, "thread")?.trim();
    if ((email === undefined) === (thread === undefined) || email === "" || thread === "") {
      io.stderr.write("poststelle forget: name either --email or --thread\n");
      return 2;
    }
    const config = await loadOperatorConfig(args, io, ["privacy"]);
    const address = privacyAddress(config, args);
    const bus = await connectOperatorBus("forget", args, io, config);
    const privacy = privacyClientFrom(config, address);
    try {
      // The vault first: were the streams erased first, a run cut short could no longer find the
      // threads the vault indexed by address.
      const vault = await privacy.forget({
        subject: email ? { $case: "emailAddress", value: email } : { $case: "threadId", value: thread! },
      });
      const threads = new Set(vault.threadIds);
      if (thread) threads.add(thread);
      let { erasedThreads, erasedEntries } = vault;
      if (email) {
        // Threads the address is in only as a recipient: the vault indexed them under no address.
        for (const found of await threadsInvolving(bus, email)) {
          if (threads.has(found)) continue;
          threads.add(found);
          const more = await privacy.forget({ subject: { $case: "threadId", value: found } });
          erasedThreads += more.erasedThreads;
          erasedEntries += more.erasedEntries;
        }
      }
      const erased = await eraseFromStreams(bus, { threadIds: threads, emailAddress: email });
      const reasons = await rewriteAuditRecords(bus, threads, withoutModelsWords);
      io.stdout.write(`vault: ${erasedThreads} thread(s), ${erasedEntries} value(s) erased\n`);
      for (const [stream, count] of erased) io.stdout.write(`${stream}: ${count} message(s) erased\n`);
      for (const id of [...threads].sort()) io.stdout.write(`thread ${id}\n`);
      io.stdout.write(`AUDIT: records kept, the model's reason erased from ${reasons}\n`);
      return 0;
    } finally {
      privacy.close();
      await bus.close(1_000);
    }
  },
};

/** The record without the model's free-text reason; undefined when it has none left. */
function withoutModelsWords(record: MailAudited): MailAudited | undefined {
  const reason = record.routing?.reason ?? "";
  const erased = withoutModelReason(reason);
  if (erased === reason) return undefined;
  return { ...record, routing: { ...record.routing!, reason: erased } };
}

/** Where mask serves PrivacyService: as configured, or as the `run all` on the data dir noted it. */
function privacyAddress(config: Config, args: ParsedArgs): string | undefined {
  if (config.privacy.grpc.address !== undefined || config.privacy.grpc.port !== 0) return undefined;
  const noted = recordedPrivacyAddress(dataDirOption(args));
  if (noted === undefined) {
    throw new PermanentError(
      "cli.no_privacy_service",
      "privacy.grpc.port is 0 and no `poststelle run all` on this data dir noted its port: start it (or pass its --data-dir)",
    );
  }
  return noted;
}
