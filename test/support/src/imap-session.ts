import { ImapFlow } from "imapflow";
import type { ImapAccount } from "./dovecot.js";

/** Logs in as a person's mail client would, runs `work`, logs out: for tests that look at folders. */
export async function withImap<T>(account: ImapAccount, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.secure,
    auth: { user: account.user, pass: account.password },
    logger: false,
  });
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}
