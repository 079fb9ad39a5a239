import type { PlanIndex, ResourceSide } from './plan-json';
import type { PriceRow, PriceSheet } from './sheet';

export const HOURS_PER_MONTH = 730;

/** One charged part of a resource: `quantity` of `unit` at `usd` each, `monthly` in USD a month. */
export interface CostComponent {
  readonly component: string;
  readonly key: string;
  readonly quantity: number;
  readonly unit: string;
  readonly usd: number;
  readonly monthly: number;
}

/** What one side (before or after) of a resource costs, or why it cannot be priced. */
export type SidePrice =
  | { readonly kind: 'priced'; readonly components: readonly CostComponent[]; readonly monthly: number }
  | { readonly kind: 'unpriced'; readonly reason: string };

type Pricer = (side: ResourceSide, rows: readonly PriceRow[], plan: PlanIndex) => SidePrice;

const PER_MONTH: Record<string, number> = {
  hour: HOURS_PER_MONTH,
  'vcpu-hour': HOURS_PER_MONTH,
  'gb-hour': HOURS_PER_MONTH,
  month: 1,
  'gb-month': 1,
};

function component(row: PriceRow, quantity: number): CostComponent {
  const monthly = round(row.usd * quantity * (PER_MONTH[row.unit] ?? 0));
  return { component: row.component, key: row.key, quantity, unit: row.unit, usd: row.usd, monthly };
}

function priced(components: CostComponent[]): SidePrice {
  return { kind: 'priced', components, monthly: round(components.reduce((n, c) => n + c.monthly, 0)) };
}

function unpriced(reason: string): SidePrice {
  return { kind: 'unpriced', reason };
}

/** A row for `component` whose key is `key`, else the one with an empty key. */
function rowFor(rows: readonly PriceRow[], name: string, key = ''): PriceRow | undefined {
  return (
    rows.find((r) => r.component === name && r.key === key) ??
    rows.find((r) => r.component === name && r.key === '')
  );
}

function known(side: ResourceSide, attribute: string): unknown {
  return side.unknown.has(attribute) ? undefined : side.values[attribute];
}

/** Every fixed row of the type, once (NAT gateway, KMS key, composite alarm, EIP). */
const flat: Pricer = (_side, rows) =>
  priced(rows.filter((r) => r.basis === 'fixed').map((r) => component(r, 1)));

const loadBalancer: Pricer = (side, rows) => {
  const type = known(side, 'load_balancer_type') ?? 'application';
  const row = rowFor(rows, 'load-balancer', String(type));
  if (!row || row.key !== type) return unpriced(`load_balancer_type ${String(type)} is not in the sheet`);
  return priced([component(row, 1)]);
};

const dbInstance: Pricer = (side, rows) => {
  const cls = known(side, 'instance_class');
  if (typeof cls !== 'string') return unpriced('instance_class is unknown until apply');
  const instance = rows.find((r) => r.component === 'instance' && r.key === cls);
  if (!instance) return unpriced(`instance class ${cls} is not in the sheet`);
  const azs = known(side, 'multi_az') === true ? 2 : 1;
  const parts = [component(instance, azs)];
  const gb = Number(known(side, 'allocated_storage') ?? 0);
  if (gb > 0) {
    const storageType = String(known(side, 'storage_type') ?? 'gp2');
    const storage = rows.find((r) => r.component === 'storage' && r.key === storageType);
    if (!storage) return unpriced(`storage_type ${storageType} is not in the sheet`);
    parts.push(component(storage, gb * azs));
  }
  return priced(parts);
};

const metricAlarm: Pricer = (side, rows) => {
  const queries = known(side, 'metric_query');
  const metrics = Array.isArray(queries)
    ? queries.filter(
        (q) =>
          Array.isArray((q as { metric?: unknown }).metric) && (q as { metric: unknown[] }).metric.length > 0,
      ).length
    : 1;
  const period = Number(known(side, 'period') ?? 60);
  const row = rowFor(rows, 'alarm', period < 60 ? 'high-resolution' : 'standard');
  if (!row) return unpriced('no alarm price in the sheet');
  return priced([component(row, Math.max(metrics, 1))]);
};

/** Fargate: desired count × (vCPU + GB) hours; the size comes from the task definition the service runs. */
const ecsService: Pricer = (side, rows, plan) => {
  const launch = known(side, 'launch_type');
  const strategies = known(side, 'capacity_provider_strategy');
  const fargate =
    launch === 'FARGATE' ||
    (Array.isArray(strategies) &&
      strategies.length > 0 &&
      strategies.every((s) =>
        String((s as { capacity_provider?: unknown }).capacity_provider).startsWith('FARGATE'),
      ));
  if (!fargate) return unpriced('only Fargate services are priced (EC2 capacity is billed as instances)');
  const count = known(side, 'desired_count');
  if (typeof count !== 'number') return unpriced('desired_count is unknown until apply');
  const task = plan.referenced(side, 'task_definition', 'aws_ecs_task_definition');
  if (!task) return unpriced('its task definition is not in the plan or state');
  const cpu = Number(known(task, 'cpu'));
  const memory = Number(known(task, 'memory'));
  if (!Number.isFinite(cpu) || !Number.isFinite(memory) || cpu <= 0 || memory <= 0)
    return unpriced(`the task definition ${task.address} has no known cpu and memory`);
  const vcpu = rowFor(rows, 'fargate-vcpu');
  const gb = rowFor(rows, 'fargate-memory');
  if (!vcpu || !gb) return unpriced('no Fargate prices in the sheet');
  return priced([component(vcpu, (count * cpu) / 1024), component(gb, (count * memory) / 1024)]);
};

const PRICERS: Record<string, Pricer> = {
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_db_instance: dbInstance,
  aws_cloudwatch_metric_alarm: metricAlarm,
  aws_ecs_service: ecsService,
};

/**
 * The monthly price of one side of a resource. Types the sheet lists as `free` or `usage` cost 0 (and the
 * caller reports usage types); types it does not list are unpriced, never 0.
 */
export function priceSide(side: ResourceSide, sheet: PriceSheet, plan: PlanIndex): SidePrice {
  const rows = sheet.rows.filter((r) => r.resourceType === side.type);
  if (rows.length === 0) return unpriced(`${side.type} is not in the price sheet ${sheet.file}`);
  if (rows.every((r) => r.basis !== 'fixed')) return priced([]);
  return (PRICERS[side.type] ?? flat)(side, rows, plan);
}

export function round(usd: number): number {
  return Math.round(usd * 100) / 100;
}
