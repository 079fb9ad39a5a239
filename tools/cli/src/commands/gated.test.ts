import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openLedger } from '@stratum/ledger';
import type { CommandIO } from '../io';
import { main } from '../main';
import { cliWorkspace, REPO_ROOT } from '../test/harness';

/** Runs the CLI in-process with exactly this environment (no CI, GITHUB_* of the machine running the tests). */
async function cli(root: string, env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    out: (t) => (stdout += `${t}\n`),
    err: (t) => (stderr += `${t}\n`),
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, STRATUM_ROOT: root, ...env },
  };
  return { code: await main(argv, io), stdout, stderr };
}

describe('gated environments take changes only through promote', () => {
  // The shipped prod.yaml without its per-service overrides: this workspace has no projects, nothing to apply.
  const prod = readFileSync(join(REPO_ROOT, 'environments/prod.yaml'), 'utf8').replace(
    /^services:\n( {2}.*\n)+/m,
    '',
  );
  const root = cliWorkspace({ 'environments/prod.yaml': prod });
  after(() => rmSync(root, { recursive: true, force: true }));
  const ledgerRuns = async (env: string) => {
    const ledger = await openLedger(undefined, { root });
    try {
      return (await ledger.listRuns({ env })).runs;
    } finally {
      await ledger.close();
    }
  };

  test('a direct deploy to staging or prod exits 2 naming stratum promote and --break-glass, and records nothing', async () => {
    for (const [env, from] of [
      ['prod', 'staging'],
      ['staging', 'dev'],
    ]) {
      const { code, stdout, stderr } = await cli(root, {}, 'deploy', '--env', env!, '--all');
      assert.equal(code, 2, stderr);
      assert.equal(stdout, '');
      assert.match(
        stderr,
        new RegExp(`'${env}' is gated \\(environments/${env}.yaml has promotion.from: ${from}\\)`),
      );
      assert.match(stderr, new RegExp(`\`stratum promote --from ${from} --to ${env}\``));
      assert.match(stderr, /--break-glass --reason "<why>"/);
      assert.doesNotMatch(stderr, /Usage:/, 'a refusal is not a typo: no usage text');
      assert.deepEqual(await ledgerRuns(env!), []);
    }
  });

  test('break-glass needs a reason of 10+ characters, and a gated environment', async () => {
    const short = await cli(
      root,
      {},
      'deploy',
      '--env',
      'prod',
      '--all',
      '--break-glass',
      '--reason',
      'hotfix',
    );
    assert.equal(short.code, 2);
    assert.match(
      short.stderr,
      /--reason: got "hotfix"; a break-glass deploy needs a reason of at least 10 characters/,
    );
    const none = await cli(root, {}, 'deploy', '--env', 'prod', '--all', '--break-glass');
    assert.equal(none.code, 2);
    const ungated = await cli(
      root,
      {},
      'deploy',
      '--env',
      'dev',
      '--all',
      '--break-glass',
      '--reason',
      'long enough reason',
    );
    assert.equal(ungated.code, 2);
    assert.match(ungated.stderr, /'dev' is not gated; run `stratum deploy` without --break-glass/);
    const stray = await cli(root, {}, 'deploy', '--env', 'prod', '--all', '--reason', 'long enough reason');
    assert.equal(stray.code, 2);
    assert.match(stray.stderr, /--reason goes with --break-glass/);
  });

  test('a break-glass deploy is recorded with its reason, actor and sha', async () => {
    const reason = 'payments outage: roll the hotfix now';
    const { code, stderr } = await cli(
      root,
      { CI: 'true', GITHUB_ACTOR: 'ada' },
      'deploy',
      '--env',
      'prod',
      '--all',
      '--break-glass',
      '--reason',
      reason,
    );
    assert.equal(code, 0, stderr);
    const [run] = await ledgerRuns('prod');
    assert.ok(run);
    assert.deepEqual([run.breakGlassReason, run.actor, run.trigger], [reason, 'ada', 'ci']);
    assert.match(run.gitSha, /^([0-9a-f]{40}|unversioned)$/);
    const shown = await cli(root, {}, 'runs', 'show', run.id);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, new RegExp(`break-glass: ${reason}\n`));
    assert.match(
      shown.stdout,
      new RegExp(
        `awaiting approval after the fact: \`stratum approve --run ${run.id} --key <ssh private key>\` \\(not by ada\\)`,
      ),
    );
    const listed = await cli(root, {}, 'runs', '--env', 'prod');
    assert.match(listed.stdout, /BREAK-GLASS/);
  });

  test('under CI the actor is GITHUB_ACTOR and --actor / --sha are refused', async () => {
    const ci = { CI: 'true', GITHUB_ACTOR: 'ada' };
    const actor = await cli(root, ci, 'deploy', '--env', 'local', '--all', '--actor', 'grace');
    assert.equal(actor.code, 2);
    assert.match(
      actor.stderr,
      /--actor: refused under CI \(CI=true\): the ledger records the CI's identity \(GITHUB_ACTOR\)/,
    );
    const sha = await cli(root, ci, 'deploy', '--env', 'local', '--all', '--sha', 'deadbeef');
    assert.equal(sha.code, 2);
    assert.match(sha.stderr, /--sha: refused under CI/);
  });

  test('promote --approved-by is gone: the error says what replaced it', async () => {
    const { code, stderr } = await cli(
      root,
      {},
      'promote',
      '--from',
      'staging',
      '--to',
      'prod',
      '--approved-by',
      'ada',
    );
    assert.equal(code, 2);
    assert.match(
      stderr,
      /--approved-by was removed: a typed name is not an approval\. Each approver signs with `stratum approve --env <to> --sha <sha> --key <ssh private key>`/,
    );
  });
});
