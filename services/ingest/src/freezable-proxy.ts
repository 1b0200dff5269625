import { createServer, type Socket, connect as tcpConnect } from "node:net";

/** Test helper: a TCP proxy whose open connections can be made to go silent without closing. */
export interface FreezableProxy {
  readonly port: number;
  /** From now on, bytes on the connections open right now are dropped; new connections work. */
  freeze(): void;
  /** Connections opened so far. */
  opened(): number;
  close(): Promise<void>;
}

export async function startFreezableProxy(targetHost: string, targetPort: number): Promise<FreezableProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket; frozen: boolean }>();
  let opened = 0;
  const server = createServer((client) => {
    opened++;
    const upstream = tcpConnect(targetPort, targetHost);
    const pair = { client, upstream, frozen: false };
    pairs.add(pair);
    client.on("data", (data) => {
      if (!pair.frozen) upstream.write(data);
    });
    upstream.on("data", (data) => {
      if (!pair.frozen) client.write(data);
    });
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("proxy has no port");
  return {
    port: address.port,
    freeze() {
      for (const pair of pairs) pair.frozen = true;
    },
    opened: () => opened,
    async close() {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
