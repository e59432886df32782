/**
 * The coder password hash DNA checks when it opens a database: jasypt's
 * StrongPasswordEncryptor, i.e. SHA-256 over salt + UTF-8 password, rehashed to
 * 100,000 iterations, stored as base64(salt ‖ digest) with a 16-byte salt.
 */
import { base64, digestBytes, rehashDigest, sha256 } from '../export/sha256';

export const DNA_PASSWORD_ITERATIONS = 100_000;
const SALT_BYTES = 16;

/** jasypt StrongPasswordEncryptor.encryptPassword, with the salt given (random by default). */
export function dnaPasswordHash(
  password: string,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
  iterations = DNA_PASSWORD_ITERATIONS,
): string {
  const message = new TextEncoder().encode(password.normalize('NFC'));
  const first = new Uint8Array(salt.length + message.length);
  first.set(salt);
  first.set(message, salt.length);
  const bytes = sha256(first);
  const view = new DataView(bytes.buffer);
  const words = new Uint32Array(8).map((_, i) => view.getUint32(i * 4));
  for (let i = 1; i < iterations; i++) rehashDigest(words);
  const digest = digestBytes(words);
  const result = new Uint8Array(salt.length + digest.length);
  result.set(salt);
  result.set(digest, salt.length);
  return base64(result);
}

/** The password of the coder "Stance Map" in every .dna file Stance Map writes. */
export const DNA_EXPORT_PASSWORD = 'stancemap';

let exportHash: string | null = null;

/** The hash of DNA_EXPORT_PASSWORD, made once per session (100,000 rounds take a moment). */
export function exportPasswordHash(): string {
  exportHash ??= dnaPasswordHash(DNA_EXPORT_PASSWORD);
  return exportHash;
}
