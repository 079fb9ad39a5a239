import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so ids read aloud and sort as plain strings. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const RUN_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

let lastTime = -1;
let lastRandom: number[] = [];

function randomDigits(): number[] {
  const bytes = randomBytes(RANDOM_CHARS);
  return Array.from(bytes, (byte) => byte % 32);
}

/** Adds one to a base32 number held as digits; wraps to zero (after 2^80 ids in one millisecond). */
function increment(digits: readonly number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const digit = next[i]! + 1;
    if (digit < 32) {
      next[i] = digit;
      return next;
    }
    next[i] = 0;
  }
  return next;
}

function encodeTime(ms: number): string {
  let rest = Math.max(0, Math.floor(ms));
  let text = '';
  for (let i = 0; i < TIME_CHARS; i++) {
    text = ALPHABET[rest % 32]! + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}

/**
 * A new run id: 26 characters, 48 bits of milliseconds then 80 random bits (the ULID layout), so ids sort by
 * creation time. Within one process, ids made in the same millisecond still sort in the order they were made.
 */
export function newRunId(now: Date = new Date()): string {
  const ms = now.getTime();
  if (ms <= lastTime) {
    lastRandom = increment(lastRandom);
  } else {
    lastTime = ms;
    lastRandom = randomDigits();
  }
  return encodeTime(lastTime) + lastRandom.map((d) => ALPHABET[d]).join('');
}

/** Whether a string has the shape of a run id (used to check pagination cursors and CLI arguments). */
export function isRunId(text: string): boolean {
  return RUN_ID.test(text);
}

/** The creation time encoded in a run id. */
export function runIdTime(id: string): Date {
  let ms = 0;
  for (const char of id.slice(0, TIME_CHARS)) ms = ms * 32 + ALPHABET.indexOf(char);
  return new Date(ms);
}
