import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openLedger, type Ledger } from '@stratum/ledger';
import {
  generateSigningKey,
  orgUser,
  orgYaml,
  sshKeygenSkipReason,
  type TestSigningKey,
} from '../approvals/testing';
import { paramsProject } from './fixtures';
import { e2eSkipReason, World } from './world';

interface Report {
  runId: string;
  status: string;
  gitSha: string;
  stacks: { project: string; stack: string; status: string; error?: string }[];
}

/**
 * local-prod for this test: the world's emulator, two regions, promoted from local, one platform-team approval.
 * Both environments share moto's one account, and the fixture's parameter name is fixed, so local-prod's regions
 * avoid local's us-east-1.
 */
function localProd(endpoint: string): string {
  return `name: local-prod
description: Rehearsal of prod on the emulator (e2e).
account: '123456789012'
regions: [eu-west-1, eu-central-1]
endpoint: ${endpoint}
stateBackend:
  type: local
  directory: .stratum/state
safety:
  deletionProtection: false
  skipFinalSnapshot: true
  forceDestroyBuckets: true
promotion:
  from: local
approvals:
  required: 1
  approvers: [group:platform-team]
policy:
  profile: baseline
`;
}

/**
 * local → local-prod on one emulator, as a team would walk it: a direct deploy is refused; promote waits for an
 * SSH-signed approval from platform-team (not the promoter's own, not another team's); then it deploys both
 * regions. A break-glass deploy is recorded with its reason and approved after the fact; a dirty local deploy
 * records `<sha>+dirty` with a digest.
 */
describe(
  'e2e: promote local → local-prod with SSH-signed approvals (real terraform, moto, ssh-keygen)',
  { skip: e2eSkipReason() ?? sshKeygenSkipReason() },
  () => {
    let world: World;
    let ledger: Ledger;
    let keys: Record<'ada' | 'grace', TestSigningKey>;
    const keyDir = mkdtempSync(join(tmpdir(), 'stratum-e2e-keys-'));
    before(async () => {
      keys = { ada: generateSigningKey(keyDir, 'ada'), grace: generateSigningKey(keyDir, 'grace') };
      world = await World.create('promote', {
        files: {
          ...paramsProject({ value: 'v1' }),
          'services/org.yaml': orgYaml([
            orgUser('ada', ['platform-team'], [keys.ada]),
            orgUser('grace', ['payments-team'], [keys.grace]),
          ]),
        },
      });
      world.write({ 'environments/local-prod.yaml': localProd(world.endpoint) });
      world.commit('e2e: local-prod');
      world.env.GITHUB_ACTOR = 'release-bot';
      ledger = await openLedger(join(world.root, '.stratum', 'ledger.db'), { root: world.root });
    });
    after(async () => {
      await ledger?.close();
      await world?.close();
      rmSync(keyDir, { recursive: true, force: true });
    });

    test('deploy local; a direct deploy to local-prod is refused; promote needs a verified approval, then deploys both regions', async () => {
      const sha = world.git('rev-parse', 'HEAD').trim();
      const local = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
      assert.equal(local.code, 0, local.stderr);
      assert.equal(local.json.gitSha, sha);

      const direct = await world.cli('deploy', '--env', 'local-prod', '--all');
      assert.equal(direct.code, 2, direct.stderr);
      assert.match(
        direct.stderr,
        /'local-prod' is gated .*`stratum promote --from local --to local-prod`.*--break-glass/s,
      );

      assert.equal((await world.cli('drift', '--env', 'local')).code, 0);
      const unapproved = await world.cli('promote', '--from', 'local', '--to', 'local-prod');
      assert.equal(unapproved.code, 1);
      assert.match(
        unapproved.stderr,
        /requires 1 approval\(s\) from group:platform-team .* none is recorded/,
      );

      const byGrace = await world.cli(
        'approve',
        '--env',
        'local-prod',
        '--sha',
        sha,
        '--key',
        keys.grace.privateKey,
      );
      assert.equal(byGrace.code, 0, byGrace.stderr);
      const byAda = await world.cli(
        'approve',
        '--env',
        'local-prod',
        '--sha',
        sha,
        '--key',
        keys.ada.privateKey,
      );
      assert.equal(byAda.code, 0, byAda.stderr);
      assert.match(byAda.stdout, /ada approved [0-9a-f]{40} for 'local-prod'/);

      world.env.GITHUB_ACTOR = 'ada';
      const own = await world.cli('promote', '--from', 'local', '--to', 'local-prod');
      world.env.GITHUB_ACTOR = 'release-bot';
      assert.equal(own.code, 1);
      assert.match(
        own.stderr,
        /grace is not a member of platform-team.*ada deploys this change; the deployer's own approval never counts/s,
      );

      const promoted = await world.cliJson<Report>('promote', '--from', 'local', '--to', 'local-prod');
      assert.equal(promoted.code, 0, `${promoted.stderr}\n${JSON.stringify(promoted.json, null, 2)}`);
      assert.equal(promoted.json.gitSha, sha);
      assert.deepEqual(promoted.json.stacks.map((s) => [s.stack, s.status]).sort(), [
        ['e2e-params-eu-central-1', 'succeeded'],
        ['e2e-params-eu-west-1', 'succeeded'],
      ]);
      const [promotion] = await ledger.listPromotions({ toEnv: 'local-prod' });
      assert.deepEqual(
        [promotion?.gitSha, promotion?.approvedBy, promotion?.runId],
        [sha, 'ada', promoted.json.runId],
      );
      const run = await ledger.getRun(promoted.json.runId);
      assert.deepEqual([run?.actor, run?.trigger, run?.breakGlassReason], ['release-bot', 'promote', null]);
    });

    test('break-glass on local-prod: recorded with reason, actor and sha; approved after the fact by someone else', async () => {
      const reason = 'rehearsal: the parameter must change now';
      const glass = await world.cliJson<Report>(
        'deploy',
        '--env',
        'local-prod',
        '--all',
        '--break-glass',
        '--reason',
        reason,
      );
      assert.equal(glass.code, 0, glass.stderr);
      const run = await ledger.getRun(glass.json.runId);
      assert.deepEqual(
        [run?.breakGlassReason, run?.actor, run?.gitSha],
        [reason, 'release-bot', world.git('rev-parse', 'HEAD').trim()],
      );
      const approved = await world.cli('approve', '--run', glass.json.runId, '--key', keys.ada.privateKey);
      assert.equal(approved.code, 0, approved.stderr);
      assert.deepEqual(
        (await ledger.listApprovals({ runId: glass.json.runId })).map((a) => a.approver),
        ['ada'],
      );
    });

    test('a local deploy from a dirty tree records <sha>+dirty and a digest; local-prod refuses that tree', async () => {
      const sha = world.git('rev-parse', 'HEAD').trim();
      world.write(paramsProject({ value: 'v2-uncommitted' }));
      const dirty = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
      assert.equal(dirty.code, 0, dirty.stderr);
      assert.equal(dirty.json.gitSha, `${sha}+dirty`);
      assert.match((await ledger.getRun(dirty.json.runId))?.treeDigest ?? '', /^[0-9a-f]{64}$/);
      const refused = await world.cli(
        'deploy',
        '--env',
        'local-prod',
        '--all',
        '--break-glass',
        '--reason',
        'from a dirty tree, on purpose',
      );
      assert.equal(refused.code, 2);
      assert.match(
        refused.stderr,
        /uncommitted changes to synth inputs \(shared-infra\/e2e-params\/src\/stack.ts\); 'local-prod' is not a local environment/,
      );
    });
  },
);
