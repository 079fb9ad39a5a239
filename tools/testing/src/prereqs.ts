import { spawnSync } from 'node:child_process';

/** True when CI asked for every prerequisite to be present (`STRATUM_REQUIRE_PREREQS=1` in .ci/run). */
export function prereqsRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.STRATUM_REQUIRE_PREREQS === '1' || env.STRATUM_REQUIRE_PREREQS === 'true';
}

/**
 * Describes why a prerequisite is missing, or undefined when it is there. Use as
 * `test('x', { skip: missing('terraform', hasTerraform()) }, ...)`: locally the test is skipped with the
 * reason; under STRATUM_REQUIRE_PREREQS the call throws, failing the run at load time with the reason.
 */
export function missing(name: string, available: boolean, hint = ''): string | undefined {
  if (available) return undefined;
  const reason = `${name} is not available${hint ? ` (${hint})` : ''}`;
  if (prereqsRequired())
    throw new Error(`${reason}, and STRATUM_REQUIRE_PREREQS is set: CI must provide it.`);
  return reason;
}

/** True when `bin --version` (or the given args) runs and exits 0. */
export function commandWorks(bin: string, args: readonly string[] = ['version']): boolean {
  const result = spawnSync(bin, [...args], { stdio: 'ignore', timeout: 20_000 });
  return result.status === 0;
}

/** The terraform binary the tests use: STRATUM_TERRAFORM_BIN or `terraform`. */
export function terraformBin(env: NodeJS.ProcessEnv = process.env): string {
  return env.STRATUM_TERRAFORM_BIN || 'terraform';
}
