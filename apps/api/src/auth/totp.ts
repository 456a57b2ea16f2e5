import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import { sha256 } from './secrets';

/**
 * TOTP (RFC 6238) as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps, a 160-bit
 * secret. A code is accepted for the step before and after the current one (a clock up to 30 s off), and
 * only for a step later than the last one accepted, so a code that was seen cannot be used again.
 */
const ISSUER = 'Wallet';
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** 32 letters and digits without look-alikes (no I, O, 0, 1): each character carries 5 random bits. */
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const RECOVERY_CODE_CHARS = 16;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function otpauthUrl(secret: string, email: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/** The QR code of an otpauth URL as an SVG data: URL: sharp at any size, and inert in an <img>. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Whether `code` looks like a TOTP code (6 digits, spaces allowed) rather than a recovery code. */
export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/** The time step `code` belongs to when it is right for `secret` now and later than `afterStep`, else null. */
export function acceptedStep(secret: string, code: string, afterStep: number | null): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({
    secret,
    token,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/**
 * Ten recovery codes of 80 random bits each, as XXXX-XXXX-XXXX-XXXX. 80 bits cannot be guessed or
 * searched for offline, so a SHA-256 of each is enough at rest (as for API keys); it also lets a code be
 * found by its hash in one indexed lookup.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    // 256 is a multiple of 32, so each byte's low five bits pick a character uniformly.
    const chars = [...randomBytes(RECOVERY_CODE_CHARS)].map((byte) => RECOVERY_ALPHABET[byte & 31]);
    return chars.join('').replace(/(.{4})(?=.)/g, '$1-');
  });
}

/** A recovery code as typed (any case, with or without dashes and spaces) to its stored hash, or null. */
export function recoveryCodeHash(code: string): string | null {
  const normalized = code.replace(/[\s-]/g, '').toUpperCase();
  if (normalized.length !== RECOVERY_CODE_CHARS) return null;
  if (![...normalized].every((char) => RECOVERY_ALPHABET.includes(char))) return null;
  return sha256(normalized);
}
