import { isUnknown, type Check, type Unknown } from '../eval/value';
import type { StackModel } from '../model/stack';
import type { RuleMeta } from '../types';

/** What a finding is about: a resource, a data source, or a provider block. */
export interface Target {
  readonly address: string;
  readonly constructPath?: string | undefined;
  /** The raw JSON body; suppressions and foreign skip markers are read from its `//` key. */
  readonly body: Readonly<Record<string, unknown>>;
}

/** A finding as a rule reports it, before profiles and suppressions apply. */
export interface RawFinding {
  readonly rule: RuleMeta;
  readonly file: string;
  readonly target: Target;
  readonly status: 'fail' | 'unknown';
  readonly message: string;
  readonly fix: string;
  readonly checkov: string | null;
  /** Every checkov id that applies (the first is `checkov`). */
  readonly checkovIds: readonly string[];
  /** Other resources the finding is about (the ACL, encryption configuration or access block of a bucket). */
  readonly evidence: readonly string[];
}

export interface FindingDetails {
  /** What is wrong, naming the resource part and the value. */
  readonly message: string;
  /** The checkov id, or every id that applies (most specific first). @default the rule's first checkov id */
  readonly checkov?: string | null | readonly string[];
  /** Addresses of the companion resources that show the problem (cited in the report). */
  readonly evidence?: readonly string[];
  /** @default the rule's fix */
  readonly fix?: string;
}

/** What a rule gets: the stack, the time (for suppressions) and a way to report. */
export interface RuleContext {
  readonly stack: StackModel;
  readonly now: Date;
  /** Every rule the engine knows (for the rules that check suppressions and markers). */
  readonly rules: readonly RuleMeta[];
  /** The resource violates the rule. */
  fail(target: Target, details: FindingDetails): void;
  /** A value the rule needs is unknown; `value` names it. */
  unknown(target: Target, value: Unknown, details: FindingDetails): void;
  /** Reports a three-valued check: true fails, unknown is reported as unknown, false passes. */
  expect(target: Target, violated: Check, details: FindingDetails): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

/** Runs one rule on one stack and collects its raw findings. */
export function runRule(rule: Rule, stack: StackModel, now: Date, rules: readonly RuleMeta[]): RawFinding[] {
  const findings: RawFinding[] = [];
  const add = (target: Target, status: RawFinding['status'], details: FindingDetails): void => {
    const ids = checkovIdsOf(rule, details.checkov);
    findings.push({
      rule,
      file: stack.file,
      target,
      status,
      message: details.message,
      fix: details.fix ?? rule.fix,
      checkov: ids[0] ?? null,
      checkovIds: ids,
      evidence: details.evidence ?? [],
    });
  };
  const ctx: RuleContext = {
    stack,
    now,
    rules,
    fail: (target, details) => add(target, 'fail', details),
    unknown: (target, value, details) =>
      add(target, 'unknown', {
        ...details,
        message: `Unverified: ${details.message}; cannot evaluate ${value.source()}: ${value.reason}`,
      }),
    expect: (target, violated, details) => {
      if (violated === true) ctx.fail(target, details);
      else if (isUnknown(violated)) ctx.unknown(target, violated, details);
    },
  };
  rule.check(ctx);
  return findings;
}

function checkovIdsOf(rule: RuleMeta, given: FindingDetails['checkov']): readonly string[] {
  if (given === undefined) return rule.checkov.slice(0, 1);
  if (given === null) return [];
  return typeof given === 'string' ? [given] : [...new Set(given)];
}
