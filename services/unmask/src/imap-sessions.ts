import type { ImapMailboxConfig } from "@poststelle/config";
import { TransientError } from "@poststelle/errors";
import { imapOptionsFor } from "@poststelle/mail-access";
import { ImapFlow } from "imapflow";

/**
 * One IMAP connection per mailbox, shared by all handlers (imapflow queues commands; mailbox
 * locks keep SELECT-bound work apart). imapflow never reconnects on its own: a closed client is
 * dropped here, and the next caller gets a fresh one.
 */
export class ImapSessions {
  readonly #clients = new Map<string, Promise<ImapFlow>>();
  #closed = false;

  /** Called with an error code when a connection fails or drops; for logs and metrics. */
  constructor(private readonly onError: (code: string) => void = () => {}) {}

  async client(mailbox: ImapMailboxConfig): Promise<ImapFlow> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.#closed) throw new TransientError("imap.closing", "the service is stopping");
      let pending = this.#clients.get(mailbox.id);
      if (pending === undefined) {
        const connecting = this.#connect(mailbox);
        pending = connecting;
        this.#clients.set(mailbox.id, connecting);
        connecting.catch(() => this.#drop(mailbox.id, connecting));
      }
      const client = await pending;
      if (client.usable) return client;
      this.#drop(mailbox.id, pending);
    }
    throw new TransientError("imap.unusable", "the IMAP session closed right after it opened");
  }

  /** Drops a client a caller saw fail, so the next call reconnects instead of reusing it. */
  discard(mailbox: ImapMailboxConfig, client: ImapFlow): void {
    const pending = this.#clients.get(mailbox.id);
    void pending?.then(
      (current) => {
        if (current !== client) return;
        this.#drop(mailbox.id, pending);
        client.close();
      },
      () => {},
    );
  }

  #drop(id: string, pending: Promise<ImapFlow>): void {
    if (this.#clients.get(id) === pending) this.#clients.delete(id);
  }

  async #connect(mailbox: ImapMailboxConfig): Promise<ImapFlow> {
    const client = new ImapFlow(await imapOptionsFor(mailbox));
    // imapflow's error events carry server text; only their code is kept.
    client.on("error", (error: { code?: unknown }) => {
      this.onError(typeof error?.code === "string" ? `imap.${error.code}` : "imap.connection_error");
    });
    client.on("close", () => {
      const pending = this.#clients.get(mailbox.id);
      void pending?.then(
        (current) => current === client && this.#drop(mailbox.id, pending),
        () => {},
      );
    });
    try {
      await client.connect();
    } catch (error) {
      client.close();
      const code = (error as { authenticationFailed?: boolean }).authenticationFailed
        ? "imap.auth_failed"
        : "imap.connect_failed";
      throw new TransientError(code, "could not open an IMAP session", { cause: error });
    }
    return client;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const clients = [...this.#clients.values()];
    this.#clients.clear();
    await Promise.allSettled(
      clients.map(async (pending) => {
        const client = await pending;
        await client.logout().catch(() => client.close());
      }),
    );
  }
}
