import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandWorks, missing, terraformBin } from '@stratum/testing';
import { REPO_ROOT, runCli } from '../test/harness';

const noTerraform = missing(
  'terraform',
  commandWorks(terraformBin()),
  'install Terraform 1.5+ or set STRATUM_TERRAFORM_BIN',
);

describe('stratum validate against real terraform', { skip: noTerraform }, () => {
  for (const env of ['local', 'dev', 'staging', 'prod']) {
    test(`every shipped stack synthesizes and passes terraform validate in ${env}`, async () => {
      const { code, stdout, stderr } = await runCli(REPO_ROOT, 'validate', '--env', env, '--json');
      assert.equal(code, 0, `${stderr}\n${stdout}`);
      const results = JSON.parse(stdout) as { stack: string; valid: boolean }[];
      const regions = env === 'prod' ? 2 : 1;
      assert.equal(results.length, 11 * regions);
      assert.deepEqual(
        results.filter((r) => !r.valid),
        [],
      );
    });
  }
});
