import { context, SpanKind, trace } from "@opentelemetry/api";
import { PoststelleError, TransientError } from "@poststelle/errors";
import {
  endFailedPrivacySpan,
  type PrivacyClient,
  type PrivacyOperations,
  startPrivacySpan,
} from "./privacy-grpc.js";

/**
 * What the services of one process offer each other directly. `run all` has mask and unmask in
 * one process: there unmask calls mask's operations instead of going out over gRPC and back in,
 * which cost 12–20 % of the pipeline's throughput and two event-loop turns on each unmask
 * (pipeline bench). A service in a process of its own finds nothing here.
 */
export class InProcessServices {
  /** Set by mask once it serves PrivacyService. */
  privacy: PrivacyOperations | undefined = undefined;
}

/**
 * `remote`, unless this process serves PrivacyService itself. Looked up on every call: in-process
 * services start downstream first, so unmask is up before mask is.
 */
export function preferInProcessPrivacy(
  services: InProcessServices | undefined,
  remote: PrivacyClient,
): PrivacyClient {
  if (services === undefined) return remote;
  return {
    mask: (r) =>
      services.privacy ? callInProcess("Mask", services.privacy, (o) => o.mask(r)) : remote.mask(r),
    unmask: (r) =>
      services.privacy ? callInProcess("Unmask", services.privacy, (o) => o.unmask(r)) : remote.unmask(r),
    forget: (r) =>
      services.privacy ? callInProcess("Forget", services.privacy, (o) => o.forget(r)) : remote.forget(r),
    close: () => remote.close(),
  };
}

/** Traced like the gRPC server's side of the call; errors keep their kind, foreign ones lose their message as over gRPC. */
async function callInProcess<T>(
  method: string,
  operations: PrivacyOperations,
  run: (operations: PrivacyOperations) => Promise<T>,
): Promise<T> {
  const span = startPrivacySpan(method, SpanKind.INTERNAL, context.active());
  try {
    const result = await context.with(trace.setSpan(context.active(), span), () => run(operations));
    span.end();
    return result;
  } catch (error) {
    endFailedPrivacySpan(span, error);
    if (error instanceof PoststelleError) throw error;
    throw new TransientError("privacy.unavailable", "PrivacyService failed");
  }
}
