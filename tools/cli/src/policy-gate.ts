import { join } from 'node:path';
import type { Environment } from '@stratum/config';
import type { StackArtifact } from '@stratum/deploy';
import { runPolicy } from '@stratum/policy';

/**
 * The policy gate as the deploy and plan commands use it: every synthesized stack is checked with the
 * environment's profile; each blocking finding becomes one line naming the stack, resource, rule and fix.
 */
export function policyGate(env: Environment) {
  return (stacks: readonly StackArtifact[]): string[] => {
    if (stacks.length === 0) return [];
    const report = runPolicy({ files: stacks.map((s) => join(s.dir, 'cdk.tf.json')), env });
    if (report.passed) return [];
    return [...report.violations, ...report.unknown.filter((f) => f.blocking)].map(
      (f) =>
        `${f.file}: ${f.address}: ${f.rule} (${f.checkov ?? 'no checkov id'}, ${f.severity}): ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`,
    );
  };
}
