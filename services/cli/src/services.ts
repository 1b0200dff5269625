import { startClassify } from "@poststelle/classify";
import { startDraft } from "@poststelle/draft";
import { startIngest } from "@poststelle/ingest";
import { startMask } from "@poststelle/mask";
import type { ServiceStarter } from "@poststelle/runtime";
import { startUnmask } from "@poststelle/unmask";

/** The pipeline's services in pipeline order; a process starts them downstream first. */
export const SERVICES: Readonly<Record<string, ServiceStarter>> = {
  ingest: startIngest,
  mask: startMask,
  classify: startClassify,
  draft: startDraft,
  unmask: startUnmask,
};

export const SERVICE_NAMES = Object.keys(SERVICES);
