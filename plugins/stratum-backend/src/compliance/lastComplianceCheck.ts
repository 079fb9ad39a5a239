import type { Ledger } from '@stratum/ledger';
import type { ComplianceOwnerFindings, ComplianceReport } from '@stratum/plugin-stratum-common';
import { HistoryQuery } from '../service/schemas';

/** `GET /compliance` query: the environment. */
export const ComplianceQuery = HistoryQuery.pick({ env: true });

/** The newest finished compliance run of `env` and its findings, grouped by owner group (sorted). */
export async function lastComplianceCheck(ledger: Ledger, env: string): Promise<ComplianceReport> {
  const { runId, findings } = await ledger.listComplianceFindings({ env });
  if (runId === null) return { env, lastCheck: null, owners: [] };
  const run = await ledger.getRun(runId);
  const owners = new Map<string, ComplianceOwnerFindings['findings'][number][]>();
  for (const f of findings) {
    const list = owners.get(f.owner) ?? [];
    list.push({
      project: f.project,
      stack: f.stack,
      service: f.service,
      rule: f.rule,
      checkov: f.checkov,
      severity: f.severity,
      resourceAddress: f.resourceAddress,
      resourceId: f.resourceId,
      message: f.message,
    });
    owners.set(f.owner, list);
  }
  return {
    env,
    lastCheck: {
      runId,
      startedAt: run!.startedAt,
      finishedAt: run!.finishedAt,
      runStatus: run!.status,
      error: run!.error,
    },
    owners: [...owners].map(([owner, list]) => ({ owner, findings: list })),
  };
}
