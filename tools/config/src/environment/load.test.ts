import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, UsageError } from '../errors';
import { listEnvironments, loadAllEnvironments, loadEnvironment } from './load';

const VALID = `name: qa
account: "123456789012"
regions: [us-east-1]
stateBackend:
  type: local
`;

function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stratum-env-'));
  mkdirSync(join(root, 'environments'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'environments', name), text);
  return root;
}

function loadError(text: string, name = 'qa'): ConfigError {
  const root = workspaceWith({ [`${name}.yaml`]: text });
  try {
    loadEnvironment(root, name);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the environment to be rejected');
}

describe('environment files', () => {
  test('the shipped environments all validate', () => {
    const root = join(__dirname, '../../../..');
    const envs = loadAllEnvironments(root);
    assert.deepEqual(
      envs.map((e) => e.name),
      ['dev', 'local', 'local-prod', 'prod', 'staging'],
    );
    const rehearsal = envs.find((e) => e.name === 'local-prod')!;
    assert.deepEqual(rehearsal.regions, ['us-east-1', 'eu-west-1']);
    assert.deepEqual(rehearsal.stateBackend, {
      type: 's3',
      bucket: 'stratum-local-prod-tfstate',
      region: 'us-east-1',
      keyPrefix: 'stratum',
      useLockfile: true,
    });
    assert.deepEqual(rehearsal.promotion, { from: 'local', bakeSeconds: 20 });
    assert.deepEqual(rehearsal.approvals, { required: 1, approvers: ['group:platform-team'] });
    assert.equal(
      envs.find((e) => e.name === 'dev')?.locks.ttlSeconds,
      120,
      'the lease TTL defaults to 120 s',
    );
    const prod = envs.find((e) => e.name === 'prod')!;
    assert.deepEqual(prod.regions, ['us-east-1', 'eu-west-1']);
    assert.equal(prod.safety.deletionProtection, true);
    assert.equal(prod.policy.profile, 'strict');
    const local = envs.find((e) => e.name === 'local')!;
    assert.equal(local.endpoint, 'http://127.0.0.1:4566');
    assert.equal(local.stateBackend.type, 'local');
  });

  test('defaults fill what a file leaves out', () => {
    const env = loadEnvironment(workspaceWith({ 'qa.yaml': VALID }), 'qa');
    assert.equal(env.sizes.azCount, 2);
    assert.equal(env.policy.profile, 'standard');
    assert.deepEqual(env.services, {});
  });

  test('an unknown environment name is a usage error listing the known ones', () => {
    const root = workspaceWith({ 'qa.yaml': VALID, 'dev.yaml': VALID.replace('qa', 'dev') });
    assert.deepEqual(listEnvironments(root), ['dev', 'qa']);
    assert.throws(
      () => loadEnvironment(root, 'prdo'),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.match(error.message, /Unknown environment 'prdo'\. Known environments: dev, qa/);
        return true;
      },
    );
  });

  test('a missing field names the file and the path', () => {
    const error = loadError(VALID.replace('account: "123456789012"\n', ''));
    assert.match(error.message, /environments\/qa.yaml: account: required field is missing/);
    assert.equal(error.path, 'account');
  });

  test('a mistyped field shows the bad value and what is allowed', () => {
    assert.match(
      loadError(VALID.replace('"123456789012"', '123456789012')).message,
      /account: got 123456789012: .*expected string/,
    );
    assert.match(
      loadError(`${VALID}sizes:\n  azCount: 9\n`).message,
      /sizes.azCount: got 9: Too big: expected number to be <=6/,
    );
    assert.match(
      loadError(VALID.replace('type: local', 'type: gcs')).message,
      /environments\/qa.yaml: stateBackend.type: got "gcs": .*Expected 'local' \| 's3'/,
    );
    assert.match(
      loadError(`${VALID}sizes:\n  azCount: 1\n  natGateways: 2\n`).message,
      /sizes.natGateways: got 2: natGateways may not exceed azCount/,
    );
  });

  test('an unknown key is named with the keys allowed there', () => {
    const error = loadError(`${VALID}sizes:\n  azCnt: 2\n`);
    assert.match(
      error.message,
      /environments\/qa.yaml: sizes.azCnt: unknown key 'azCnt'; allowed keys here: azCount, natGateways/,
    );
    assert.match(
      loadError(`${VALID}colour: blue\n`).message,
      /colour: unknown key 'colour'; allowed keys here: name, description, account/,
    );
  });

  test('the name must match the file name', () => {
    assert.match(loadError(VALID, 'qa2').message, /name: got "qa", but it must equal the file name 'qa2'/);
  });

  test('promotion must come from an existing, different environment', () => {
    assert.match(
      loadError(`${VALID}promotion:\n  from: nowhere\n`).message,
      /promotion.from: got "nowhere", which is not an environment/,
    );
    assert.match(loadError(`${VALID}promotion:\n  from: qa\n`).message, /cannot promote from itself/);
  });

  test('duplicate keys are rejected with their line', () => {
    assert.match(
      loadError(`${VALID}account: "999999999999"\n`).message,
      /environments\/qa.yaml:6:1: Map keys must be unique/,
    );
  });

  test('an alias bomb is rejected before it expands', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    assert.match(loadError(bomb).message, /alias/i);
  });

  test('merge keys are not honoured', () => {
    const error = loadError(`base: &base\n  azCount: 2\n${VALID}sizes:\n  <<: *base\n`);
    assert.match(error.message, /unknown key|<</);
  });

  test('a document over 1 MB is rejected without being parsed', () => {
    const big = `${VALID}description: "${'x'.repeat(1_000_100)}"\n`;
    assert.match(loadError(big).message, /over the limit of 1000000 bytes/);
  });

  test('nesting deeper than 64 is rejected, in flow and block style', () => {
    assert.match(
      loadError(`${VALID}tags: ${'['.repeat(70)}${']'.repeat(70)}\n`).message,
      /deeper than the limit of 64/,
    );
    let block = 'tags:\n';
    for (let i = 0; i < 70; i++) block += `${'  '.repeat(i + 1)}k${i}:\n`;
    assert.match(
      loadError(`${VALID}${block}${'  '.repeat(71)}v: 1\n`).message,
      /deeper than the limit of 64/,
    );
  });

  test('a file that is not a mapping is rejected', () => {
    assert.match(loadError('- just\n- a list\n').message, /expected a mapping of environment settings/);
  });
});
