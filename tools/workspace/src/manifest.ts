import { z } from 'zod';
import { ConfigError, LAYERS, readYamlFile, showValue, type Layer } from '@stratum/config';

/** The file that makes a folder a Stratum (CDKTF) project. */
export const MANIFEST_FILE = 'stratum.yaml';
/** Every project's stack class is the default export of this file. */
export const STACK_ENTRY = 'src/stack.ts';

const OWNER = /^(group:)?[a-z0-9][a-z0-9-]*$/;

const ManifestSchema = z.strictObject({
  /** One of the six layers; decides what the project may depend on. */
  layer: z.enum(LAYERS),
  /** Owner group; required for shared infrastructure, taken from catalog-info.yaml for services. */
  owner: z
    .string()
    .regex(OWNER, 'must be a group name such as platform-team or group:platform-team')
    .optional(),
  description: z.string().max(500).optional(),
});

export interface ProjectManifest {
  readonly layer: Layer;
  readonly owner?: string;
  readonly description?: string;
}

/** Reads and validates `<projectRoot>/stratum.yaml`; `file` is the path shown in errors. */
export function readManifest(path: string, file: string): ProjectManifest {
  const raw = readYamlFile(path, file, { maxBytes: 64_000 });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${file}: expected a mapping with at least 'layer', got ${showValue(raw)}.`, file);
  }
  const result = ManifestSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.join('.') || '(top level)';
    if (issue.code === 'unrecognized_keys') {
      return `${file}: unknown key(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}; allowed: layer, owner, description.`;
    }
    const value = (raw as Record<string, unknown>)[String(issue.path[0])];
    if (issue.path[0] === 'layer') {
      return value === undefined
        ? `${file}: layer is missing; declare one of ${LAYERS.join(', ')}.`
        : `${file}: layer: got ${showValue(value)}; allowed layers: ${LAYERS.join(', ')}.`;
    }
    return `${file}: ${path}: got ${showValue(value)}: ${issue.message}.`;
  });
  throw new ConfigError(lines.join('\n'), file, result.error.issues[0]?.path.join('.'));
}

/** `group:payments-team` and `payments-team` both name the group `payments-team`. */
export function groupName(ref: string): string {
  return ref.startsWith('group:') ? ref.slice('group:'.length) : ref;
}
