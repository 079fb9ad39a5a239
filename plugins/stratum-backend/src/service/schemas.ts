import {
  MAX_WINDOW_MS,
  MIN_WINDOW_MS,
  parseDuration,
  RUN_ID_PATTERN,
  RUN_KINDS,
  RUN_STATUSES,
  SLO_GROUP_BYS,
} from '@stratum/plugin-stratum-common';
import { z } from 'zod';

const env = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be an environment name such as prod');
const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** `GET /runs` query. */
export const ListRunsQuery = z.strictObject({
  env: env.optional(),
  status: z.enum(RUN_STATUSES).optional(),
  kind: z.enum(RUN_KINDS).optional(),
  owner: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a group name such as payments-team')
    .optional(),
  limit: intParam(1, 500).default(50),
  cursor: z.string().regex(RUN_ID_PATTERN, 'must be the nextCursor of the previous page').optional(),
});

/** `GET /stacks/:project/history` query. */
export const HistoryQuery = z.strictObject({
  env,
  limit: intParam(1, 5000).default(200),
});

const window = z
  .string()
  .refine((text) => {
    const ms = parseDuration(text);
    return ms !== undefined && ms >= MIN_WINDOW_MS && ms <= MAX_WINDOW_MS;
  }, 'must be a duration from 1h to 400d such as 30d, 12h or 2w')
  .optional();

/** `GET /slo/platform` query. */
export const SloQuery = z.strictObject({
  env: env.optional(),
  window,
  groupBy: z.enum(SLO_GROUP_BYS).optional(),
});

/** `GET /slo/platform/trend` query. */
export const TrendQuery = z.strictObject({
  env: env.optional(),
  window,
  bucket: z
    .string()
    .refine(
      (text) => (parseDuration(text) ?? 0) >= 60 * 60_000,
      'must be a duration of at least 1h such as 1d',
    )
    .default('1d'),
});

/** `GET /impact` query. */
export const ImpactQuery = z.strictObject({
  project: z.string().min(1, 'is required').max(255),
});

/** `GET /runs/:id` and `/stacks/:project/history` path parameters. */
export const RunIdParams = z.object({
  id: z.string().regex(RUN_ID_PATTERN, 'must be a 26-character run id'),
});
export const ProjectParams = z.object({
  project: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a project name'),
});
