import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironment, synthOutDir } from '@stratum/config';
import { runPolicy } from '@stratum/policy';
import type { CheckStatus } from '@stratum/plugin-stratum-common';

/** The verdict of the prod policy gate on one service's synthesized stacks. */
export interface GateVerdict {
  readonly status: CheckStatus;
  readonly detail: string;
}

/** Judges a service's projects (roots relative to the workspace) against the prod policy gate. */
export type PolicyGate = (service: string, projectRoots: readonly string[]) => GateVerdict;

const PROD = 'prod';

/** `<project>/cdktf.out/<env>/stacks/<stack>/cdk.tf.json` for every stack synthesized for `env`. */
export function synthesizedStacks(root: string, projectRoot: string, env: string): string[] {
  const stacks = join(root, synthOutDir(projectRoot, env), 'stacks');
  if (!existsSync(stacks)) return [];
  return readdirSync(stacks)
    .map((stack) => join(stacks, stack, 'cdk.tf.json'))
    .filter((file) => existsSync(file))
    .sort();
}

/**
 * The prod gate from `@stratum/policy` on the synthesized prod stacks: `pass` only when the gate passes with no
 * suppression, `not_evaluated` when a project has not been synthesized for prod. Verdicts are cached by the files'
 * modification times, so only a new synth runs the gate again.
 */
export function prodPolicyGate(root: string): PolicyGate {
  const cache = new Map<string, { key: string; verdict: GateVerdict }>();
  return (service, projectRoots) => {
    const missing = projectRoots.filter((p) => synthesizedStacks(root, p, PROD).length === 0);
    if (projectRoots.length === 0 || missing.length > 0) {
      return {
        status: 'not_evaluated',
        detail: `No prod synth output for ${missing.join(', ') || service}; run \`stratum synth --env prod\` and reload.`,
      };
    }
    const files = projectRoots.flatMap((p) => synthesizedStacks(root, p, PROD));
    const key = files.map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
    const hit = cache.get(service);
    if (hit?.key === key) return hit.verdict;
    let verdict: GateVerdict;
    try {
      const report = runPolicy({ files, env: loadEnvironment(root, PROD) });
      const blocking = report.violations.length + (report.unknownBlocks ? report.unknown.length : 0);
      if (!report.passed)
        verdict = {
          status: 'fail',
          detail: `The prod gate fails with ${blocking} blocking finding(s); run \`stratum policy --env prod\`.`,
        };
      else if (report.suppressed.length > 0) {
        const rules = [...new Set(report.suppressed.map((s) => s.rule))].join(', ');
        verdict = {
          status: 'fail',
          detail: `The prod gate passes only with ${report.suppressed.length} suppression(s) (${rules}); fix and remove them.`,
        };
      } else
        verdict = {
          status: 'pass',
          detail: `The prod gate passes on ${files.length} stack(s) with no suppression.`,
        };
    } catch (error) {
      verdict = {
        status: 'fail',
        detail: `The prod gate could not run: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    cache.set(service, { key, verdict });
    return verdict;
  };
}
