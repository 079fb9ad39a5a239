/**
 * The CI examples are wired as the scale-out flow needs: a planner that sizes the matrix with `stratum ci
 * matrix`, a coordinator running `stratum deploy --executor workers`, worker jobs from the planner's output,
 * the ledger URL from a secret. Parsed, not compared as text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseYaml, parseYamlAll } from '@stratum/config';

interface Step {
  readonly id?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly outputs?: Record<string, string>;
  readonly strategy?: { readonly matrix?: unknown };
  readonly steps: readonly Step[];
}
interface Container {
  readonly command?: string[];
  readonly args?: string[];
  readonly env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
}
interface K8sJob {
  readonly kind: string;
  readonly metadata: { readonly labels: Record<string, string> };
  readonly spec: {
    readonly parallelism?: unknown;
    readonly completions?: unknown;
    readonly template: { readonly spec: { containers: Container[]; initContainers: Container[] } };
  };
}

const file = (name: string) => readFileSync(join(__dirname, name), 'utf8');
const needs = (job: Job) => (typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []));
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
const ledgerFromSecret = (step: Step | undefined) =>
  /^\$\{\{ secrets\.\w+ \}\}$/.test(step?.env?.STRATUM_LEDGER ?? '');

describe('GitHub Actions example: planner, coordinator, worker matrix', () => {
  const workflow = parseYaml(file('github-actions.yml'), 'tools/ci/github-actions.yml') as {
    jobs: Record<string, Job>;
  };
  const { planner, coordinator, workers } = workflow.jobs;

  test('the planner sizes the matrix with `stratum ci matrix` and exports it as a job output', () => {
    assert.ok(planner && coordinator && workers, Object.keys(workflow.jobs).join(', '));
    const step = planner.steps.find((s) => s.run?.includes('stratum ci matrix'));
    assert.ok(step?.id, 'the matrix step has an id, so its output can be read');
    assert.match(step.run!, /stratum ci matrix --env dev --affected --base "\$NX_BASE" --head "\$NX_HEAD"/);
    assert.match(step.run!, /matrix=.*>> "\$GITHUB_OUTPUT"/);
    assert.equal(planner.outputs?.matrix, `\${{ steps.${step.id}.outputs.matrix }}`);
    assert.match(runs(planner), /stratum affected --env dev/);
    assert.match(runs(planner), /stratum plan --env dev --affected/);
  });

  test('the coordinator runs deploy --executor workers at the planned shas, with the ledger from a secret', () => {
    assert.deepEqual(needs(coordinator!), ['planner']);
    const step = coordinator!.steps.find((s) => s.run?.includes('stratum deploy'));
    assert.match(step!.run!, /--executor workers/);
    assert.match(step!.run!, /--base "\$\{\{ needs\.planner\.outputs\.base \}\}"/);
    assert.match(step!.run!, /--head "\$\{\{ needs\.planner\.outputs\.head \}\}"/);
    assert.ok(ledgerFromSecret(step), JSON.stringify(step?.env));
  });

  test('the workers are a matrix from the planner output, each running `stratum worker` at the same sha', () => {
    assert.deepEqual(needs(workers!), ['planner']);
    assert.equal(workers!.strategy?.matrix, '${{ fromJSON(needs.planner.outputs.matrix) }}');
    const checkout = workers!.steps.find((s) => s.uses?.startsWith('actions/checkout'));
    assert.equal(checkout?.with?.ref, '${{ needs.planner.outputs.head }}');
    const step = workers!.steps.find((s) => s.run?.includes('stratum worker'));
    assert.match(step!.run!, /^npx stratum worker --env dev( --concurrency \d+)?$/);
    assert.ok(ledgerFromSecret(step), JSON.stringify(step?.env));
  });

  test('one push deploys once: deploy-dev and the scale-out jobs exclude each other', () => {
    const gate = (job: Job) => /vars\.STRATUM_WORKERS (==|!=) 'true'/.exec(job.if ?? '')?.[1];
    assert.equal(gate(workflow.jobs['deploy-dev']!), '!=');
    assert.equal(gate(planner!), '==');
    for (const job of [coordinator!, workers!]) assert.match(job.if ?? '', /needs\.planner\.outputs\.stacks/);
  });
});

describe('Kubernetes example: a coordinator Job and a worker Job with parallelism', () => {
  const docs = parseYamlAll(file('k8s-workers.yaml'), 'tools/ci/k8s-workers.yaml') as K8sJob[];
  const byComponent = (c: string) => docs.find((d) => d.metadata.labels['app.kubernetes.io/component'] === c);
  const script = (job: K8sJob | undefined) =>
    [...(job?.spec.template.spec.containers ?? [])]
      .flatMap((c) => [...(c.command ?? []), ...(c.args ?? [])])
      .join(' ');
  const secretLedger = (job: K8sJob | undefined) =>
    job?.spec.template.spec.containers.every((c) =>
      c.env?.some((e) => e.name === 'STRATUM_LEDGER' && e.valueFrom?.secretKeyRef?.key),
    );

  test('two Jobs: the coordinator deploys with --executor workers; the workers run `stratum worker`', () => {
    assert.deepEqual(
      docs.map((d) => d.kind),
      ['Job', 'Job'],
    );
    const coordinator = byComponent('coordinator');
    const workers = byComponent('worker');
    assert.match(script(coordinator), /stratum deploy --env dev .*--executor workers/s);
    assert.match(script(workers), /stratum worker --env dev/);
    assert.ok(secretLedger(coordinator) && secretLedger(workers));
  });

  test('the worker Job is a work queue: parallelism set from the matrix size, no completions', () => {
    const workers = byComponent('worker')!;
    assert.equal(workers.spec.parallelism, '${WORKERS}');
    assert.equal(workers.spec.completions, undefined);
    for (const job of docs)
      assert.match(
        job.spec.template.spec.initContainers.map((c) => (c.command ?? []).join(' ')).join(' '),
        /checkout -q \$\{GIT_SHA\}/,
      );
  });
});
