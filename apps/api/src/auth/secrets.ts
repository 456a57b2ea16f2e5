import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** 256 random bits as URL-safe text: session tokens, CSRF tokens, API key secrets. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** For high-entropy secrets (tokens, keys) a fast hash suffices: they cannot be guessed. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Names an account in the request log without its email: the first 12 hex digits of the SHA-256 of
 * the trimmed, lower-cased address (as the login limits count it). An operator groups attempts on one
 * account by it, and finds an account's attempts by computing it from the address; it is a pseudonym,
 * not a secret (anyone holding a guessed address can check it).
 */
export function accountTag(email: string): string {
  return accountHash(email).slice(0, 12);
}

/** The SHA-256 of an email as the login limits and the log know it: trimmed and lower-cased. */
export function accountHash(email: string): string {
  return sha256(email.trim().toLowerCase());
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): slow for an attacker, ~30 ms here.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

// Verified against when the email is unknown, so a wrong email costs as long as a wrong password.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomToken());
  return decoy;
}
