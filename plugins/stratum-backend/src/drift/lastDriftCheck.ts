import type { Ledger } from '@stratum/ledger';
import type { ProjectDrift, ProjectDriftCheck } from '@stratum/plugin-stratum-common';
import { HistoryQuery } from '../service/schemas';

/** `GET /stacks/:project/drift` query: the environment, as the history route takes it. */
export const DriftQuery = HistoryQuery.pick({ env: true });

/** Largest number of findings read from one drift check. */
const FINDINGS_LIMIT = 1000;

/**
 * The newest drift check (a run of kind `drift`) of `env` as it concerns `project`: its findings on the project's
 * stacks, and the error lines the check wrote about its stack of the same name (`<stack>: <error>`, one per line). A check that found
 * nothing on the project is `clean` even when it found drift elsewhere.
 */
export async function lastDriftCheck(ledger: Ledger, project: string, env: string): Promise<ProjectDrift> {
  const { runs } = await ledger.listRuns({ env, kind: 'drift', limit: 1 });
  const run = runs[0];
  if (!run) return { project, env, lastCheck: null };
  const findings = (await ledger.listDrift({ env, runId: run.id, limit: FINDINGS_LIMIT }))
    .filter((f) => f.project === project)
    .map((f) => ({
      stack: f.stack,
      resourceAddress: f.resourceAddress,
      attribute: f.attribute,
      expected: f.expected,
      actual: f.actual,
    }));
  const errorLines = (run.error ?? '').split('\n').filter((line) => line.startsWith(`${project}: `));
  const error = errorLines.length > 0 ? errorLines.join('\n') : null;
  let result: ProjectDriftCheck['result'] = 'clean';
  if (run.status === 'running') result = 'running';
  else if (findings.length > 0) result = 'drifted';
  else if (error !== null) result = 'error';
  return {
    project,
    env,
    lastCheck: {
      runId: run.id,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      runStatus: run.status,
      result,
      findings,
      error,
    },
  };
}
