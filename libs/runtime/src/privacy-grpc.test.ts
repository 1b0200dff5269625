import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { MaskRequest } from "@poststelle/contracts";
import { AccessDeniedError, PermanentError, TransientError } from "@poststelle/errors";
import {
  connectPrivacyService,
  type PrivacyOperations,
  type PrivacyServer,
  servePrivacyService,
} from "./privacy-grpc.js";

// The operations here only echo what reached them: the test is about the gRPC layer (auth,
// status mapping, PII-free errors), not about masking.
const received: MaskRequest[] = [];
const operations: PrivacyOperations = {
  async mask(request) {
    received.push(request);
    if (request.text === "bad") throw new PermanentError("privacy.too_long", "text exceeds the limit");
    if (request.text === "busy") throw new TransientError("vault.unavailable", "vault bucket unreachable");
    if (request.text === "bug") throw new Error("secret detail max@example.com");
    return { masked: `[[PERSON_1]] ${request.threadId}`, entities: [] };
  },
  async unmask(request) {
    return {
      texts: request.texts.map((text) => ({ text, restored: 0, unknownPlaceholders: [], addressKey: "" })),
    };
  },
  async forget() {
    return { erasedEntries: 2, erasedThreads: 1, threadIds: ["t"] };
  },
};

let server: PrivacyServer;
before(async () => {
  server = await servePrivacyService(operations, { host: "127.0.0.1", port: 0, token: "s3cret-token" });
});
after(async () => server?.stop());

test("a caller with the token is served", async () => {
  const client = connectPrivacyService({ address: `127.0.0.1:${server.port}`, token: "s3cret-token" });
  const response = await client.mask({ threadId: "t_1", text: "Hallo Max", language: "de", knownNames: [] });
  client.close();
  assert.equal(response.masked, "[[PERSON_1]] t_1");
  assert.equal(received.at(-1)?.text, "Hallo Max");
});

test("a caller without or with a wrong token is refused before the operation runs", async () => {
  const before = received.length;
  for (const token of [undefined, "wrong-token!", "s3cret-tokeN"]) {
    const client = connectPrivacyService({ address: `127.0.0.1:${server.port}`, token });
    await assert.rejects(
      client.mask({ threadId: "t", text: "x", language: "", knownNames: [] }),
      AccessDeniedError,
    );
    client.close();
  }
  assert.equal(received.length, before);
});

test("errors keep their kind across the wire and never carry foreign messages", async () => {
  const client = connectPrivacyService({ address: `127.0.0.1:${server.port}`, token: "s3cret-token" });
  const call = (text: string) => client.mask({ threadId: "t", text, language: "", knownNames: [] });
  await assert.rejects(call("bad"), PermanentError);
  await assert.rejects(call("busy"), TransientError);
  await assert.rejects(call("bug"), (error: Error) => {
    assert.ok(error instanceof TransientError);
    assert.doesNotMatch(error.message, /example\.com|secret detail/);
    return true;
  });
  client.close();
});

test("without token or TLS the server refuses to listen beyond loopback", async () => {
  await assert.rejects(servePrivacyService(operations, { host: "0.0.0.0", port: 0 }), PermanentError);
});
