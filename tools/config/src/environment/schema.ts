import { z } from 'zod';

/** The six GitOps 2.0 layers, lowest first. A project may depend only on its own or a lower layer. */
export const LAYERS = [
  'infrastructure',
  'platform',
  'data',
  'application',
  'security',
  'monitoring',
] as const;
export type Layer = (typeof LAYERS)[number];

const ENV_NAME = /^[a-z][a-z0-9-]{0,30}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const GROUP_REF = /^(group:)?[a-z0-9][a-z0-9-]*$/;

const envName = z
  .string()
  .regex(ENV_NAME, 'must be lowercase letters, digits and dashes, starting with a letter');
const region = z.string().regex(REGION, 'must be an AWS region such as us-east-1');
const cidr = z
  .string()
  .regex(CIDR, 'must be an IPv4 CIDR such as 10.0.0.0/16')
  .refine((v) => {
    const m = CIDR.exec(v);
    return !!m && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) >= 16 && Number(m[5]) <= 24;
  }, 'must be an IPv4 CIDR with octets up to 255 and a prefix from /16 to /24');

const localBackend = z.strictObject({
  type: z.literal('local'),
  /** Folder (relative to the workspace root) holding `<env>/<region>/<project>.tfstate`. */
  directory: z.string().min(1).default('.stratum/state'),
});

const s3Backend = z.strictObject({
  type: z.literal('s3'),
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name'),
  region,
  /** Key prefix; each stack's key is `<keyPrefix>/<env>/<region>/<project>.tfstate`. */
  keyPrefix: z
    .string()
    .regex(/^[A-Za-z0-9._/-]+$/)
    .default('stratum'),
  /** S3-native state locking (Terraform 1.10+). */
  useLockfile: z.boolean().default(true),
  /** Optional DynamoDB lock table for older Terraform versions. */
  dynamodbTable: z.string().min(3).optional(),
  kmsKeyId: z.string().optional(),
});

const sizes = z
  .strictObject({
    /** Availability zones the VPC spans. */
    azCount: z.int().min(1).max(6).default(2),
    /** NAT gateways (0 disables private egress; at most one per AZ). */
    natGateways: z.int().min(0).max(6).default(1),
    vpcCidr: cidr.default('10.0.0.0/16'),
    dbInstanceClass: z
      .string()
      .regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, 'must be an RDS class such as db.t4g.micro')
      .default('db.t4g.micro'),
    dbAllocatedStorageGb: z.int().min(20).max(65536).default(20),
    dbMultiAz: z.boolean().default(false),
    serviceDesiredCount: z.int().min(0).max(100).default(1),
    taskCpu: z
      .union([z.literal(256), z.literal(512), z.literal(1024), z.literal(2048), z.literal(4096)])
      .default(256),
    taskMemoryMb: z.int().min(512).max(30720).default(512),
    logRetentionDays: z
      .union(
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653].map((d) =>
          z.literal(d),
        ) as [z.ZodLiteral<number>, z.ZodLiteral<number>, ...z.ZodLiteral<number>[]],
      )
      .default(30),
  })
  .refine((s) => s.natGateways <= s.azCount, {
    message: 'natGateways may not exceed azCount',
    path: ['natGateways'],
  });

const serviceOverride = z.strictObject({
  desiredCount: z.int().min(0).max(100).optional(),
  taskCpu: z
    .union([z.literal(256), z.literal(512), z.literal(1024), z.literal(2048), z.literal(4096)])
    .optional(),
  taskMemoryMb: z.int().min(512).max(30720).optional(),
  dbInstanceClass: z
    .string()
    .regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/)
    .optional(),
});

const severity = z.enum(['off', 'low', 'medium', 'high', 'critical']);

export const EnvironmentSchema = z.strictObject({
  /** Must equal the file name without `.yaml`. */
  name: envName,
  description: z.string().max(500).optional(),
  /** The 12-digit AWS account id this environment deploys into. */
  account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id in quotes'),
  /** Regions in roll-out order; the first is the primary. */
  regions: z
    .array(region)
    .min(1)
    .refine((r) => new Set(r).size === r.length, 'must not repeat a region'),
  /** Role the deployer assumes in the account. */
  assumeRoleArn: z
    .string()
    .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'must be an IAM role ARN')
    .optional(),
  /** One URL for every AWS API (a local emulator such as moto server); unset for real AWS. */
  endpoint: z.url({ protocol: /^https?$/ }).optional(),
  stateBackend: z.discriminatedUnion('type', [localBackend, s3Backend]),
  sizes: sizes.default(() => sizes.parse({})),
  /** Safety settings that differ between throwaway and production environments. */
  safety: z
    .strictObject({
      deletionProtection: z.boolean().default(false),
      skipFinalSnapshot: z.boolean().default(true),
      forceDestroyBuckets: z.boolean().default(false),
    })
    .default({ deletionProtection: false, skipFinalSnapshot: true, forceDestroyBuckets: false }),
  /** Where promotions into this environment come from (`stratum promote --from <from> --to <this>`). */
  promotion: z
    .strictObject({
      from: envName,
      /** Seconds to watch a region's health after it is applied, before the next region (`--bake-seconds`). */
      bakeSeconds: z.int().min(0).max(86_400).optional(),
      /** Seconds between health checks during a bake. @default 5 */
      healthIntervalSeconds: z.number().int().min(1).max(300).optional(),
      /** Prometheus (with the `stratum slo rules` burn-rate alerts loaded) that the bake asks for firing alerts. */
      prometheusUrl: z.url({ protocol: /^https?$/ }).optional(),
    })
    .optional(),
  /** The environment lock is a lease: its holder heartbeats every `ttlSeconds / 4`; `STRATUM_LOCK_TTL_S` overrides. */
  locks: z
    .strictObject({
      /** A lock whose last heartbeat is older than this has expired, on every host, and the next run takes it over. */
      ttlSeconds: z.int().min(4).max(86_400).default(120),
    })
    .default({ ttlSeconds: 120 }),
  /** Who must approve a deploy or promotion into this environment. */
  approvals: z
    .strictObject({
      required: z.int().min(0).max(10).default(0),
      approvers: z
        .array(z.string().regex(GROUP_REF, 'must be a group name such as group:platform-team'))
        .default([]),
    })
    .default({ required: 0, approvers: [] }),
  /** Policy gate settings: a profile and per-rule severity overrides (`off` disables a rule here). */
  policy: z
    .strictObject({
      profile: z.enum(['baseline', 'standard', 'strict']).default('standard'),
      overrides: z
        .record(z.string().regex(/^[A-Z]+-[A-Z0-9-]+$/, 'must be a rule id such as STRAT-SG-001'), severity)
        .default({}),
      /** Largest monthly cost increase (USD, from the offline price sheet) a change set may bring; unset = no cap. */
      maxMonthlyCostIncrease: z.number().min(0).optional(),
    })
    .default({ profile: 'standard', overrides: {} }),
  /** Per-service overrides, keyed by service name (the folder under services/). */
  services: z
    .record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a service folder name'), serviceOverride)
    .default({}),
  /** Extra tags applied to every resource of this environment. */
  tags: z.record(z.string().min(1).max(128), z.string().max(256)).default({}),
  /** How the change-set risk score treats this environment (see tools/risk). */
  risk: z
    .strictObject({
      /** Points this environment adds to every change's risk score. @default 20 promoted, 5 other, 0 emulator */
      weight: z.int().min(0).max(100).optional(),
      /** From this score on, a promotion here needs `extraApprovals` more approvals. */
      approvalThreshold: z.int().min(0).optional(),
      /** Approvals added at or above the threshold. @default 1 */
      extraApprovals: z.int().min(1).max(10).optional(),
    })
    .optional(),
});

export type Environment = z.infer<typeof EnvironmentSchema>;
export type EnvironmentSizes = Environment['sizes'];
export type StateBackendConfig = Environment['stateBackend'];
export type ServiceOverride = z.infer<typeof serviceOverride>;
