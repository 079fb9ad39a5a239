import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '@stratum/config';
import { stringify } from 'yaml';
import { z } from 'zod';
import { isTemplateName, type TemplateName } from './template';

/** Folder beside a service's catalog-info.yaml holding one record per template applied to it. */
export const RECORD_DIR = '.scaffold';

const RecordSchema = z.object({
  template: z.string().refine(isTemplateName, 'not a Stratum template'),
  version: z.number().int().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full git commit sha'),
  variant: z.string().optional(),
  values: z.record(z.string(), z.string()),
  files: z.array(z.string()),
});

/** What `stratum upgrade` needs to re-render a template: which version, from which commit, with which values. */
export interface ScaffoldRecord {
  readonly template: TemplateName;
  readonly version: number;
  /** The monorepo commit whose templates/<template> rendered the files (the merge base of an upgrade). */
  readonly commit: string;
  readonly variant?: string;
  readonly values: Readonly<Record<string, string>>;
  /** Generated files, relative to the service folder. */
  readonly files: readonly string[];
}

/** `services/<service>/.scaffold/<template>[.<variant>].yaml`: phase 2 may be applied once per kind. */
export function recordPath(service: string, template: string, variant?: string): string {
  return `services/${service}/${RECORD_DIR}/${template}${variant ? `.${variant}` : ''}.yaml`;
}

export function formatRecord(record: ScaffoldRecord): string {
  return `# Written by the Stratum scaffolder: the template, version and values these files came from.\n# \`stratum upgrade --service ${record.values.name ?? ''}\` merges newer template versions in; do not edit.\n${stringify(record)}`;
}

/** Every record of a service, by template name; a malformed record is an error naming the file. */
export function readRecords(root: string, service: string): ScaffoldRecord[] {
  const dir = join(root, 'services', service, RECORD_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = `services/${service}/${RECORD_DIR}/${f}`;
      const parsed = RecordSchema.safeParse(parseYaml(readFileSync(join(dir, f), 'utf8'), file));
      if (!parsed.success)
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      return parsed.data as ScaffoldRecord;
    });
}
