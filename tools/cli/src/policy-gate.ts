import { join } from 'node:path';
import type { Environment } from '@stratum/config';
import type { PolicyException, StackArtifact } from '@stratum/deploy';
import { runPolicy } from '@stratum/policy';

/** Filled by the gate with the suppressions (policy exceptions) that set a finding aside. */
export interface PolicyExceptionSink {
  exceptions: PolicyException[];
}

/**
 * The policy gate as the deploy and plan commands use it: every synthesized stack is checked with the
 * environment's profile; each blocking finding becomes one line naming the stack, resource, rule and fix.
 * With `used`, the suppressions that set findings aside are handed back for the risk score.
 */
export function policyGate(env: Environment, used?: PolicyExceptionSink) {
  return (stacks: readonly StackArtifact[]): string[] => {
    if (stacks.length === 0) return [];
    const report = runPolicy({ files: stacks.map((s) => join(s.dir, 'cdk.tf.json')), env });
    if (used)
      used.exceptions = report.suppressed
        .filter((s) => s.matched)
        .map((s) => ({ ruleId: s.rule, address: s.address }));
    if (report.passed) return [];
    return [...report.violations, ...report.unknown.filter((f) => f.blocking)].map(
      (f) =>
        `${f.file}: ${f.address}: ${f.rule} (${f.checkov ?? 'no checkov id'}, ${f.severity}): ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`,
    );
  };
}
