import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { parse, parseAllDocuments } from 'yaml';
import request from 'supertest';
import { serviceAdoption } from '@stratum/plugin-stratum-backend/src/adoption/adoption';
import { prodPolicyGate } from '@stratum/plugin-stratum-backend/src/adoption/policy';
import { readWorkspaceSnapshot } from '@stratum/plugin-stratum-node';
import { withDependencies } from '@stratum/graph';
import { spawnSync } from 'node:child_process';
import { PHASE_TEMPLATES, runGit } from '@stratum/scaffold';
import { monorepoCopy, removeRepo } from '@stratum/scaffold/src/testing/fixtureRepo';
import scaffolderModuleStratum from './index';

// Four real scaffolder tasks, each verifying (synth, prod policy gate, tests) in a clone: slow on a shared machine.
jest.setTimeout(600_000);

type Server = Parameters<typeof request>[0];
const auth = { Authorization: mockCredentials.user.header() };

/** The catalog the scaffolder reads: the four templates and the org file of `repo`. */
function catalogEntities(repo: string) {
  const templates = Object.values(PHASE_TEMPLATES).map((name) => {
    const entity = parse(readFileSync(join(repo, 'templates', name, 'template.yaml'), 'utf8'));
    return { ...entity, metadata: { ...entity.metadata, namespace: 'default' } };
  });
  const org = parseAllDocuments(readFileSync(join(repo, 'services/org.yaml'), 'utf8')).map((d) => {
    const entity = d.toJS();
    return { ...entity, metadata: { ...entity.metadata, namespace: 'default' } };
  });
  return [...templates, ...org];
}

/** POST /v2/dry-run of one template: the files it would write (only create/add run in a dry run). */
async function dryRun(server: Server, repo: string, name: string, values: Record<string, unknown>) {
  const template = parse(readFileSync(join(repo, 'templates', name, 'template.yaml'), 'utf8'));
  const res = await request(server)
    .post('/api/scaffolder/v2/dry-run')
    .set(auth)
    .send({ template, values, secrets: {}, directoryContents: [] });
  expect(res.status).toBe(200);
  return (res.body.directoryContents as { path: string }[]).map((f) => f.path).sort();
}

/** POST /v2/tasks and wait for the task; returns its status and, on failure, the log. */
async function runTask(server: Server, name: string, values: Record<string, unknown>) {
  const created = await request(server)
    .post('/api/scaffolder/v2/tasks')
    .set(auth)
    .send({ templateRef: `template:default/${name}`, values });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  for (;;) {
    const task = await request(server).get(`/api/scaffolder/v2/tasks/${id}`).set(auth);
    if (task.body.status === 'completed' || task.body.status === 'failed') {
      const events = await request(server).get(`/api/scaffolder/v2/tasks/${id}/events`).set(auth);
      const log = (events.body as { body: { message?: string } }[])
        .map((e) => e.body.message ?? '')
        .join('\n');
      return { status: task.body.status as string, log };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('the Stratum templates in a scaffolder backend', () => {
  let repo: string;
  let server: Server;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    repo = monorepoCopy();
    const backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleStratum,
        catalogServiceMock.factory({ entities: catalogEntities(repo) }),
        mockServices.rootConfig.factory({ data: { stratum: { scaffolder: { repository: repo } } } }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(async () => {
    await stop?.();
    removeRepo(repo);
  });

  /** The Adoption page's checks for billing once its application is deployed (ledger evidence), by phase. */
  const failingChecks = (upTo: number) => {
    const snapshot = readWorkspaceSnapshot(repo);
    const billing = snapshot.services.find((s) => s.name === 'billing')!;
    const adoption = serviceAdoption(snapshot, billing, new Set(['billing-app']), prodPolicyGate(repo));
    return adoption.checks.filter((c) => c.phase <= upTo && c.status !== 'pass').map((c) => c.detail);
  };

  /** The reviewer merges the phase's branch; the next phase starts from main. */
  const merge = (branch: string) => runGit(repo, ['merge', '--quiet', '--ff-only', branch]);

  it('takes a new service from phase 1 to phase 4: each template dry-runs, then runs, verifies and publishes a branch', async () => {
    const phases: [string, Record<string, unknown>, string, string][] = [
      [
        PHASE_TEMPLATES[1],
        { name: 'billing', owner: 'group:default/payments-team', description: 'Sends invoices.' },
        'services/billing/app/src/stack.ts',
        'adopt/billing-phase-1',
      ],
      [
        PHASE_TEMPLATES[2],
        { service: 'component:default/billing', kind: 'database' },
        'services/billing/data/src/stack.ts',
        'adopt/billing-phase-2-database',
      ],
      [
        PHASE_TEMPLATES[3],
        { service: 'component:default/billing' },
        'services/billing/monitoring/src/stack.ts',
        'adopt/billing-phase-3',
      ],
      [
        PHASE_TEMPLATES[4],
        { service: 'component:default/billing' },
        'services/billing/security/src/stack.ts',
        'adopt/billing-phase-4',
      ],
    ];
    for (const [template, values, file, branch] of phases) {
      expect(await dryRun(server, repo, template, values)).toContain(file);
      const { status, log } = await runTask(server, template, values);
      expect({ template, status, log: status === 'failed' ? log : '' }).toEqual({
        template,
        status: 'completed',
        log: '',
      });
      expect(runGit(repo, ['show', '--name-only', '--format=', branch]).stdout).toContain(file);
      merge(branch);
      if (template === PHASE_TEMPLATES[4]) {
        // CI synthesizes prod after the merge; the Adoption page's phase-4 check runs the prod policy gate on it.
        const cli = join(repo, 'tools/cli/bin/stratum.cjs');
        const projects = 'billing-app,billing-data,billing-monitoring,billing-security';
        const synth = spawnSync(process.execPath, [cli, 'synth', '--env', 'prod', '--projects', projects], {
          cwd: repo,
          env: { ...process.env, STRATUM_ROOT: repo },
          encoding: 'utf8',
        });
        expect(synth.status).toBe(0);
      }
      expect({ template, failing: failingChecks(phases.findIndex((p) => p[0] === template) + 1) }).toEqual({
        template,
        failing: [],
      });
    }
    expect([...withDependencies(readWorkspaceSnapshot(repo).graph, ['billing-monitoring'])]).toContain(
      'observability',
    );
    const catalog = readFileSync(join(repo, 'services/billing/catalog-info.yaml'), 'utf8');
    expect(catalog).toContain('stratum.dev/template: phase-1-service@1');
  });

  it('refuses a phase before its predecessor and an owner not in the catalog: the task fails, no branch', async () => {
    const early = await runTask(server, PHASE_TEMPLATES[3], { service: 'component:default/payments-two' });
    expect(early.status).toBe('failed');
    expect(early.log).toMatch(/payments-two\/catalog-info.yaml does not exist/);
    const owner = await runTask(server, PHASE_TEMPLATES[1], {
      name: 'ledger-two',
      owner: 'group:default/ghosts',
    });
    expect(owner.status).toBe('failed');
    expect(owner.log).toMatch(/not in the catalog/);
    expect(runGit(repo, ['branch', '--list', 'adopt/ledger-two*']).stdout.trim()).toBe('');
  });
});
