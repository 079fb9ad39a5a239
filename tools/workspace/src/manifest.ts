import { z } from 'zod';
import { ConfigError, LAYERS, readYamlFile, showValue, type Layer } from '@stratum/config';

/** The file that makes a folder a Stratum (CDKTF) project. */
export const MANIFEST_FILE = 'stratum.yaml';
/** Every project's stack class is the default export of this file. */
export const STACK_ENTRY = 'src/stack.ts';

const OWNER = /^(group:)?[a-z0-9][a-z0-9-]*$/;
/** A project's name: its folder (`network`) or `<service>-<folder>`. */
export const PROJECT_NAME = /^[a-z][a-z0-9-]*$/;
/** Relative, posix, no `..` segment, no leading slash. */
const INPUT_GLOB = /^(?!\/)(?!(.*\/)?\.\.(\/|$))[A-Za-z0-9._*/@+-]+$/;
const KEYS = ['layer', 'owner', 'description', 'inputs', 'previousName'];

const ManifestSchema = z.strictObject({
  /** One of the six layers; decides what the project may depend on. */
  layer: z.enum(LAYERS),
  /** Owner group; required for shared infrastructure, taken from catalog-info.yaml for services. */
  owner: z
    .string()
    .regex(OWNER, 'must be a group name such as platform-team or group:platform-team')
    .optional(),
  description: z.string().max(500).optional(),
  /**
   * Extra synth inputs: workspace-relative paths or globs (`*`, `**`) of files the stack reads that the input
   * model cannot see (a data file read with fs, say). A change to one affects the project.
   */
  inputs: z
    .array(
      z
        .string()
        .min(1)
        .max(300)
        .regex(
          INPUT_GLOB,
          "must be a path or glob relative to the workspace root, without '..' or a leading '/'",
        ),
    )
    .max(100)
    .optional(),
  /** The project's name before a rename (its old folder): affected reports a rename and the state moves, nothing is destroyed. */
  previousName: z
    .string()
    .regex(PROJECT_NAME, 'must be a project name: lowercase letters, digits and dashes')
    .optional(),
});

export interface ProjectManifest {
  readonly layer: Layer;
  readonly owner?: string;
  readonly description?: string;
  /** Extra synth inputs (workspace-relative globs). */
  readonly inputs?: readonly string[];
  /** The project's name before a rename. */
  readonly previousName?: string;
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
    const path =
      issue.path
        .map((key, i) => (typeof key === 'number' ? `[${key}]` : i > 0 ? `.${String(key)}` : String(key)))
        .join('') || '(top level)';
    if (issue.code === 'unrecognized_keys') {
      return `${file}: unknown key(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}; allowed: ${KEYS.join(', ')}.`;
    }
    const value = issue.path.reduce<unknown>(
      (at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      raw,
    );
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
