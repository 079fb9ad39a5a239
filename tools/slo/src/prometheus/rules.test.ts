import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseYaml } from '@stratum/config';
import { commandWorks, missing } from '@stratum/testing';
import { readServiceSlos, readSloFile } from '../openslo/parse';
import { prometheusRules, renderRules } from './rules';

/** Checked-in inputs (`<name>.slo.yaml`) and the rules expected from them (`<name>.rules.yml`). */
const GOLDEN = join(__dirname, '__golden__');
/** `STRATUM_UPDATE_GOLDEN=1 npm test -- tools/slo` rewrites the expected files from what the code generates now. */
const UPDATE = process.env.STRATUM_UPDATE_GOLDEN === '1';
const WORKSPACE = join(__dirname, '../../../..');
const PROMTOOL = process.env.STRATUM_PROMTOOL_BIN || 'promtool';

const cases = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.slo.yaml'))
  .map((f) => f.replace(/\.slo\.yaml$/, ''));

function generate(name: string): string {
  const slos = readSloFile(join(GOLDEN, `${name}.slo.yaml`), `${name}.slo.yaml`);
  return renderRules(prometheusRules(slos), `${name}.slo.yaml`);
}

describe('Prometheus rules match the golden files', () => {
  for (const name of cases) {
    test(name, () => {
      const expectedFile = join(GOLDEN, `${name}.rules.yml`);
      const actual = generate(name);
      if (UPDATE) writeFileSync(expectedFile, actual);
      assert.equal(
        actual,
        readFileSync(expectedFile, 'utf8'),
        `run STRATUM_UPDATE_GOLDEN=1 to accept the change`,
      );
    });
  }
});

describe('rule content', () => {
  test('workbook windows: one recording rule per window, four two-window alerts with the right thresholds', () => {
    const rules = prometheusRules(readSloFile(join(GOLDEN, 'defaults.slo.yaml'))).groups[0]!.rules;
    const records = rules.filter((r) => 'record' in r).map((r) => ('record' in r ? r.record : ''));
    assert.deepEqual(
      records,
      ['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d'].map((w) => `slo:sli_error:ratio_rate${w}`),
    );
    const alerts = rules.flatMap((r) => ('alert' in r ? [r] : []));
    // Target 0.995: a budget of 0.005; 14.4x → 0.072, 6x → 0.03, 3x → 0.015, 1x → 0.005.
    assert.deepEqual(
      alerts.map((a) => [a.labels.severity, a.labels.long_window, a.labels.short_window, a.expr.split('\n')]),
      [
        [
          'page',
          '1h',
          '5m',
          [
            'slo:sli_error:ratio_rate1h{service="cart",slo="cart-api-availability"} >= 0.072',
            'and',
            'slo:sli_error:ratio_rate5m{service="cart",slo="cart-api-availability"} >= 0.072',
          ],
        ],
        [
          'page',
          '6h',
          '30m',
          [
            'slo:sli_error:ratio_rate6h{service="cart",slo="cart-api-availability"} >= 0.03',
            'and',
            'slo:sli_error:ratio_rate30m{service="cart",slo="cart-api-availability"} >= 0.03',
          ],
        ],
        [
          'ticket',
          '1d',
          '2h',
          [
            'slo:sli_error:ratio_rate1d{service="cart",slo="cart-api-availability"} >= 0.015',
            'and',
            'slo:sli_error:ratio_rate2h{service="cart",slo="cart-api-availability"} >= 0.015',
          ],
        ],
        [
          'ticket',
          '3d',
          '6h',
          [
            'slo:sli_error:ratio_rate3d{service="cart",slo="cart-api-availability"} >= 0.005',
            'and',
            'slo:sli_error:ratio_rate6h{service="cart",slo="cart-api-availability"} >= 0.005',
          ],
        ],
      ],
    );
  });

  test('a good-events SLI becomes 1 - good/total, a bad-events one bad/total; the output parses as YAML', () => {
    const good = parseYaml(generate('defaults'), 'defaults.rules.yml') as {
      groups: { rules: { expr: string }[] }[];
    };
    assert.match(
      good.groups[0]!.rules[0]!.expr,
      /^1 - \(\n {2}\(sum\(rate\(http_requests_total\{service="cart",code!~"5\.\."\}\[5m\]\)\)\)\n {2}\/\n {2}\(sum\(rate\(http_requests_total\{service="cart"\}\[5m\]\)\)\)\n\)$/,
    );
    const bad = parseYaml(generate('alert-policies'), 'alert-policies.rules.yml') as typeof good;
    assert.equal(
      bad.groups[0]!.rules[0]!.expr,
      '(sum(rate(http_requests_total{service="shop",code=~"5.."}[5m])))\n/\n(sum(rate(http_requests_total{service="shop"}[5m])))',
    );
  });
});

describe('promtool check rules', () => {
  const skip = missing(
    'promtool',
    commandWorks(PROMTOOL, ['--version']),
    'install Debian prometheus or set STRATUM_PROMTOOL_BIN',
  );
  const dir = mkdtempSync(join(tmpdir(), 'stratum-slo-rules-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("accepts the golden files and the example services' rules", { skip }, () => {
    const files = cases.map((name) => join(GOLDEN, `${name}.rules.yml`));
    const services = join(dir, 'services.rules.yml');
    writeFileSync(services, renderRules(prometheusRules(readServiceSlos(WORKSPACE)), 'services/*/slo.yaml'));
    files.push(services);
    const result = spawnSync(PROMTOOL, ['check', 'rules', ...files], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    // 2 SLOs × (8 recording rules + 4 alerts) in the services' file.
    assert.match(
      result.stdout,
      new RegExp(`${services.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\n\\s*SUCCESS: 24 rules found`),
    );
  });

  test('rejects a broken rule file (so the check above means something)', { skip }, () => {
    const broken = join(dir, 'broken.rules.yml');
    writeFileSync(
      broken,
      'groups:\n  - name: x\n    rules:\n      - record: slo:sli_error:ratio_rate5m\n        expr: sum(rate(x[5m]) \n',
    );
    const result = spawnSync(PROMTOOL, ['check', 'rules', broken], { encoding: 'utf8' });
    assert.notEqual(result.status, 0);
  });
});
