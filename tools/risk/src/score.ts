import type { Environment, Layer } from '@stratum/config';

/** Resource types whose destruction loses data or keys: a destroy or replacement of one is the heaviest term. */
export const STATEFUL_TYPES: ReadonlySet<string> = new Set([
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_rds_cluster_instance',
  'aws_dynamodb_table',
  'aws_s3_bucket',
  'aws_kms_key',
  'aws_efs_file_system',
  'aws_ebs_volume',
  'aws_elasticache_cluster',
  'aws_elasticache_replication_group',
  'aws_sqs_queue',
  'aws_secretsmanager_secret',
]);

/** Weight of the most foundational layer a change touches: infrastructure weighs most, monitoring least. */
const LAYER_WEIGHT: Record<Layer, number> = {
  infrastructure: 25,
  platform: 20,
  security: 15,
  data: 15,
  application: 5,
  monitoring: 3,
};

const POINTS = {
  statefulLoss: 20,
  otherDestroy: 2,
  dependant: 2,
  service: 4,
  owner: 4,
  blastCap: 30,
  /** Points per full 100 USD a month of increase. */
  costPer100: 5,
  costCap: 20,
  exception: 5,
} as const;

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
/** Lower bounds of each level. */
export const RISK_LEVELS: readonly [RiskLevel, number][] = [
  ['critical', 75],
  ['high', 50],
  ['medium', 25],
  ['low', 0],
];

/** What the score is computed from: plain data the plan report already has. */
export interface RiskInput {
  readonly env: Environment;
  /** Layers of the projects the change set deploys or destroys. */
  readonly layers: readonly Layer[];
  /** Resources destroyed or replaced, by address and type. */
  readonly destroyed: readonly {
    readonly stack: string;
    readonly address: string;
    readonly type: string;
    readonly replaced: boolean;
  }[];
  /** Blast radius from the graph. */
  readonly dependants: readonly string[];
  readonly services: readonly string[];
  readonly owners: readonly string[];
  /** Monthly cost change in USD (0 when not priced). */
  readonly monthlyCostDelta: number;
  /** Policy exceptions (suppressions) the change set relies on. */
  readonly exceptions: readonly { readonly ruleId: string; readonly address: string }[];
}

export interface RiskTerm {
  readonly term: 'stateful' | 'layers' | 'blast-radius' | 'environment' | 'cost' | 'exceptions';
  readonly points: number;
  /** Why, in words a reviewer reads: `2 stateful resources destroyed: aws_db_instance.db (payments-data-us-east-1)`. */
  readonly because: string;
}

export interface RiskScore {
  readonly score: number;
  readonly level: RiskLevel;
  readonly terms: readonly RiskTerm[];
}

/** The environment's own weight: set as `risk.weight`, else 20 for an environment fed by promotion, 5 otherwise, 0 on an emulator. */
function environmentWeight(env: Environment): { points: number; because: string } {
  if (env.risk?.weight !== undefined)
    return { points: env.risk.weight, because: `${env.name}: risk.weight ${env.risk.weight}` };
  if (env.endpoint) return { points: 0, because: `${env.name} runs on an emulator` };
  if (env.promotion)
    return { points: 20, because: `${env.name} takes changes by promotion from ${env.promotion.from}` };
  return { points: 5, because: `${env.name} is a real account` };
}

/**
 * Scores a change set from 0 upward, as the sum of six terms, each explained. The same input always gives
 * the same score and the same wording (lists are sorted), so a re-run of the same plan never moves it.
 */
export function scoreChangeSet(input: RiskInput): RiskScore {
  const terms: RiskTerm[] = [];
  const stateful = input.destroyed.filter((d) => STATEFUL_TYPES.has(d.type));
  const others = input.destroyed.length - stateful.length;
  if (input.destroyed.length > 0) {
    const names = stateful.map((d) => `${d.address}${d.replaced ? ' (replaced)' : ''} in ${d.stack}`).sort();
    terms.push({
      term: 'stateful',
      points: stateful.length * POINTS.statefulLoss + others * POINTS.otherDestroy,
      because:
        (stateful.length > 0
          ? `${stateful.length} stateful resource(s) destroyed or replaced: ${names.join(', ')}`
          : 'no stateful resource destroyed') +
        (others > 0 ? `; ${others} other resource(s) destroyed or replaced` : ''),
    });
  }
  const layers = [...new Set(input.layers)].sort(
    (a, b) => LAYER_WEIGHT[b] - LAYER_WEIGHT[a] || a.localeCompare(b),
  );
  if (layers.length > 0)
    terms.push({
      term: 'layers',
      points: LAYER_WEIGHT[layers[0]!],
      because: `touches ${layers.join(', ')} (heaviest: ${layers[0]})`,
    });
  const blast = Math.min(
    POINTS.blastCap,
    input.dependants.length * POINTS.dependant +
      input.services.length * POINTS.service +
      input.owners.length * POINTS.owner,
  );
  terms.push({
    term: 'blast-radius',
    points: blast,
    because: `${input.dependants.length} dependant project(s), ${input.services.length} service(s) (${[...input.services].sort().join(', ') || 'none'}), ${input.owners.length} owner group(s)`,
  });
  const env = environmentWeight(input.env);
  terms.push({ term: 'environment', points: env.points, because: env.because });
  if (input.monthlyCostDelta > 0) {
    const points = Math.min(POINTS.costCap, Math.ceil(input.monthlyCostDelta / 100) * POINTS.costPer100);
    terms.push({ term: 'cost', points, because: `+$${input.monthlyCostDelta.toFixed(2)} a month` });
  }
  if (input.exceptions.length > 0) {
    const list = input.exceptions.map((e) => `${e.ruleId} on ${e.address}`).sort();
    terms.push({
      term: 'exceptions',
      points: input.exceptions.length * POINTS.exception,
      because: `${input.exceptions.length} policy exception(s) used: ${list.join(', ')}`,
    });
  }
  const score = terms.reduce((n, t) => n + t.points, 0);
  const level = RISK_LEVELS.find(([, min]) => score >= min)![0];
  return { score, level, terms };
}
