import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allFindings, check, NOW, r, stack } from './fixtures/harness';
import { foreignMarkers } from './foreign-markers';
import { isCalendarDate, SUPPRESSIONS_KEY } from './suppressions';

/** An SSH-open security group carrying a `//` comment as suppressPolicy writes it. */
function openSsh(comment: Record<string, unknown>) {
  return stack(
    r('aws_security_group', 'bastion', {
      '//': { metadata: { path: 'edge/bastion', uniqueId: 'bastion' }, ...comment },
      ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }],
    }),
  );
}
const suppress = (entry: Record<string, unknown>, rule = 'STRAT-SG-001') =>
  openSsh({ [SUPPRESSIONS_KEY]: { [rule]: entry } });
const valid = { reason: 'break-glass access, INC-1234', owner: 'group:platform-team', expires: '2026-01-15' };

describe('suppressions in code', () => {
  test('a valid suppression moves the finding to "suppressed" with reason, owner and expiry, and the gate passes', () => {
    const report = check(suppress(valid));
    assert.equal(report.passed, true);
    assert.deepEqual(allFindings(report), []);
    assert.deepEqual(report.suppressed, [
      {
        file: 'stacks/s0/cdk.tf.json',
        address: 'aws_security_group.bastion',
        rule: 'STRAT-SG-001',
        checkov: 'CKV_AWS_24',
        severity: 'high',
        message:
          'aws_security_group.bastion ingress[0] allows SSH (port 22) from anywhere (0.0.0.0/0 or ::/0)',
        reason: valid.reason,
        owner: valid.owner,
        expires: valid.expires,
        matched: true,
      },
    ]);
  });

  test('the expiry day itself still counts; the day after, the suppression is a violation and the finding returns', () => {
    assert.equal(
      check(suppress(valid)).passed,
      true,
      `valid through ${valid.expires} (now is ${NOW.toISOString()})`,
    );
    const report = check(suppress({ ...valid, expires: '2026-01-14' }));
    assert.equal(report.passed, false);
    const rules = report.violations.map((f) => f.rule).sort();
    assert.deepEqual(rules, ['STRAT-POL-001', 'STRAT-SG-001']);
    assert.match(
      report.violations.find((f) => f.rule === 'STRAT-POL-001')!.message,
      /expired on 2026-01-14 \(owner group:platform-team\)/,
    );
    assert.deepEqual(report.suppressed, []);
  });

  test("a suppression naming another check's exception (STRAT-DESTROY-001) is valid here, and judged like any other", () => {
    const db = (entry: Record<string, unknown>) =>
      check(suppress(entry, 'STRAT-DESTROY-001')).violations.filter((f) => f.rule === 'STRAT-POL-001');
    assert.deepEqual(db(valid), [], 'valid: no suppression-validity violation');
    assert.match(db({ ...valid, owner: '' })[0]?.message ?? '', /for STRAT-DESTROY-001 has no owner/);
  });

  test('no reason, no owner, a malformed date or an unknown rule: violation, not honoured', () => {
    const problems: [Record<string, unknown>, string, RegExp][] = [
      [{ ...valid, reason: '' }, 'STRAT-SG-001', /has no reason/],
      [{ ...valid, reason: undefined }, 'STRAT-SG-001', /has no reason/],
      [{ ...valid, owner: '  ' }, 'STRAT-SG-001', /has no owner/],
      [{ ...valid, expires: '31/01/2026' }, 'STRAT-SG-001', /no valid expiry date/],
      [{ ...valid, expires: undefined }, 'STRAT-SG-001', /no valid expiry date/],
      [valid, 'STRAT-SG-999', /does not exist/],
      [valid, 'STRAT-POL-001', /cannot be suppressed/],
    ];
    for (const [entry, rule, pattern] of problems) {
      const report = check(suppress(entry, rule));
      const meta = report.violations.filter((f) => f.rule === 'STRAT-POL-001');
      assert.equal(meta.length, 1, JSON.stringify(entry));
      assert.match(meta[0]!.message, pattern);
      assert.ok(
        report.violations.some((f) => f.rule === 'STRAT-SG-001'),
        'the finding is still reported',
      );
    }
  });

  test('an invalid suppression fails even the baseline profile, and cannot be turned off', () => {
    assert.equal(check(suppress({ ...valid, reason: '' }), { profile: 'baseline' }).passed, false);
    assert.throws(
      () => check(suppress(valid), { profile: 'baseline', overrides: { 'STRAT-POL-001': 'off' } }),
      /cannot be overridden/,
    );
  });

  test('a suppression that matches nothing is still listed in the report', () => {
    const report = check(suppress(valid, 'STRAT-S3-001'));
    const listed = report.suppressed.find((s) => s.rule === 'STRAT-S3-001');
    assert.equal(listed?.matched, false);
    assert.match(listed?.message ?? '', /No finding matched/);
  });

  test('the list form of suppressions is read too', () => {
    const report = check(openSsh({ [SUPPRESSIONS_KEY]: [{ rule: 'STRAT-SG-001', ...valid }] }));
    assert.equal(report.suppressed.length, 1);
  });

  test('calendar dates', () => {
    assert.equal(isCalendarDate('2026-02-28'), true);
    assert.equal(isCalendarDate('2026-02-29'), false);
    assert.equal(isCalendarDate('2026-2-1'), false);
  });
});

describe('skip markers of other scanners', () => {
  test('checkov:skip in a "//" comment is reported as ignored, and the finding stays', () => {
    const report = check(openSsh({ checkov: 'skip=CKV_AWS_24: bastion' }), { profile: 'standard' });
    assert.ok(report.violations.some((f) => f.rule === 'STRAT-SG-001'));
    const marker = report.warnings.find((f) => f.rule === 'STRAT-POL-002');
    assert.match(
      marker?.message ?? '',
      /checkov marker "checkov:skip=CKV_AWS_24", which the Stratum gate ignores.*STRAT-SG-001/,
    );
  });

  test('markers in strings anywhere in a resource and in the file comment are found', () => {
    assert.deepEqual(
      foreignMarkers({ '//': 'checkov:skip=CKV_AWS_20,CKV_AWS_57: public site' }).map((m) => m.ids),
      [['CKV_AWS_20', 'CKV_AWS_57']],
    );
    assert.deepEqual(
      foreignMarkers({ user_data: '#!/bin/sh\n# tfsec:ignore:aws-ec2-enforce-http-token-imds\n' }).map(
        (m) => m.scanner,
      ),
      ['tfsec'],
    );
    assert.deepEqual(
      foreignMarkers({ description: '#trivy:ignore:AVD-AWS-0107' }).map((m) => m.scanner),
      ['trivy'],
    );
    assert.deepEqual(foreignMarkers({ description: 'a plain description' }), []);
    const file = {
      '//': { metadata: { stackName: 'x' }, tfsec: 'ignore:aws-vpc-no-public-ingress-sgr' },
      resource: {},
    };
    const report = check(file, { profile: 'strict' });
    assert.equal(report.violations.find((f) => f.rule === 'STRAT-POL-002')?.address, '(file)');
  });

  test('strict blocks on a foreign marker (low severity); standard only warns', () => {
    const json = stack(
      r('aws_s3_bucket_public_access_block', 'p', {
        '//': 'checkov:skip=CKV_AWS_53',
        block_public_acls: true,
        block_public_policy: true,
        ignore_public_acls: true,
        restrict_public_buckets: true,
      }),
    );
    assert.equal(check(json, { profile: 'strict' }).passed, false);
    assert.equal(check(json, { profile: 'standard' }).passed, true);
  });
});
