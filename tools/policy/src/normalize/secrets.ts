import { isRecord, isUnknown, JsonText, knownJson, type Value } from '../eval/value';

/** A secret pattern found in text, and the checkov secrets check that finds the same kind. */
export interface SecretMatch {
  readonly kind: string;
  /** The match with most of it masked, safe to print. */
  readonly masked: string;
  readonly checkov: string;
}

const PATTERNS: readonly { kind: string; pattern: RegExp; checkov: string }[] = [
  {
    kind: 'an AWS access key id',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}\b/,
    checkov: 'CKV_SECRET_2',
  },
  {
    kind: 'a private key',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/,
    checkov: 'CKV_SECRET_13',
  },
  {
    kind: 'an AWS secret access key',
    pattern: /aws_secret_access_key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i,
    checkov: 'CKV_SECRET_2',
  },
];

/** Names of environment variables that hold secrets. */
export const SECRET_NAME = /pass(word|wd)?$|passw(or)?d|secret|token|api[_-]?key|private[_-]?key|credential/i;

/** Values that point at a secret rather than being one: ARNs, SSM paths, empty or placeholder values. */
const REFERENCE_VALUE = /^(arn:aws[a-z-]*:|\/|ssm:|secretsmanager:|\$\{|\s*$|changeme$|<.*>$)/i;

/** Finds AWS keys and private keys in text. */
export function findSecrets(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const { kind, pattern, checkov } of PATTERNS) {
    const match = pattern.exec(text);
    if (match) out.push({ kind, masked: mask(match[0]), checkov });
  }
  return out;
}

/**
 * A 40-character token of the AWS secret-key alphabet standing alone (no `aws_secret_access_key=` before it, no
 * longer run or base64 padding around it), as KICS and checkov flag in user data. Shapes that are known not to
 * be keys are left alone: hex digests (SHA-1, git commit ids), paths and words.
 */
const BARE_SECRET_KEY = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

/** Finds bare 40-character secret-key-shaped tokens in user data (see BARE_SECRET_KEY). */
export function findBareSecretKeys(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const [token] of text.matchAll(BARE_SECRET_KEY)) {
    if (!isKeyShaped(token)) continue;
    out.push({
      kind: 'a 40-character token shaped like an AWS secret access key',
      masked: mask(token),
      checkov: 'CKV_SECRET_2',
    });
  }
  return out;
}

function isKeyShaped(token: string): boolean {
  const hasLetter = /[A-Za-z]/.test(token);
  const hexDigest = hasLetter && (/^[0-9a-f]+$/.test(token) || /^[0-9A-F]+$/.test(token));
  const path = token.startsWith('/') || token.includes('//');
  const word = !/[0-9]/.test(token);
  return !hexDigest && !path && !word;
}

/** Whether a literal value of a secret-named variable looks like a secret itself. */
export function isLiteralSecret(value: string): boolean {
  return !REFERENCE_VALUE.test(value.trim());
}

/**
 * The text of a value that is written in the code: literal strings, the literal parts of templates, and
 * the defaults of variables. Values computed by AWS or read from state are not code and are skipped.
 */
export function literalText(value: Value | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [];
  if (value instanceof JsonText) {
    const json = knownJson(value);
    return json === undefined ? literalText(value.value) : [json];
  }
  if (isUnknown(value)) {
    if (value.origin.kind === 'template')
      return value.origin.parts.flatMap((p) => (typeof p === 'string' ? [p] : literalText(p)));
    return [];
  }
  if (Array.isArray(value)) return (value as readonly Value[]).flatMap(literalText);
  if (isRecord(value)) return Object.values(value).flatMap(literalText);
  return [];
}

/** Base64 user data decoded, when it is base64; the text itself otherwise. */
export function decodeUserData(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return text;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return hasControlCharacters(decoded) ? text : decoded;
}

/** Binary (not text) once decoded: a control character other than tab, newline and carriage return. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return true;
  }
  return text.includes('\uFFFD');
}

function mask(secret: string): string {
  const firstLine = secret.split('\n')[0] ?? secret;
  return firstLine.startsWith('-----')
    ? firstLine
    : `${firstLine.slice(0, 4)}${'*'.repeat(Math.max(0, Math.min(firstLine.length, 20) - 4))}`;
}
