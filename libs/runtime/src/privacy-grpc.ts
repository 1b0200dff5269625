import { timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import {
  type Attributes,
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  type TextMapSetter,
  trace,
} from "@opentelemetry/api";
import {
  type ForgetRequest,
  type ForgetResponse,
  type MaskRequest,
  type MaskResponse,
  PrivacyServiceClient,
  PrivacyServiceService,
  type UnmaskRequest,
  type UnmaskResponse,
} from "@poststelle/contracts";
import {
  AccessDeniedError,
  errorCode,
  PermanentError,
  type PoststelleError,
  safeReason,
  TransientError,
} from "@poststelle/errors";

/** What the mask service does behind PrivacyService; the gRPC layer only adapts it. */
export interface PrivacyOperations {
  mask(request: MaskRequest): Promise<MaskResponse>;
  unmask(request: UnmaskRequest): Promise<UnmaskResponse>;
  forget(request: ForgetRequest): Promise<ForgetResponse>;
}

export interface PrivacyGrpcSecurity {
  /** Shared bearer token; callers send `authorization: Bearer <token>`. */
  token?: string;
  /** mTLS: server cert and key; with caFile, client certificates are required. */
  tls?: { certFile: string; keyFile: string; caFile?: string };
}

const metadataGetter: TextMapGetter<grpc.Metadata> = {
  keys: (carrier) => Object.keys(carrier.getMap()),
  get: (carrier, key) => {
    const value = carrier.get(key)[0];
    return typeof value === "string" ? value : undefined;
  },
};
const metadataSetter: TextMapSetter<grpc.Metadata> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

function tokenMatches(expected: string, header: string | undefined): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}

function grpcStatusOf(error: unknown): grpc.status {
  if (error instanceof AccessDeniedError) return grpc.status.UNAUTHENTICATED;
  if (error instanceof PermanentError) return grpc.status.INVALID_ARGUMENT;
  if (error instanceof TransientError) return grpc.status.UNAVAILABLE;
  return grpc.status.INTERNAL;
}

/** The span of one PrivacyService call, whether served over gRPC or inside the process. */
export function startPrivacySpan(
  method: string,
  kind: SpanKind,
  parent: Context,
  attributes: Attributes = {},
): Span {
  return trace.getTracer("@poststelle/runtime").startSpan(
    `poststelle.v1.PrivacyService/${method}`,
    {
      kind,
      attributes: { "rpc.service": "poststelle.v1.PrivacyService", "rpc.method": method, ...attributes },
    },
    parent,
  );
}

/** Ends a failed call's span with the error's code only: its message stays out of traces. */
export function endFailedPrivacySpan(span: Span, error: unknown, attributes: Attributes = {}): void {
  span.setAttributes({ "error.type": errorCode(error), ...attributes });
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

function unary<Req, Res>(
  method: string,
  security: PrivacyGrpcSecurity,
  run: (request: Req) => Promise<Res>,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const parent = propagation.extract(ROOT_CONTEXT, call.metadata, metadataGetter);
    const span = startPrivacySpan(method, SpanKind.SERVER, parent, { "rpc.system": "grpc" });
    const authorization = call.metadata.get("authorization")[0];
    const authorized =
      security.token === undefined ||
      tokenMatches(security.token, typeof authorization === "string" ? authorization : undefined);
    const work = authorized
      ? context.with(trace.setSpan(parent, span), () => run(call.request))
      : Promise.reject(new AccessDeniedError("privacy.unauthenticated", "missing or wrong bearer token"));
    work.then(
      (response) => {
        span.end();
        callback(null, response);
      },
      (error: unknown) => {
        const code = grpcStatusOf(error);
        endFailedPrivacySpan(span, error, { "rpc.grpc.status_code": code });
        // Only our own PII-free messages leave the process.
        callback({ code, details: safeReason(error) }, null);
      },
    );
  };
}

export interface PrivacyServer {
  readonly port: number;
  stop(): Promise<void>;
}

/** Serves PrivacyService; without token and TLS it only listens on loopback. */
export async function servePrivacyService(
  operations: PrivacyOperations,
  options: { host: string; port: number } & PrivacyGrpcSecurity,
): Promise<PrivacyServer> {
  const loopback = options.host === "127.0.0.1" || options.host === "localhost" || options.host === "::1";
  if (!options.token && !options.tls && !loopback) {
    throw new PermanentError(
      "privacy.unprotected",
      "privacy.grpc needs a token or tls when it listens beyond loopback",
    );
  }
  const server = new grpc.Server();
  server.addService(PrivacyServiceService, {
    mask: unary("Mask", options, (r: MaskRequest) => operations.mask(r)),
    unmask: unary("Unmask", options, (r: UnmaskRequest) => operations.unmask(r)),
    forget: unary("Forget", options, (r: ForgetRequest) => operations.forget(r)),
  });
  const credentials = options.tls
    ? grpc.ServerCredentials.createSsl(
        options.tls.caFile ? readFileSync(options.tls.caFile) : null,
        [{ cert_chain: readFileSync(options.tls.certFile), private_key: readFileSync(options.tls.keyFile) }],
        Boolean(options.tls.caFile),
      )
    : grpc.ServerCredentials.createInsecure();
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${options.host}:${options.port}`, credentials, (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 5_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}

export interface PrivacyClient {
  mask(request: MaskRequest): Promise<MaskResponse>;
  unmask(request: UnmaskRequest): Promise<UnmaskResponse>;
  forget(request: ForgetRequest): Promise<ForgetResponse>;
  close(): void;
}

export interface PrivacyClientOptions extends PrivacyGrpcSecurity {
  /** host:port of the mask service. */
  address: string;
  /** mTLS client identity. */
  clientTls?: { certFile: string; keyFile: string; caFile: string };
  deadlineMs?: number;
}

/** A PrivacyService client that carries trace context and the token, and maps status codes to our errors. */
export function connectPrivacyService(options: PrivacyClientOptions): PrivacyClient {
  const credentials = options.clientTls
    ? grpc.credentials.createSsl(
        readFileSync(options.clientTls.caFile),
        readFileSync(options.clientTls.keyFile),
        readFileSync(options.clientTls.certFile),
      )
    : grpc.credentials.createInsecure();
  const client = new PrivacyServiceClient(options.address, credentials);
  const call = <Req, Res>(method: "mask" | "unmask" | "forget", request: Req): Promise<Res> => {
    const metadata = new grpc.Metadata();
    if (options.token) metadata.set("authorization", `Bearer ${options.token}`);
    propagation.inject(context.active(), metadata, metadataSetter);
    const deadline = new Date(Date.now() + (options.deadlineMs ?? 10_000));
    return new Promise<Res>((resolve, reject) => {
      const fn = client[method].bind(client) as unknown as (
        r: Req,
        m: grpc.Metadata,
        o: Partial<grpc.CallOptions>,
        cb: (e: grpc.ServiceError | null, r: Res) => void,
      ) => void;
      fn(request, metadata, { deadline }, (error, response) => {
        if (!error) return resolve(response);
        reject(toPoststelleError(error));
      });
    });
  };
  return {
    mask: (r) => call("mask", r),
    unmask: (r) => call("unmask", r),
    forget: (r) => call("forget", r),
    close: () => client.close(),
  };
}

function toPoststelleError(error: grpc.ServiceError): PoststelleError {
  const detail = `PrivacyService answered ${grpc.status[error.code] ?? error.code}`;
  switch (error.code) {
    case grpc.status.UNAUTHENTICATED:
    case grpc.status.PERMISSION_DENIED:
      return new AccessDeniedError("privacy.unauthenticated", detail);
    case grpc.status.INVALID_ARGUMENT:
      return new PermanentError("privacy.rejected", detail);
    default:
      return new TransientError("privacy.unavailable", detail);
  }
}
