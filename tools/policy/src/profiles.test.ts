import { ConfigError, loadEnvironment, findWorkspaceRoot } from '@stratum/config';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, r, stack } from './fixtures/harness';
import { blockingSeverities, enabledRules, PROFILES, settingsOf } from './profiles';
import { RULES } from './rules';

const ids = (profile: 'baseline' | 'standard' | 'strict') =>
  enabledRules(RULES, { profile }).map((e) => e.rule.id);

describe('profiles', () => {
  test('baseline < standard < strict: each enables everything the one below does', () => {
    const [baseline, standard, strict] = [ids('baseline'), ids('standard'), ids('strict')];
    assert.ok(baseline.every((id) => standard.includes(id)));
    assert.ok(standard.every((id) => strict.includes(id)));
    assert.equal(strict.length, RULES.length, 'strict enables every rule');
    assert.ok(
      baseline.includes('STRAT-SG-001') &&
        baseline.includes('STRAT-IAM-001') &&
        baseline.includes('STRAT-SEC-001'),
    );
    assert.ok(!baseline.includes('STRAT-S3-003'));
    assert.ok(standard.includes('STRAT-S3-003') && !standard.includes('STRAT-RDS-003'));
  });

  test('blocking severities per profile', () => {
    assert.deepEqual(blockingSeverities('baseline'), ['high', 'critical']);
    assert.deepEqual(blockingSeverities('standard'), ['medium', 'high', 'critical']);
    assert.deepEqual(blockingSeverities('strict'), ['low', 'medium', 'high', 'critical']);
    assert.equal(PROFILES.strict.unknownBlocks, true);
    assert.equal(PROFILES.standard.unknownBlocks, false);
  });

  test('the shipped environments: prod is strict, local is baseline', () => {
    const root = findWorkspaceRoot(process.cwd());
    assert.equal(settingsOf(loadEnvironment(root, 'prod')).profile, 'strict');
    assert.equal(settingsOf(loadEnvironment(root, 'local')).profile, 'baseline');
    assert.equal(settingsOf(undefined).profile, 'standard');
  });
});

describe('environment overrides', () => {
  const unencryptedKey = stack(r('aws_kms_key', 'k', {}));

  test('"off" disables a rule; a severity raises or lowers it, which changes whether it blocks', () => {
    assert.equal(
      check(unencryptedKey, { profile: 'standard' }).passed,
      false,
      'KMS rotation is medium: blocks in standard',
    );
    assert.equal(
      check(unencryptedKey, { profile: 'standard', overrides: { 'STRAT-KMS-001': 'off' } }).passed,
      true,
    );
    const lowered = check(unencryptedKey, { profile: 'standard', overrides: { 'STRAT-KMS-001': 'low' } });
    assert.equal(lowered.passed, true);
    assert.equal(lowered.warnings[0]?.severity, 'low');
    const raised = check(unencryptedKey, { profile: 'baseline', overrides: { 'STRAT-KMS-001': 'critical' } });
    assert.equal(raised.passed, false, 'an override enables a rule the profile leaves out');
    assert.equal(raised.violations[0]?.severity, 'critical');
  });

  test('an override naming an unknown rule is a ConfigError naming the file and key', () => {
    assert.throws(
      () =>
        enabledRules(RULES, {
          profile: 'standard',
          overrides: { 'STRAT-SG-099': 'off' },
          source: 'environments/dev.yaml',
        }),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.file === 'environments/dev.yaml' &&
        e.path === 'policy.overrides.STRAT-SG-099',
    );
  });

  test('unknown findings block only in strict', () => {
    const json = {
      ...stack(r('aws_db_instance', 'db', { storage_encrypted: '${var.enc}', deletion_protection: true })),
      variable: { enc: {} },
    };
    assert.equal(check(json, { profile: 'standard' }).passed, true);
    assert.equal(check(json, { profile: 'standard' }).unknown.length, 1);
    assert.equal(check(json, { profile: 'strict' }).passed, false);
  });
});
