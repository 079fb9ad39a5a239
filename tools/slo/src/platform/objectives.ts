import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readYamlFile, showValue } from '@stratum/config';
import type { PlatformSloId } from './types';
import { z } from 'zod';
import { parseSloDuration } from '../duration';

/** Where the objectives live unless `stratum.slo.objectivesFile` says otherwise. */
export const DEFAULT_OBJECTIVES_FILE = 'tools/portal/platform-slos.yaml';

/** Objective values: ratios as 0..1, durations in ms. */
export interface Objectives {
  readonly file: string;
  /** The window used when a request names none, in ms, and as written. */
  readonly defaultWindow: { readonly ms: number; readonly text: string };
  readonly values: Readonly<Record<PlatformSloId, number>>;
}

const duration = z.string().refine((text) => parseSloDuration(text) !== undefined, {
  message: 'must be a duration such as 90m, 12h, 1d or 2w',
});
const ratio = z.number().gt(0).lt(1);
const entry = <T extends z.ZodType>(objective: T) =>
  z.strictObject({ objective, description: z.string().max(500).optional() });

const ObjectivesSchema = z.strictObject({
  window: duration.default('30d'),
  deploymentSuccessRate: entry(ratio),
  leadTime: entry(duration),
  rollbackTime: entry(duration),
  changeFailureRate: entry(ratio),
  mttr: entry(duration),
  driftRate: entry(ratio),
});

function fromDuration(text: string): number {
  return parseSloDuration(text)!.seconds * 1000;
}

/** Parses objectives already read from YAML; errors name the file and the field. */
export function parseObjectives(raw: unknown, file: string): Objectives {
  const result = ObjectivesSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const path = issue.path.join('.') || '(top level)';
      let value: unknown = raw;
      for (const key of issue.path)
        value =
          value && typeof value === 'object'
            ? (value as Record<PropertyKey, unknown>)[key as PropertyKey]
            : undefined;
      return `${file}: ${path}: got ${showValue(value)}: ${issue.message}.`;
    });
    throw new ConfigError(lines.join('\n'), file, result.error.issues[0]?.path.join('.'));
  }
  const o = result.data;
  return {
    file,
    defaultWindow: { ms: fromDuration(o.window), text: o.window },
    values: {
      deploymentSuccessRate: o.deploymentSuccessRate.objective,
      leadTime: fromDuration(o.leadTime.objective),
      rollbackTime: fromDuration(o.rollbackTime.objective),
      changeFailureRate: o.changeFailureRate.objective,
      mttr: fromDuration(o.mttr.objective),
      driftRate: o.driftRate.objective,
    },
  };
}

/** Reads the objectives file with the safe YAML reader, again only when it changed on disk. */
export class ObjectivesFile {
  readonly #path: string;
  readonly #file: string;
  #cached: { mtimeMs: number; objectives: Objectives } | undefined;

  constructor(root: string, file: string = DEFAULT_OBJECTIVES_FILE) {
    this.#file = file;
    this.#path = join(root, file);
  }

  read(): Objectives {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.#path).mtimeMs;
    } catch {
      throw new ConfigError(
        `${this.#file}: missing; the portal and stratum slo check read the platform SLO objectives from it (see tools/portal/platform-slos.yaml in the template).`,
        this.#file,
      );
    }
    if (this.#cached?.mtimeMs === mtimeMs) return this.#cached.objectives;
    const objectives = parseObjectives(
      readYamlFile(this.#path, this.#file, { maxBytes: 64_000 }),
      this.#file,
    );
    this.#cached = { mtimeMs, objectives };
    return objectives;
  }
}
