import { z } from 'zod';
import { DURATION_FORMAT, parseSloDuration } from '../duration';
import { SEVERITIES } from '../types';

/** The only OpenSLO version read. */
export const API_VERSION = 'openslo/v1';
/** Document kinds an slo.yaml may hold. */
export const KINDS = ['SLO', 'SLI', 'AlertPolicy', 'AlertCondition'] as const;
export type Kind = (typeof KINDS)[number];

/** The placeholder a PromQL query holds where the range goes. */
export const WINDOW_PLACEHOLDER = '{{window}}';

const NAME_PATTERN = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const name = z
  .string()
  .regex(NAME_PATTERN, 'must be lowercase letters, digits and dashes (a DNS label, at most 63 characters)');

export const duration = z.string().refine((text) => parseSloDuration(text) !== undefined, {
  message: `must be ${DURATION_FORMAT}`,
});

export const Metadata = z.strictObject({
  name,
  displayName: z.string().min(1).max(200).optional(),
  labels: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

/** Every document: the envelope checked before the kind's own spec. */
export const Envelope = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.enum(KINDS),
  metadata: z.unknown(),
  spec: z.unknown(),
});

const PrometheusSource = z.strictObject({
  metricSource: z.strictObject({
    type: z.literal('Prometheus'),
    metricSourceRef: z.string().optional(),
    spec: z.strictObject({
      query: z
        .string()
        .min(1)
        .max(4_000)
        .refine((q) => q.includes(`[${WINDOW_PLACEHOLDER}]`), {
          message: `must hold the range placeholder [${WINDOW_PLACEHOLDER}], e.g. sum(rate(http_requests_total{job="x"}[${WINDOW_PLACEHOLDER}]))`,
        }),
    }),
  }),
});

export const SliSpec = z
  .strictObject({
    description: z.string().max(1_000).optional(),
    ratioMetric: z.strictObject(
      {
        counter: z.literal(true).default(true),
        good: PrometheusSource.optional(),
        bad: PrometheusSource.optional(),
        total: PrometheusSource,
      },
      { error: 'required: Stratum reads ratio SLIs (ratioMetric with good or bad, and total)' },
    ),
  })
  .refine((spec) => (spec.ratioMetric.good === undefined) !== (spec.ratioMetric.bad === undefined), {
    message: 'give exactly one of ratioMetric.good and ratioMetric.bad',
    path: ['ratioMetric'],
  });

export const SloSpec = z.strictObject({
  description: z.string().max(1_000).optional(),
  service: name,
  indicatorRef: name.optional(),
  indicator: z.unknown().optional(),
  budgetingMethod: z.literal('Occurrences', {
    error:
      'Stratum computes Occurrences budgets only (good events / total events); allowed values: "Occurrences"',
  }),
  timeWindow: z
    .array(
      z.strictObject({
        duration,
        isRolling: z.boolean().default(true),
        calendar: z.strictObject({ startTime: z.string(), timeZone: z.string() }).optional(),
      }),
    )
    .length(1, 'must hold exactly one window'),
  objectives: z
    .array(
      z.strictObject({
        displayName: z.string().max(200).optional(),
        target: z
          .number()
          .gt(0, 'must be a ratio strictly between 0 and 1, e.g. 0.999')
          .lt(1, 'must be a ratio strictly between 0 and 1, e.g. 0.999'),
      }),
    )
    .length(1, 'must hold exactly one objective (write one SLO per objective)'),
  alertPolicies: z.array(z.unknown()).optional(),
});

/** An `alertPolicies` entry or a `conditions` entry that points at another document. */
export const PolicyRef = z.strictObject({ alertPolicyRef: name });
export const ConditionRef = z.strictObject({ conditionRef: name });

export const AlertPolicySpec = z.strictObject({
  description: z.string().max(1_000).optional(),
  alertWhenNoData: z.boolean().optional(),
  alertWhenResolved: z.boolean().optional(),
  alertWhenBreaching: z.boolean().optional(),
  conditions: z.array(z.unknown()).min(1, 'must hold at least one condition'),
  notificationTargets: z.array(z.unknown()).optional(),
});

export const AlertConditionSpec = z.strictObject({
  description: z.string().max(1_000).optional(),
  severity: z.enum(SEVERITIES),
  condition: z.strictObject({
    kind: z.literal('burnrate'),
    op: z.enum(['gte', 'gt']),
    threshold: z.number().gt(0, 'must be a burn rate above 0, e.g. 14.4').max(1_000),
    lookbackWindow: duration.refine((text) => (parseSloDuration(text)?.seconds ?? 0) % 720 === 0, {
      message:
        'must be a multiple of 12 minutes: the short window is a twelfth of it, in whole minutes (e.g. 1h, 6h, 1d)',
    }),
    alertAfter: duration.optional(),
  }),
});

/** An inline document inside another (an SLI in `indicator`, a policy or condition in a list). */
export const Inline = z.object({ kind: z.string().optional(), metadata: z.unknown(), spec: z.unknown() });
