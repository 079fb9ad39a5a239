import { z } from 'zod';
import { RUN_KINDS, RUN_STATUSES, STACK_STATUSES } from './runs';

/** A run id: 26 Crockford base32 characters (time-ordered, ULID layout), as `stratum deploy` makes them. */
export const RUN_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().int().min(0);

/** One stack event of a published run; `seq` is implied by the order of the list. */
export const PublishStackEventSchema = z.strictObject({
  project: z.string().min(1).max(255).describe('Stratum project name, e.g. payments-app'),
  stack: z.string().min(1).max(255).describe('Stack name within the project'),
  layer: z.string().min(1).max(32).describe('The project layer, e.g. application'),
  region: z.string().max(64).nullable().optional().describe('AWS region for multi-region environments'),
  status: z.enum(STACK_STATUSES).describe('The stack status this event records'),
  at: isoTime.describe('When the status was reached, ISO-8601'),
  terraformExitCode: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('Exit code of terraform, null when it did not run'),
  plan: z
    .strictObject({ adds: count, changes: count, destroys: count })
    .nullable()
    .optional()
    .describe('Resources the plan adds, changes and destroys'),
  artifactHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional()
    .describe('sha256 of the applied cdk.tf.json; the artifact itself stays in the runner ledger'),
  error: z.string().max(100_000).nullable().optional().describe("Terraform's error text"),
});

/**
 * The body of `POST /api/stratum/runs`: a finished (or still running) run from a CI runner's own ledger, with its
 * stack events in order. Publishing the same run id twice stores it once.
 */
export const PublishRunSchema = z.strictObject({
  id: z
    .string()
    .regex(RUN_ID_PATTERN, 'must be a 26-character run id from `stratum deploy`')
    .describe('The run id'),
  kind: z.enum(RUN_KINDS).default('deploy').describe('deploy, rollback or drift'),
  env: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be an environment name such as prod')
    .describe('Environment name'),
  gitSha: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/, 'must be a hex commit sha')
    .describe('The deployed commit'),
  committedAt: isoTime
    .nullable()
    .optional()
    .describe('Commit time of gitSha, for lead time; looked up in git when absent'),
  baseRef: z.string().max(255).nullable().optional().describe('Base ref of an affected deploy'),
  actor: z.string().min(1).max(255).describe('Who started the run'),
  trigger: z.string().min(1).max(64).default('ci').describe('What started the run'),
  host: z.string().min(1).max(255).default('ci').describe('The runner host'),
  pid: z.number().int().min(0).default(0).describe('The runner process id'),
  startedAt: isoTime.describe('When the run started, ISO-8601'),
  finishedAt: isoTime.nullable().optional().describe('When the run finished; null while running'),
  status: z.enum(RUN_STATUSES).describe('The run status'),
  error: z.string().max(100_000).nullable().optional().describe('What went wrong'),
  events: z
    .array(PublishStackEventSchema)
    .max(10_000)
    .default([])
    .describe('Stack events in the order they happened'),
});

export type PublishRunRequest = z.input<typeof PublishRunSchema>;
export type PublishRun = z.output<typeof PublishRunSchema>;
