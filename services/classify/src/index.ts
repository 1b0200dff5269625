import { metrics } from "@opentelemetry/api";
import { consumeEvents, publishEvent } from "@poststelle/bus";
import { AutomaticKind, Events, type MailMasked } from "@poststelle/contracts";
import { createChatClient } from "@poststelle/llm";
import {
  classifyMail,
  type RoutableMail,
  toProtoClassification,
  trainEmbeddedClassifier,
} from "@poststelle/routing";
import { type ServiceStarter, stageConsumerOptions } from "@poststelle/runtime";

/** What routing sees of a masked mail; zone M, so only placeholders stand for people. */
export function routableFromMasked(mail: MailMasked): RoutableMail {
  return {
    subject: mail.subject,
    body: mail.bodyText,
    fromAddress: mail.fromPlaceholder,
    fromDomain: mail.fromDomain,
    recipients: mail.companyRecipients,
    headers: mail.headers,
    attachmentTypes: mail.attachments.map((a) => a.contentType),
    automatic:
      mail.automatic !== AutomaticKind.AUTOMATIC_KIND_NONE &&
      mail.automatic !== AutomaticKind.AUTOMATIC_KIND_UNSPECIFIED,
    languageHint: mail.languageHint || undefined,
  };
}

/** mail.masked → rules, then the LLM, then the embedded classifier → mail.classified. */
export const startClassify: ServiceStarter = async ({ config, bus, logger }) => {
  const meter = metrics.getMeter("@poststelle/classify");
  const decisions = meter.createCounter("poststelle_classify_decisions", {
    description: "Routing decisions by department and by what decided",
  });
  const confidence = meter.createHistogram("poststelle_classify_confidence", {
    description: "Confidence of routing decisions",
    advice: { explicitBucketBoundaries: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1] },
  });
  const started = performance.now();
  const fallback = await trainEmbeddedClassifier(config);
  logger.info(
    {
      count: config.departments.length,
      labeledMailFileCount: config.embeddedClassifier.labeledMails.length,
      skippedCount: fallback.skippedExamples,
      durationMs: Math.round(performance.now() - started),
    },
    "embedded classifier trained",
  );
  const llm = config.llm.classify ? createChatClient(config.llm.classify, { name: "classify" }) : undefined;
  const context = {
    departments: config.departments,
    rules: config.rules,
    triage: config.triage,
    llm,
    fallback,
  };

  const consumer = await consumeEvents(bus, {
    event: Events.masked,
    durable: "classify",
    stage: "classify",
    ...stageConsumerOptions(config, "classify"),
    handler: async (mail, ctx) => {
      const result = await classifyMail(routableFromMasked(mail), context);
      ctx.span.setAttributes({
        "poststelle.department": result.department,
        "poststelle.decided_by": result.decidedBy,
      });
      await publishEvent(bus, Events.classified, {
        mail,
        classification: toProtoClassification(result),
        noDraft: result.noDraft,
        noDraftReason: result.noDraftReason ?? "",
      });
      decisions.add(1, { department: result.department, decided_by: result.decidedBy });
      confidence.record(result.confidence, { decided_by: result.decidedBy });
    },
  });
  return { name: "classify", ready: () => true, stop: () => consumer.stop() };
};
