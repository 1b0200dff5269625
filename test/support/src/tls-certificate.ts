import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

export interface SelfSignedCertificate {
  readonly certFile: string;
  readonly keyFile: string;
  /** The certificate; being self-signed, it is also the CA a client must trust. */
  readonly certPem: string;
  readonly keyPem: string;
}

/** A P-256 certificate for localhost and 127.0.0.1, valid two days, written into `dir` (openssl CLI). */
export async function createSelfSignedCertificate(dir: string): Promise<SelfSignedCertificate> {
  const certFile = join(dir, "tls-cert.pem");
  const keyFile = join(dir, "tls-key.pem");
  await promisify(execFile)("openssl", [
    ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
    ...["-keyout", keyFile, "-out", certFile, "-days", "2", "-subj", "/CN=localhost"],
    ...["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
  ]);
  return {
    certFile,
    keyFile,
    certPem: await readFile(certFile, "utf8"),
    keyPem: await readFile(keyFile, "utf8"),
  };
}
