import type { Environment } from '@stratum/config';
import { readTerraformJson, type TerraformDocument } from './load/read';
import { Workspace } from './model/stack';
import {
  blockingSeverities,
  enabledRules,
  PROFILES,
  settingsOf,
  severityRank,
  type PolicySettings,
} from './profiles';
import { RULES } from './rules';
import { runRule, type RawFinding, type Rule } from './rules/rule';
import { suppressibility } from './rules/suppression-validity';
import { declaredSuppressions, judgeSuppression, type ActiveSuppression } from './suppressions';
import type { Finding, PolicyReport, ProfileName, Severity, SuppressedFinding } from './types';

export interface RunPolicyOptions {
  /** Terraform JSON files (`cdk.tf.json`) to check; they are checked together, so remote state between them resolves. */
  readonly files: readonly string[];
  /** The environment whose `policy` settings apply. @default the standard profile without overrides */
  readonly env?: Environment;
  /** The clock suppressions expire against. @default new Date() */
  readonly now?: Date;
}

export interface EvaluateOptions {
  /** Profile and overrides. @default settingsOf(undefined): standard, no overrides */
  readonly settings?: PolicySettings;
  /** @default new Date() */
  readonly now?: Date;
  /** The rules to run. @default RULES */
  readonly rules?: readonly Rule[];
}

/**
 * The gate as the CLI calls it: reads every file (failing closed with a PolicyInputError on any file it
 * cannot read or parse), evaluates the environment's rules and returns the report.
 */
export function runPolicy({ files, env, now = new Date() }: RunPolicyOptions): PolicyReport {
  const documents = files.map((file) => readTerraformJson(file));
  return evaluatePolicy(documents, { settings: settingsOf(env), now });
}

/** Evaluates parsed Terraform JSON documents (for tests, the benchmark and callers that already read them). */
export function evaluatePolicy(
  documents: readonly TerraformDocument[],
  { settings = settingsOf(undefined), now = new Date(), rules = RULES }: EvaluateOptions = {},
): PolicyReport {
  const profile: ProfileName = settings.profile ?? 'standard';
  const enabled = enabledRules(rules, settings);
  const severityOf = new Map(enabled.map((e) => [e.rule.id, e.severity]));
  const workspace = new Workspace(documents);

  const raw: RawFinding[] = [];
  for (const stack of workspace.stacks) {
    for (const { rule } of enabled) raw.push(...runRule(rule, stack, now, rules));
  }

  const active = activeSuppressions(workspace, now, rules);
  const used = new Set<string>();
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const seen = new Set<string>();
  for (const f of raw) {
    const severity = severityOf.get(f.rule.id) ?? f.rule.severity;
    const key = suppressionKey(f.file, f.target.address, f.rule.id);
    const suppression = f.rule.locked ? undefined : active.get(key);
    const dedupe = `${key}\0${f.status}\0${f.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    if (suppression) {
      used.add(key);
      const { reason, owner, expires } = suppression.suppression;
      suppressed.push({
        file: f.file,
        address: f.target.address,
        rule: f.rule.id,
        checkov: f.checkov,
        severity,
        message: f.message,
        reason,
        owner,
        expires,
        matched: true,
      });
      continue;
    }
    findings.push({
      file: f.file,
      address: f.target.address,
      ...(f.target.constructPath ? { constructPath: f.target.constructPath } : {}),
      rule: f.rule.id,
      checkov: f.checkov,
      checkovIds: f.checkovIds,
      evidence: f.evidence,
      severity,
      status: f.status,
      message: f.message,
      fix: f.fix,
      blocking: isBlocking(profile, severity, f.status),
    });
  }
  for (const [key, { file, address, suppression }] of active) {
    if (used.has(key)) continue;
    const enabledHere = severityOf.has(suppression.rule);
    const message = enabledHere
      ? 'No finding matched this suppression: remove it.'
      : `No finding: ${suppression.rule} is not enabled in the ${profile} profile.`;
    const { rule, reason, owner, expires } = suppression;
    suppressed.push({
      file,
      address,
      rule,
      checkov: null,
      severity: severityOf.get(rule) ?? null,
      message,
      reason,
      owner,
      expires,
      matched: false,
    });
  }

  const sorted = findings.sort(compareFindings);
  const violations = sorted.filter((f) => f.status === 'fail' && f.blocking);
  const unknown = sorted.filter((f) => f.status === 'unknown');
  return {
    profile,
    blockingSeverities: blockingSeverities(profile),
    unknownBlocks: PROFILES[profile].unknownBlocks,
    files: documents.map((d) => d.file),
    violations,
    warnings: sorted.filter((f) => f.status === 'fail' && !f.blocking),
    unknown,
    suppressed: suppressed.sort(compareFindings),
    passed: violations.length === 0 && !unknown.some((f) => f.blocking),
  };
}

function isBlocking(profile: ProfileName, severity: Severity, status: Finding['status']): boolean {
  const definition = PROFILES[profile];
  if (severityRank(severity) < severityRank(definition.blockAt)) return false;
  return status === 'fail' || definition.unknownBlocks;
}

interface ActiveEntry {
  readonly file: string;
  readonly address: string;
  readonly suppression: ActiveSuppression;
}

/** Valid, unexpired suppressions of the run by file, address and rule (invalid ones are STRAT-POL-001 findings). */
function activeSuppressions(
  workspace: Workspace,
  now: Date,
  rules: readonly Rule[],
): Map<string, ActiveEntry> {
  const suppressible = suppressibility(rules);
  const out = new Map<string, ActiveEntry>();
  for (const stack of workspace.stacks) {
    for (const target of stack.suppressionTargets()) {
      for (const declared of declaredSuppressions(target)) {
        const verdict = judgeSuppression(declared, now, suppressible);
        if (verdict.ok)
          out.set(suppressionKey(stack.file, target.address, verdict.suppression.rule), {
            file: stack.file,
            address: target.address,
            suppression: verdict.suppression,
          });
      }
    }
  }
  return out;
}

function suppressionKey(file: string, address: string, rule: string): string {
  return `${file}\0${address}\0${rule}`;
}

/** Deterministic order (code-unit comparison, independent of locale): file, address, rule, message. */
function compareFindings(
  a: { file: string; address: string; rule: string; message: string },
  b: typeof a,
): number {
  for (const key of ['file', 'address', 'rule', 'message'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}
