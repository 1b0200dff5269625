import { randomBytes } from "node:crypto";
import { createServer } from "node:http";

/**
 * A stand-in OAuth2 authorization server for XOAUTH2 tests: it hands out bearer tokens and
 * answers token introspection the way Microsoft Graph's `/me` does (GET with the token as
 * `Authorization: Bearer`, 401 for a token it does not know), which is what Dovecot's oauth2
 * passdb asks with `introspection_mode = auth`. The SMTP sink checks tokens against it directly.
 */
export interface OAuthProvider {
  /** The introspection endpoint on 127.0.0.1. */
  readonly introspectionUrl: string;
  /** A new random access token for the user; earlier tokens stay valid until revoked. */
  grant(user: string): string;
  revoke(token: string): void;
  /** The user a token is valid for, or undefined for an unknown or revoked one. */
  userFor(token: string): string | undefined;
  /** Introspection requests answered so far (valid or not). */
  readonly introspections: number;
  stop(): Promise<void>;
}

export async function startOAuthProvider(): Promise<OAuthProvider> {
  const tokens = new Map<string, string>();
  let introspections = 0;
  const server = createServer((request, response) => {
    introspections++;
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1];
    const user = token === undefined ? undefined : tokens.get(token);
    if (user === undefined) {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: "invalid_token" }));
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ username: user, active: "true" }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("oauth provider: no TCP address");

  return {
    introspectionUrl: `http://127.0.0.1:${address.port}/me`,
    grant(user) {
      const token = randomBytes(24).toString("base64url");
      tokens.set(token, user);
      return token;
    },
    revoke(token) {
      tokens.delete(token);
    },
    userFor(token) {
      return tokens.get(token);
    },
    get introspections() {
      return introspections;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
