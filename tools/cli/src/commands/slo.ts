import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { findWorkspaceRoot, loadEnvironment, UsageError } from '@stratum/config';
import { LEDGER_ENV_VAR, openLedger } from '@stratum/ledger';
import {
  budgetSpent,
  DEFAULT_OBJECTIVES_FILE,
  parseSloDuration,
  platformSloGate,
  prometheusRules,
  readServiceSlos,
  renderRules,
  type ServiceSlo,
} from '@stratum/slo';
import type { SloResult } from '@stratum/slo';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, type CommandIO } from '../io';

/** Where `stratum slo rules` writes unless `--out` says otherwise (relative to the workspace root). */
export const DEFAULT_RULES_DIR = '.stratum/prometheus/rules';

const MIN_WINDOW_SECONDS = 3_600;
const MAX_WINDOW_SECONDS = 400 * 86_400;

export const sloCommand: Command = {
  name: 'slo',
  summary:
    'SLOs as code: `slo check` gates on the platform SLOs; `slo rules` writes Prometheus rules from slo.yaml.',
  usage: `Usage: stratum slo check --env <env> [--window 30d] [--objectives <file>] [--json]
       stratum slo rules [--out <dir>]

check  Evaluates the platform's own SLOs (deployment success rate, lead time, rollback time, change failure rate,
       MTTR, drift rate) from the ledger for one environment over the window (default: the objectives file's),
       against ${DEFAULT_OBJECTIVES_FILE}. Exits 1 when any SLO is breached or its error budget is spent, so CI
       can hold a promotion; SLOs without data in the window do not fail.
rules  Reads every services/<service>/slo.yaml (OpenSLO v1) and writes <dir>/<service>.rules.yml: recording rules
       slo:sli_error:ratio_rate<window> and multi-window burn-rate alerts, for Prometheus' rule_files.
       Default dir: ${DEFAULT_RULES_DIR}. Check the output with \`promtool check rules\`.`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'check') return check(rest, io);
    if (sub === 'rules') return rules(rest, io);
    throw new UsageError(`stratum slo: give a subcommand, check or rules${sub ? `; got '${sub}'` : ''}.`);
  },
};

async function check(args: readonly string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandArgs('slo check', args, {
    env: { type: 'string' },
    window: { type: 'string' },
    objectives: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (!values.env)
    throw new UsageError('stratum slo check: --env <name> is required (an environments/<name>.yaml file).');
  const root = findWorkspaceRoot(io.cwd, io.env);
  loadEnvironment(root, values.env);
  const objectivesFile = values.objectives ?? DEFAULT_OBJECTIVES_FILE;
  const window = values.window === undefined ? undefined : parseWindow(values.window);
  const ledger = await openLedger(io.env[LEDGER_ENV_VAR], { root });
  try {
    const { report, spent } = await platformSloGate(ledger.knex, {
      root,
      env: values.env,
      objectivesFile,
      ...(window ? { window } : {}),
      now: Date.now(),
    });
    if (values.json) {
      io.out(
        JSON.stringify({ ...report, passed: spent.length === 0, spent: spent.map((s) => s.id) }, null, 2),
      );
    } else {
      io.out(
        `Platform SLOs for ${values.env} over ${report.window} (${report.windowStart} → ${report.windowEnd}), objectives from ${report.objectivesFile}:`,
      );
      for (const slo of report.overall) io.out(describe(slo));
      io.out(
        spent.length === 0
          ? 'ok: no error budget is spent.'
          : `FAILED: error budget spent for ${spent.map((s) => s.name).join(', ')}; hold risky promotions until it recovers.`,
      );
    }
    return spent.length === 0 ? EXIT.ok : EXIT.failure;
  } finally {
    await ledger.close();
  }
}

function parseWindow(text: string): { ms: number; text: string } {
  const duration = parseSloDuration(text);
  if (!duration || duration.seconds < MIN_WINDOW_SECONDS || duration.seconds > MAX_WINDOW_SECONDS) {
    throw new UsageError(`--window: got '${text}'; give a duration from 1h to 400d such as 7d, 30d or 12h.`);
  }
  return { ms: duration.seconds * 1000, text };
}

function describe(slo: SloResult): string {
  const show = (value: number | null) =>
    value === null ? '-' : slo.unit === 'ratio' ? `${round(value * 100)}%` : formatMs(value);
  const comparison = slo.kind === 'ratio-min' ? '>=' : '<=';
  const budget = slo.remainingErrorBudget === null ? '-' : `${round(slo.remainingErrorBudget * 100)}%`;
  const mark = slo.status === 'no_data' ? 'no data' : budgetSpent(slo) ? 'SPENT' : 'ok';
  return (
    `  ${mark.padEnd(8)} ${slo.name.padEnd(24)} value ${show(slo.value).padEnd(9)} objective ${comparison} ${show(slo.objective).padEnd(9)}` +
    ` budget left ${budget.padEnd(8)} (${slo.bad} bad of ${slo.samples})`
  );
}

const round = (value: number) => Math.round(value * 100) / 100;

function formatMs(ms: number): string {
  if (ms >= 86_400_000) return `${round(ms / 86_400_000)}d`;
  if (ms >= 3_600_000) return `${round(ms / 3_600_000)}h`;
  if (ms >= 60_000) return `${round(ms / 60_000)}m`;
  return `${round(ms / 1000)}s`;
}

async function rules(args: readonly string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandArgs('slo rules', args, { out: { type: 'string' } });
  const root = findWorkspaceRoot(io.cwd, io.env);
  const outDir = values.out
    ? isAbsolute(values.out)
      ? values.out
      : join(io.cwd, values.out)
    : join(root, DEFAULT_RULES_DIR);
  // Read and validate every slo.yaml before writing anything.
  const slos = readServiceSlos(root);
  if (slos.length === 0) {
    io.out('No services/<service>/slo.yaml in this workspace; nothing to write.');
    return EXIT.ok;
  }
  const byService = new Map<string, ServiceSlo[]>();
  for (const slo of slos) byService.set(slo.service, [...(byService.get(slo.service) ?? []), slo]);
  const files = [...byService].map(([service, list]) => ({
    path: join(outDir, `${service}.rules.yml`),
    text: renderRules(prometheusRules(list), list[0]!.file),
  }));
  mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const shown = relative(io.cwd, file.path) || file.path;
    if (readIfExists(file.path) === file.text) {
      io.out(`unchanged ${shown}`);
      continue;
    }
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.text);
    renameSync(tmp, file.path);
    io.out(`wrote     ${shown}`);
  }
  return EXIT.ok;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
