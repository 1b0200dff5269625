import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { PermanentError } from "@poststelle/errors";

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$|^[A-Za-z0-9_-]+$/;
const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** 18 bytes: 144 bits against collisions, and exactly 24 base64url characters without padding. */
const INDEX_HASH_BYTES = 18;

/**
 * A 32-byte vault key with an id. The id travels with every sealed value, so a vault can hold
 * values sealed under several keys while keys rotate.
 */
export class VaultKey {
  readonly keyId: string;
  readonly #sealKey: Buffer;
  readonly #indexKey: Buffer;

  private constructor(keyId: string, key: Buffer) {
    this.keyId = keyId;
    // Separate subkeys for encryption and for the keyed index hashes.
    this.#sealKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "poststelle/pii/seal", 32));
    this.#indexKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "poststelle/pii/index", 32));
  }

  /** Validates id and key; the error never quotes the key material. */
  static fromBase64(keyId: string, base64: string): VaultKey {
    if (!KEY_ID.test(keyId)) {
      throw new PermanentError("pii.vault_key_invalid", "key id must be 1-32 characters of [A-Za-z0-9_-]");
    }
    const trimmed = base64.trim();
    if (!BASE64.test(trimmed)) throw new PermanentError("pii.vault_key_invalid", "vault key is not base64");
    const key = Buffer.from(trimmed, trimmed.includes("-") || trimmed.includes("_") ? "base64url" : "base64");
    if (key.length !== 32) {
      throw new PermanentError(
        "pii.vault_key_invalid",
        `vault key must decode to 32 bytes, got ${key.length}`,
      );
    }
    return new VaultKey(keyId, key);
  }

  /** A fresh random key, e.g. for `poststelle keygen` or tests. */
  static generate(keyId: string): VaultKey {
    return VaultKey.fromBase64(keyId, randomBytes(32).toString("base64"));
  }

  /** AES-256-GCM with a random IV; `context` (e.g. the storage key) is authenticated, not stored. */
  seal(plaintext: Uint8Array, context: string): Uint8Array {
    const id = Buffer.from(this.keyId, "ascii");
    const header = Buffer.concat([Buffer.from([FORMAT_VERSION, id.length]), id]);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.#sealKey, iv);
    cipher.setAAD(Buffer.concat([header, Buffer.from(context, "utf8")]));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return new Uint8Array(Buffer.concat([header, iv, cipher.getAuthTag(), ciphertext]));
  }

  /** Keyed hash for storage keys and indexes: base64url, KV-safe, reveals nothing without the key. */
  indexHash(value: string): string {
    return createHmac("sha256", this.#indexKey)
      .update(value, "utf8")
      .digest()
      .subarray(0, INDEX_HASH_BYTES)
      .toString("base64url");
  }

  /** @internal Decrypts a value sealed with this key; use `openSealed` to pick the key. */
  openWithThisKey(sealed: Buffer, headerLength: number, context: string): Uint8Array {
    const iv = sealed.subarray(headerLength, headerLength + IV_BYTES);
    const tag = sealed.subarray(headerLength + IV_BYTES, headerLength + IV_BYTES + TAG_BYTES);
    const ciphertext = sealed.subarray(headerLength + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv("aes-256-gcm", this.#sealKey, iv);
    decipher.setAAD(Buffer.concat([sealed.subarray(0, headerLength), Buffer.from(context, "utf8")]));
    decipher.setAuthTag(tag);
    try {
      return new Uint8Array(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
    } catch (error) {
      throw new PermanentError("pii.vault_tampered", "sealed value failed authentication", { cause: error });
    }
  }
}

/** Seals with the current key (the first of `keys`). */
export function sealValue(keys: readonly VaultKey[], plaintext: Uint8Array, context: string): Uint8Array {
  const current = keys[0];
  if (current === undefined) throw new PermanentError("pii.vault_key_missing", "no vault key configured");
  return current.seal(plaintext, context);
}

/** Opens a value sealed under any of `keys`, chosen by the key id stored with it. */
export function openSealed(keys: readonly VaultKey[], sealed: Uint8Array, context: string): Uint8Array {
  const buffer = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (buffer.length < 2 || buffer[0] !== FORMAT_VERSION) {
    throw new PermanentError("pii.vault_tampered", "sealed value has an unknown format");
  }
  const headerLength = 2 + buffer[1]!;
  if (buffer.length < headerLength + IV_BYTES + TAG_BYTES) {
    throw new PermanentError("pii.vault_tampered", "sealed value is truncated");
  }
  const keyId = buffer.subarray(2, headerLength).toString("ascii");
  const key = keys.find((candidate) => candidate.keyId === keyId);
  if (key === undefined)
    throw new PermanentError("pii.vault_key_unknown", "sealed value names a key id that is not configured");
  return key.openWithThisKey(buffer, headerLength, context);
}
