// The scaffold engine (@stratum/scaffold) as the actions use it; its tests stay jest tests beside the actions.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSloFile } from '@stratum/slo';
import { parse } from 'yaml';
import { removeRepo, smallRepo } from '@stratum/scaffold/src/testing/fixtureRepo';
import {
  planScaffold,
  runGit,
  ScaffoldInputError,
  workingTreeSource,
  writeNewFiles,
  type ScaffoldRequest,
} from '@stratum/scaffold';

function apply(root: string, request: ScaffoldRequest): string[] {
  const commit = runGit(root, ['rev-parse', 'HEAD']).stdout.trim();
  return writeNewFiles(root, planScaffold(root, workingTreeSource(root), commit, request).files);
}

/** Every file under `dir`, for "wrote nothing" checks. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.name === '.git' ? [] : e.isDirectory() ? tree(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

const phase1 = (service: string, extra: Partial<ScaffoldRequest> = {}): ScaffoldRequest => ({
  phase: 1,
  service,
  owner: 'group:default/payments-team',
  description: 'Sends invoices.',
  ...extra,
});

describe('planScaffold + writeNewFiles', () => {
  let root: string;
  beforeEach(() => {
    root = smallRepo();
  });
  afterEach(() => removeRepo(root));

  it('phase 1 writes the application project, catalog entry with the template annotation, SLO stub and record', () => {
    const files = apply(root, phase1('billing'));
    expect(files).toEqual(
      expect.arrayContaining([
        'services/billing/app/stratum.yaml',
        'services/billing/app/src/stack.ts',
        'services/billing/app/src/stack.test.ts',
        'services/billing/catalog-info.yaml',
        'services/billing/slo.yaml',
        'services/billing/.scaffold/phase-1-service.yaml',
      ]),
    );
    const catalog = parse(readFileSync(join(root, 'services/billing/catalog-info.yaml'), 'utf8'));
    expect(catalog.metadata.annotations['stratum.dev/template']).toBe('phase-1-service@1');
    expect(catalog.spec.owner).toBe('group:payments-team');
    expect(catalog.metadata.description).toBe('Sends invoices.');
    for (const file of files.filter((f) => !f.includes('.scaffold')))
      expect(readFileSync(join(root, file), 'utf8')).toContain('phase-1-service@1');
    const stack = readFileSync(join(root, 'services/billing/app/src/stack.ts'), 'utf8');
    expect(stack).toContain('export default class BillingAppStack');
    expect(stack).toContain('listenerRulePriority: 100,');
    const slos = readSloFile(join(root, 'services/billing/slo.yaml'), 'services/billing/slo.yaml');
    expect(slos.map((slo) => [slo.name, slo.service])).toEqual([['billing-api-availability', 'billing']]);
    const record = parse(readFileSync(join(root, 'services/billing/.scaffold/phase-1-service.yaml'), 'utf8'));
    expect(record).toMatchObject({
      template: 'phase-1-service',
      version: 1,
      values: { name: 'billing', owner: 'payments-team' },
    });
  });

  it('takes a service through phases 2 (database and queue), 3 and 4; the security stack opens API → database', () => {
    apply(root, phase1('order-history'));
    expect(apply(root, { phase: 2, service: 'component:default/order-history', kind: 'database' })).toContain(
      'services/order-history/data/src/stack.ts',
    );
    expect(apply(root, { phase: 2, service: 'order-history', kind: 'queue' })).toContain(
      'services/order-history/queue/stratum.yaml',
    );
    apply(root, { phase: 3, service: 'order-history' });
    apply(root, { phase: 4, service: 'order-history' });
    const security = readFileSync(join(root, 'services/order-history/security/src/stack.ts'), 'utf8');
    expect(security).toContain('orderHistoryDataOutputs');
    expect(security).toContain('port: 5432');
    expect(security).toContain('createKmsKey: true');
    expect(readFileSync(join(root, 'services/order-history/monitoring/stratum.yaml'), 'utf8')).toContain(
      'layer: monitoring',
    );
  });

  const refusals: [string, ScaffoldRequest, RegExp][] = [
    ['a parent path', phase1('../evil'), /contains '\.\.'/],
    ['an absolute path', phase1('/etc/passwd'), /slash/],
    ['a percent-encoded dot', phase1('%2e%2eetc'), /percent-encoded/],
    ['a backslash', phase1('a\\b'), /backslash/],
    ['a NUL', phase1('bill\0ing'), /NUL/],
    ['a leading dash', phase1('-rf'), /starts with '-'/],
    ['a shell metacharacter', phase1('a;rm'), /shell metacharacter/],
    ['command substitution', phase1('$(id)'), /shell metacharacter/],
    ['upper case', phase1('Billing'), /not a valid name/],
    ['a template expression in the name', phase1('${{ values.owner }}'), /shell metacharacter/],
    [
      'a template expression in the description',
      phase1('billing', { description: 'x ${{ secrets.token }}' }),
      /template expression/,
    ],
    [
      'an owner not in the catalog',
      phase1('billing', { owner: 'group:default/ghost-team' }),
      /not in the catalog/,
    ],
    ['a user as owner', phase1('billing', { owner: 'user:default/ada' }), /is a user/],
    ['an existing service', phase1('payments'), /already exists/],
    [
      'phase 2 before phase 1',
      { phase: 2, service: 'nothing', kind: 'queue' },
      /create the service with phase-1-service first/,
    ],
    [
      'a cache (no construct)',
      { phase: 2, service: 'payments', kind: 'cache' },
      /choose one of database, queue/,
    ],
  ];

  it.each(refusals)('refuses %s, writing nothing', (_what, request, message) => {
    apply(root, phase1('payments', { description: 'Existing.' }));
    const before = tree(root);
    expect(() => apply(root, request)).toThrow(ScaffoldInputError);
    expect(() => apply(root, request)).toThrow(message);
    expect(tree(root)).toEqual(before);
  });

  it('refuses a phase before its predecessor and a stack that exists, writing nothing', () => {
    apply(root, phase1('billing'));
    const before = tree(root);
    expect(() => apply(root, { phase: 3, service: 'billing' })).toThrow(/phase 3 comes after it/);
    expect(() => apply(root, { phase: 4, service: 'billing' })).toThrow(/phase 4 comes after it/);
    expect(tree(root)).toEqual(before);
    apply(root, { phase: 2, service: 'billing', kind: 'queue' });
    const after = tree(root);
    expect(() => apply(root, { phase: 2, service: 'billing', kind: 'queue' })).toThrow(/already exists/);
    expect(tree(root)).toEqual(after);
  });

  it('refuses a symlink on the target path that leads outside the workspace', () => {
    const outside = mkdtempSync(join(tmpdir(), 'stratum-outside-'));
    try {
      symlinkSync(outside, join(root, 'services', 'billing'));
      expect(() => apply(root, phase1('billing'))).toThrow(/outside the workspace/);
      mkdirSync(join(root, 'services', 'x'));
      symlinkSync(outside, join(root, 'services', 'x', 'app'));
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      removeRepo(outside);
    }
    expect(existsSync(join(root, 'services/billing/catalog-info.yaml'))).toBe(false);
  });

  it('writes user values literally: an expression-like value in a record is never evaluated again', () => {
    apply(root, phase1('billing', { description: 'Costs $5 {per} month' }));
    const catalog = readFileSync(join(root, 'services/billing/catalog-info.yaml'), 'utf8');
    expect(catalog).toContain('Costs $5 {per} month');
  });
});
