import { RequestError, RequestOne } from "@nats-io/nats-core/internal";

/**
 * nats-core 3.4 ends every request, answered or timed out, with `RequestOne.cancel()`, which
 * builds a `RequestError("cancelled")` with a stack trace and rejects the request's own promise
 * with it. That promise has settled by then, so nobody ever sees the error, but building it cost
 * 2–3 % of the pipeline's CPU (several requests per mail: publish acks, KV, ack acks). Passing
 * one error built once skips that; a cancel with a real error is left as it was.
 */
const CANCELLED = new RequestError("cancelled");
const applied = Symbol.for("poststelle.bus.requestCancel");

type Cancel = (this: RequestOne, err?: Error) => void;
type Patchable = { cancel: Cancel; [applied]?: true };

/** Idempotent; every connectBus applies it. */
export function reuseRequestCancelError(): void {
  const prototype = RequestOne.prototype as unknown as Patchable;
  if (prototype[applied]) return;
  const cancel = prototype.cancel;
  prototype.cancel = function (this: RequestOne, err?: Error) {
    cancel.call(this, err ?? CANCELLED);
  };
  prototype[applied] = true;
}
