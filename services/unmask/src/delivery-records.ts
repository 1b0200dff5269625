import type { declareBucket } from "@poststelle/bus";
import { type DeliveryRecord, decodeRecord, encodeRecord } from "@poststelle/delivery";
import { TransientError } from "@poststelle/errors";

export type DeliveryBucket = Awaited<ReturnType<typeof declareBucket>>;

/** The deliveries bucket: one record per mail and action, so a redelivered event repeats nothing. */
export class DeliveryRecords {
  constructor(private readonly bucket: DeliveryBucket) {}

  async get(key: string): Promise<DeliveryRecord | undefined> {
    const entry = await this.bucket.get(key).catch((error: unknown) => {
      throw new TransientError("delivery.records_unavailable", "cannot read the deliveries bucket", {
        cause: error,
      });
    });
    if (entry === null || entry.operation !== "PUT") return undefined;
    return decodeRecord(entry.value);
  }

  /** Starts writing a step's done record: the record at once, and the write to wait for. */
  done(
    key: string,
    record: Omit<DeliveryRecord, "state" | "at">,
  ): { record: DeliveryRecord; written: Promise<void> } {
    const full: DeliveryRecord = { ...record, state: "done", at: new Date().toISOString() };
    const written = this.bucket.put(key, encodeRecord(full)).then(
      () => undefined,
      (error: unknown) => {
        throw new TransientError("delivery.records_unavailable", "cannot write the deliveries bucket", {
          cause: error,
        });
      },
    );
    return { record: full, written };
  }

  /**
   * Claims an action that cannot be looked up afterwards (an SMTP send). False when a record
   * exists already: another attempt claimed it and may have sent.
   */
  async claim(key: string, record: Omit<DeliveryRecord, "state" | "at">): Promise<boolean> {
    const pending: DeliveryRecord = { ...record, state: "pending", at: new Date().toISOString() };
    try {
      await this.bucket.create(key, encodeRecord(pending));
      return true;
    } catch (error) {
      if ((await this.get(key)) !== undefined) return false;
      throw new TransientError("delivery.records_unavailable", "cannot write the deliveries bucket", {
        cause: error,
      });
    }
  }

  /** Gives a claim back after a send that certainly failed, so the next attempt sends again. */
  async release(key: string): Promise<void> {
    await this.bucket.delete(key);
  }

  /**
   * Adds one to a counter and returns the new value, unless it has reached `limit` (then
   * undefined). Compare-and-set, so parallel handlers never both take the last slot.
   */
  async increment(key: string, limit: number): Promise<number | undefined> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const entry = await this.bucket.get(key);
      const live = entry !== null && entry.operation === "PUT";
      const count = live ? Number(new TextDecoder().decode(entry.value)) || 0 : 0;
      if (count >= limit) return undefined;
      const next = new TextEncoder().encode(String(count + 1));
      try {
        if (live) await this.bucket.update(key, next, entry.revision);
        else await this.bucket.create(key, next);
        return count + 1;
      } catch {
        // Lost a race with another handler: read again.
      }
    }
    throw new TransientError("delivery.rate_contended", "could not update the auto-send counter");
  }
}
