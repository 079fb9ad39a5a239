import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError } from '@stratum/config';
import { parseSloDocuments, readServiceSlos } from './parse';

const FILE = 'services/shop/slo.yaml';

const SLO = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: shop-availability
spec:
  service: shop
  indicatorRef: shop-errors
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 28d
      isRolling: true
  objectives:
    - target: 0.99
  alertPolicies:
    - alertPolicyRef: shop-burn
`;
const SLI = `apiVersion: openslo/v1
kind: SLI
metadata:
  name: shop-errors
spec:
  ratioMetric:
    counter: true
    bad:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(errors_total[{{window}}]))
    total:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(requests_total[{{window}}]))
`;
const POLICY = `apiVersion: openslo/v1
kind: AlertPolicy
metadata:
  name: shop-burn
spec:
  conditions:
    - conditionRef: fast
    - kind: AlertCondition
      metadata:
        name: slow
      spec:
        severity: ticket
        condition: { kind: burnrate, op: gte, threshold: 3, lookbackWindow: 1d }
`;
const CONDITION = `apiVersion: openslo/v1
kind: AlertCondition
metadata:
  name: fast
spec:
  severity: page
  condition:
    kind: burnrate
    op: gte
    threshold: 14.4
    lookbackWindow: 1h
    alertAfter: 2m
`;
const VALID = [SLO, SLI, POLICY, CONDITION].join('---\n');

/** Asserts that parsing `text` fails with a ConfigError naming the file, whose message matches every pattern. */
function rejects(text: string, ...patterns: RegExp[]): ConfigError {
  let caught: unknown;
  try {
    parseSloDocuments(text, FILE);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ConfigError, `expected a ConfigError, got ${String(caught)}`);
  assert.equal(caught.file, FILE);
  assert.ok(caught.message.startsWith(`${FILE}`), caught.message);
  for (const pattern of patterns) assert.match(caught.message, pattern);
  return caught;
}

describe('parseSloDocuments', () => {
  test('resolves the SLI, the alert policy and both kinds of condition', () => {
    const [slo, ...rest] = parseSloDocuments(VALID, FILE);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      { name: slo!.name, service: slo!.service, target: slo!.target, window: slo!.window, file: slo!.file },
      {
        name: 'shop-availability',
        service: 'shop',
        target: 0.99,
        window: { text: '28d', seconds: 28 * 86_400, rolling: true },
        file: FILE,
      },
    );
    assert.deepEqual(slo!.indicator, {
      name: 'shop-errors',
      displayName: 'shop-errors',
      bad: 'sum(rate(errors_total[{{window}}]))',
      total: 'sum(rate(requests_total[{{window}}]))',
    });
    const conditions = slo!.alertPolicies[0]!.conditions;
    assert.deepEqual(
      conditions.map((c) => [
        c.name,
        c.severity,
        c.burnRate,
        c.longWindow.text,
        c.shortWindow.text,
        c.alertAfter?.text,
      ]),
      [
        ['fast', 'page', 14.4, '1h', '5m', '2m'],
        ['slow', 'ticket', 3, '1d', '2h', undefined],
      ],
    );
  });

  test('an inline indicator works like an indicatorRef', () => {
    const inline = SLO.replace(
      '  indicatorRef: shop-errors\n',
      `  indicator:\n    metadata: { name: inline-sli }\n    spec:\n      ratioMetric:\n        good: { metricSource: { type: Prometheus, spec: { query: "sum(rate(ok_total[{{window}}]))" } } }\n        total: { metricSource: { type: Prometheus, spec: { query: "sum(rate(all_total[{{window}}]))" } } }\n`,
    ).replace(/ {2}alertPolicies:\n.*\n/, '');
    const [slo] = parseSloDocuments(inline, FILE);
    assert.equal(slo!.indicator.good, 'sum(rate(ok_total[{{window}}]))');
    assert.equal(slo!.indicator.bad, undefined);
    assert.deepEqual(slo!.alertPolicies, []);
  });
});

describe('malformed slo.yaml: each mistake gets its own error', () => {
  test('unknown kind lists the allowed kinds', () => {
    rejects(
      VALID.replace('kind: SLI', 'kind: ServiceLevelIndicator'),
      /document 2: kind: got "ServiceLevelIndicator"/,
      /allowed values: "SLO", "SLI", "AlertPolicy", "AlertCondition"/,
    );
  });

  test('an indicatorRef to no SLI names the ref and the SLIs defined', () => {
    const error = rejects(
      VALID.replace('indicatorRef: shop-errors', 'indicatorRef: shop-latency'),
      /document 1 \(SLO "shop-availability"\): spec\.indicatorRef: got "shop-latency": no SLI of this name/,
      /defined: shop-errors/,
    );
    assert.equal(error.path, 'spec.indicatorRef');
  });

  test('neither indicatorRef nor indicator is an error', () => {
    rejects(
      VALID.replace('  indicatorRef: shop-errors\n', ''),
      /spec\.indicatorRef: got nothing: give exactly one of indicatorRef/,
    );
  });

  test('alertPolicyRef and conditionRef must resolve too', () => {
    rejects(
      VALID.replace('alertPolicyRef: shop-burn', 'alertPolicyRef: shop-pager'),
      /spec\.alertPolicies\[0\]\.alertPolicyRef: got "shop-pager": no AlertPolicy/,
    );
    rejects(
      VALID.replace('conditionRef: fast', 'conditionRef: faster'),
      /AlertPolicy "shop-burn"\): spec\.conditions\[0\]\.conditionRef: got "faster": no AlertCondition of this name.*defined: fast/,
    );
  });

  test('a target outside (0, 1) names spec.objectives[0].target', () => {
    for (const target of ['1.5', '0', '1', '99.9']) {
      const error = rejects(
        VALID.replace('target: 0.99', `target: ${target}`),
        new RegExp(
          `spec\\.objectives\\[0\\]\\.target: got ${target}: must be a ratio strictly between 0 and 1`,
        ),
      );
      assert.equal(error.path, 'spec.objectives[0].target');
    }
  });

  test('a bad duration says what a duration looks like', () => {
    rejects(
      VALID.replace('duration: 28d', 'duration: 4 weeks'),
      /spec\.timeWindow\[0\]\.duration: got "4 weeks": must be a whole number of minutes, hours, days or weeks/,
    );
    rejects(
      VALID.replace('lookbackWindow: 1h', 'lookbackWindow: 1y'),
      /spec\.condition\.lookbackWindow: got "1y"/,
    );
    rejects(VALID.replace('lookbackWindow: 1h', 'lookbackWindow: 10m'), /multiple of 12 minutes/);
  });

  test('duplicate names of one kind name both documents', () => {
    rejects(
      `${VALID}---\n${SLI}`,
      /document 5 \(SLI "shop-errors"\): metadata\.name: got "shop-errors": a SLI of this name is already defined in document 2 \(SLI "shop-errors"\)/,
    );
  });

  test('a wrong apiVersion lists the one read', () => {
    rejects(
      VALID.replace('apiVersion: openslo/v1\nkind: SLO', 'apiVersion: openslo/v2alpha\nkind: SLO'),
      /document 1: apiVersion: got "openslo\/v2alpha": allowed values: "openslo\/v1"/,
    );
  });

  test('YAML syntax errors carry the line', () => {
    rejects(`${SLO}  bad: [unclosed\n`, /services\/shop\/slo\.yaml:\d+:\d+: /);
    rejects(
      SLO.replace('  service: shop\n', '  service: shop\n  service: shop\n'),
      /slo\.yaml:\d+:\d+: .*[Mm]ap keys must be unique/,
    );
  });

  test('other mistakes: unknown fields, bad severity, two good/bad sides, queries without a range, no SLO', () => {
    rejects(
      VALID.replace('budgetingMethod: Occurrences', 'budgetingMethod: Occurrences\n  budget: 3'),
      /spec\.budget: got 3: unknown field; allowed here: description, service, indicatorRef/,
    );
    rejects(
      VALID.replace('severity: page', 'severity: critical'),
      /spec\.severity: got "critical": allowed values: "page", "ticket"/,
    );
    rejects(
      VALID.replace('budgetingMethod: Occurrences', 'budgetingMethod: Timeslices'),
      /spec\.budgetingMethod: got "Timeslices": .*allowed values: "Occurrences"/,
    );
    rejects(
      VALID.replace(
        '    bad:',
        '    good:\n      metricSource: { type: Prometheus, spec: { query: "sum(rate(x[{{window}}]))" } }\n    bad:',
      ),
      /spec\.ratioMetric: .*give exactly one of ratioMetric\.good and ratioMetric\.bad/,
    );
    rejects(
      VALID.replace('sum(rate(errors_total[{{window}}]))', 'sum(rate(errors_total[5m]))'),
      /spec\.ratioMetric\.bad\.metricSource\.spec\.query: got .*must hold the range placeholder \[\{\{window\}\}\]/,
    );
    rejects(
      VALID.replace('type: Prometheus', 'type: Datadog'),
      /metricSource\.type: got "Datadog": allowed values: "Prometheus"/,
    );
    rejects([SLI, CONDITION].join('---\n'), /holds no SLO document/);
    rejects(
      VALID.replace('name: shop-availability', 'name: Shop_Availability'),
      /metadata\.name: got "Shop_Availability": must be lowercase letters/,
    );
  });
});

describe('readServiceSlos', () => {
  const root = mkdtempSync(join(tmpdir(), 'stratum-slo-read-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('reads services/<service>/slo.yaml in name order and checks spec.service', () => {
    mkdirSync(join(root, 'services/shop'), { recursive: true });
    mkdirSync(join(root, 'services/no-slos'), { recursive: true });
    writeFileSync(join(root, 'services/shop/slo.yaml'), VALID);
    const slos = readServiceSlos(root);
    assert.deepEqual(
      slos.map((s) => [s.service, s.name, s.file]),
      [['shop', 'shop-availability', 'services/shop/slo.yaml']],
    );

    mkdirSync(join(root, 'services/cart'), { recursive: true });
    writeFileSync(join(root, 'services/cart/slo.yaml'), VALID);
    assert.throws(
      () => readServiceSlos(root),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.file === 'services/cart/slo.yaml' &&
        /spec\.service: got "shop": an SLO in services\/cart\/ must name service "cart"/.test(e.message),
    );
  });

  test('the example services parse', () => {
    const slos = readServiceSlos(join(__dirname, '../../../..'));
    assert.deepEqual(
      slos.map((s) => [s.service, s.name, s.target]),
      [
        ['orders', 'orders-api-availability', 0.995],
        ['payments', 'payments-api-availability', 0.999],
      ],
    );
  });
});
