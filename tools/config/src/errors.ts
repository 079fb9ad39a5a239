/**
 * An error in a file the user edits (YAML, project metadata). The message always names the file,
 * the path inside it when there is one, the bad value and what to do, so that a CLI can print it as is.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    /** The file at fault, relative to the workspace root when possible. */
    readonly file: string,
    /** Dotted path inside the file (`sizes.azCount`), when the fault is at one place. */
    readonly path?: string,
  ) {
    super(message);
  }
}

/** A fault in how a command was called (unknown environment, unknown project): CLIs exit 2 for these. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Formats a value for an error message: short, JSON-like, never multi-line. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
