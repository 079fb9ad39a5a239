import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BINDINGS_DIR } from './imports';

/** `bindings.json` beside the committed bindings: what they were generated from, and which submodules they hold. */
export interface BindingsManifest {
  /** Terraform provider source as synthesized into `required_providers`, e.g. `aws` (= hashicorp/aws). */
  readonly provider: string;
  /** Exact provider version the bindings describe, e.g. `5.100.0`; also the synthesized `required_providers` version. */
  readonly version: string;
  /** cdktn-cli version that ran `cdktn get`. */
  readonly generator: string;
  /** Submodules included (`lib/<submodule>`), sorted. */
  readonly submodules: readonly string[];
}

export const MANIFEST_FILE = 'bindings.json';

/** Reads and checks `<BINDINGS_DIR>/bindings.json`; undefined when the bindings were never generated. */
export function readManifest(root: string): BindingsManifest | undefined {
  const file = join(root, BINDINGS_DIR, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  const where = `${BINDINGS_DIR}/${MANIFEST_FILE}`;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${where}: not valid JSON (${(error as Error).message}); regenerate it with npm run provider:generate.`,
    );
  }
  const record = (data ?? {}) as Record<string, unknown>;
  for (const key of ['provider', 'version', 'generator'] as const) {
    if (typeof record[key] !== 'string' || record[key] === '') {
      throw new Error(`${where}: '${key}' must be a non-empty string, got ${JSON.stringify(record[key])}.`);
    }
  }
  const submodules = record.submodules;
  if (!Array.isArray(submodules) || !submodules.every((s) => typeof s === 'string')) {
    throw new Error(
      `${where}: 'submodules' must be a list of submodule names, got ${JSON.stringify(submodules)}.`,
    );
  }
  return {
    provider: record.provider as string,
    version: record.version as string,
    generator: record.generator as string,
    submodules,
  };
}
