/** Why a user-supplied name or value was refused; the message names the field, the value and the fix. */
export class ScaffoldInputError extends Error {
  override readonly name = 'ScaffoldInputError';
}

/** Lowercase letters, digits and single dashes, starting with a letter: a valid entity, folder and AWS name part. */
const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_NAME = 32;

/** Shows a value in an error safely: quoted, control characters escaped, cut after 60 characters. */
export function showInput(value: string): string {
  const escaped = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return escaped;
}

/** The first reason `value` could escape a folder or reach a shell, or undefined. */
function dangerousPart(value: string): string | undefined {
  if (value.includes('\0')) return 'contains a NUL character';
  if (value.includes('..')) return "contains '..'";
  if (/%2e|%2f|%5c|%00/i.test(value)) return 'contains a percent-encoded dot, slash, backslash or NUL';
  if (value.includes('/') || value.includes('\\')) return 'contains a slash or backslash';
  if (value.startsWith('-')) return "starts with '-'";
  if (/[;&|`$<>(){}*?!~'"\s]/.test(value)) return 'contains a shell metacharacter or whitespace';
  return undefined;
}

/**
 * Checks a service or stack name: what becomes `services/<service>/<stack>`, the catalog entity name and part of
 * AWS resource names. Throws ScaffoldInputError naming `field`, the value and the rule.
 */
export function assertName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new ScaffoldInputError(`${field}: a name is required.`);
  const danger = dangerousPart(value);
  if (danger)
    throw new ScaffoldInputError(
      `${field}: ${showInput(value)} ${danger}; use lowercase letters, digits and dashes.`,
    );
  if (!NAME.test(value) || value.length > MAX_NAME)
    throw new ScaffoldInputError(
      `${field}: ${showInput(value)} is not a valid name; use 1-${MAX_NAME} lowercase letters, digits and single dashes, starting with a letter (e.g. 'billing').`,
    );
  return value;
}

/**
 * Checks a free-text value (a description) that is written into generated files: template expressions are refused
 * (they would be evaluated a second time by a later render), and so are NUL and line breaks.
 */
export function assertText(field: string, value: unknown, maxLength = 200): string {
  if (typeof value !== 'string') throw new ScaffoldInputError(`${field}: text is required.`);
  if (value.includes('${{') || value.includes('{{') || value.includes('{%'))
    throw new ScaffoldInputError(
      `${field}: ${showInput(value)} contains a template expression ('\${{', '{{' or '{%'); write plain text.`,
    );
  if (/[\0\r\n]/.test(value))
    throw new ScaffoldInputError(`${field}: ${showInput(value)} must be one line without NUL.`);
  if (value.length > maxLength)
    throw new ScaffoldInputError(`${field}: at most ${maxLength} characters, got ${value.length}.`);
  return value;
}

/**
 * The group name of an owner reference (`group:default/payments-team`, `group:payments-team` or `payments-team`),
 * checked like a name; users are refused because a service is owned by a team.
 */
export function ownerGroup(field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new ScaffoldInputError(`${field}: an owner group is required.`);
  const match = /^(?:group:)?(?:default\/)?(.*)$/i.exec(value);
  const name = match?.[1] ?? value;
  if (/^user:/i.test(value))
    throw new ScaffoldInputError(
      `${field}: ${showInput(value)} is a user; pick the team (a group) that owns the service.`,
    );
  return assertName(field, name);
}

/** The service name of an entity reference (`component:default/payments`, `component:payments` or `payments`). */
export function serviceName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new ScaffoldInputError(`${field}: a service is required.`);
  const match = /^(?:component:)?(?:default\/)?(.*)$/i.exec(value);
  return assertName(field, match?.[1] ?? value);
}
