import { consumeEvents, publishEvent } from "@poststelle/bus";
import { DraftSource, Events } from "@poststelle/contracts";
import { createChatClient } from "@poststelle/llm";
import { type ServiceStarter, stageConsumerOptions } from "@poststelle/runtime";
import { createDraftMetrics } from "./metrics.js";
import { writeDraft } from "./write-draft.js";

export { type DraftDeps, writeDraft } from "./write-draft.js";

const SOURCE_LABEL: Partial<Record<DraftSource, string>> = {
  [DraftSource.DRAFT_SOURCE_LLM]: "llm",
  [DraftSource.DRAFT_SOURCE_TEMPLATE]: "template",
  [DraftSource.DRAFT_SOURCE_NONE]: "none",
};

/**
 * The draft stage (zone M): a reply for every classified mail, written on masked text by the
 * drafting LLM (llm.draft) and checked, or from the department's template.
 */
export const startDraft: ServiceStarter = async ({ config, bus, logger }) => {
  const metrics = createDraftMetrics();
  const llm = config.llm.draft ? createChatClient(config.llm.draft, { name: "draft" }) : undefined;
  const consumer = await consumeEvents(bus, {
    event: Events.classified,
    durable: "draft",
    stage: "draft",
    ...stageConsumerOptions(config, "draft"),
    handler: async (event) => {
      const drafted = await writeDraft(event, { config, llm });
      await publishEvent(bus, Events.drafted, drafted);
      const source = SOURCE_LABEL[drafted.source] ?? "unknown";
      metrics.drafts.add(1, { source });
      const code = drafted.fallbackReason.split(":")[0];
      if (code) metrics.fallbacks.add(1, { code });
      logger.info(
        {
          mailId: drafted.meta?.mailId,
          department: drafted.classification?.department,
          reasonCode: code || undefined,
        },
        `draft written (${source})`,
      );
    },
  });

  let running = true;
  return {
    name: "draft",
    ready: () => running,
    async stop() {
      running = false;
      await consumer.stop();
      llm?.close();
    },
  };
};
