import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readYamlFileAll } from '@stratum/config';
import { withDependencies } from '@stratum/graph';
import {
  ADOPTION_TEMPLATES,
  type AdoptionCheck,
  type AdoptionPhase,
  type AdoptionReport,
  type PortalProject,
  type ServiceAdoption,
} from '@stratum/plugin-stratum-common';
import type { WorkspaceSnapshot } from '@stratum/plugin-stratum-node';
import { evidenceEnvironments } from './evidence';
import type { PolicyGate } from './policy';

/** The OpenSLO file a service keeps beside its catalog-info.yaml. */
export const SLO_FILE = 'slo.yaml';

/** Evidence from the ledger: projects with at least one successful deploy event in a non-local environment. */
export type DeployedProjects = ReadonlySet<string>;

function check(
  phase: 1 | 2 | 3 | 4,
  id: string,
  title: string,
  pass: boolean,
  yes: string,
  no: string,
): AdoptionCheck {
  return { id, phase, title, status: pass ? 'pass' : 'fail', detail: pass ? yes : no };
}

function sloCheck(root: string, serviceRoot: string): AdoptionCheck {
  const file = `${serviceRoot}/${SLO_FILE}`;
  const title = 'The service declares SLOs (OpenSLO slo.yaml)';
  if (!existsSync(join(root, file)))
    return check(3, 'slos-defined', title, false, '', `${file} is missing; the phase-3 template adds it.`);
  try {
    const docs = readYamlFileAll(join(root, file), file, { maxBytes: 256_000 }) as { kind?: unknown }[];
    const slos = docs.filter((d) => d && typeof d === 'object' && d.kind === 'SLO').length;
    return check(
      3,
      'slos-defined',
      title,
      slos > 0,
      `${file} declares ${slos} SLO(s).`,
      `${file} declares no document of kind SLO.`,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return check(3, 'slos-defined', title, false, '', error.message);
  }
}

/**
 * Adoption of one service from evidence: phase 1 an application stack deployed through the pipeline (a successful
 * stack event in the ledger in an environment that is not local); 2 a data stack (database, queue, cache) in code here; 3 SLOs and a monitoring stack
 * that depends on the shared observability stack; 4 a security stack and the prod policy gate passing with no
 * suppression. The phase is the highest whose checks, and every earlier phase's, pass.
 */
export function serviceAdoption(
  snapshot: WorkspaceSnapshot,
  service: WorkspaceSnapshot['services'][number],
  deployed: DeployedProjects,
  gate: PolicyGate,
): ServiceAdoption {
  const projects = snapshot.projects.filter((p) => p.service === service.name);
  const ofLayer = (layer: string): PortalProject[] => projects.filter((p) => p.layer === layer);
  const names = (list: readonly PortalProject[]) => list.map((p) => p.name).join(', ');
  const apps = ofLayer('application');
  const deployedApps = apps.filter((p) => deployed.has(p.name));
  const data = ofLayer('data');
  const monitoring = ofLayer('monitoring');
  const sharedMonitoring = new Set(
    snapshot.projects.filter((p) => p.service === null && p.layer === 'monitoring').map((p) => p.name),
  );
  const wired = monitoring.filter((p) =>
    [...withDependencies(snapshot.graph, [p.name])].some((d) => sharedMonitoring.has(d)),
  );
  const security = ofLayer('security');
  const real = evidenceEnvironments(snapshot.environments);
  const local = snapshot.environments.filter((e) => e.local).map((e) => e.name);
  const notYet =
    `${names(apps)} has no successful deploy to ${real.length > 0 ? real.join(', ') : 'a non-local environment'} in the ledger yet` +
    (local.length > 0 ? `; deploys to ${local.join(', ')} (the emulator) do not count` : '') +
    `. Deploy it through the pipeline${real[0] ? `, e.g. \`stratum deploy --env ${real[0]}\`` : ''}.`;

  const checks: AdoptionCheck[] = [
    check(
      1,
      'application-deployed',
      'An application stack is deployed through the pipeline',
      deployedApps.length > 0,
      `${names(deployedApps)} deployed successfully to a non-local environment (ledger).`,
      apps.length === 0
        ? `No application stack under ${service.root}; the phase-1-service template creates one.`
        : notYet,
    ),
    check(
      2,
      'data-infrastructure',
      'Its data or queue infrastructure is code here',
      data.length > 0,
      `Data stacks: ${names(data)}.`,
      `No data-layer stack under ${service.root}; the phase-2-app-infrastructure template adds PostgreSQL, a queue or a cache.`,
    ),
    sloCheck(snapshot.root, service.root),
    check(
      3,
      'monitoring-wired',
      'A monitoring stack is wired to shared observability',
      wired.length > 0,
      `${names(wired)} depends on ${[...sharedMonitoring].join(', ')}.`,
      monitoring.length === 0
        ? `No monitoring stack under ${service.root}; the phase-3-shared-services template adds one.`
        : `${names(monitoring)} does not depend on a shared monitoring stack (${[...sharedMonitoring].join(', ') || 'none exists'}); import it.`,
    ),
    check(
      4,
      'security-stack',
      'Its security stack exists',
      security.length > 0,
      `Security stacks: ${names(security)}.`,
      `No security-layer stack under ${service.root}; the phase-4-foundation template adds one.`,
    ),
    {
      id: 'prod-policy-gate',
      phase: 4,
      title: 'The prod policy gate passes with no suppressions',
      ...gate(
        service.name,
        projects.map((p) => p.root),
      ),
    },
  ];
  let phase: AdoptionPhase = 0;
  for (const p of [1, 2, 3, 4] as const) {
    if (checks.filter((c) => c.phase === p).every((c) => c.status === 'pass')) phase = p;
    else break;
  }
  const next = phase < 4 ? ((phase + 1) as 1 | 2 | 3 | 4) : null;
  return {
    service: service.name,
    component: service.component,
    owner: service.owner ?? 'unowned',
    phase,
    checks,
    nextTemplate:
      next === null
        ? null
        : {
            name: ADOPTION_TEMPLATES[next],
            ref: `template:default/${ADOPTION_TEMPLATES[next]}`,
            phase: next,
          },
  };
}

/** `GET /adoption`: every service of the workspace, by name. */
export function adoptionReport(
  snapshot: WorkspaceSnapshot,
  deployed: DeployedProjects,
  gate: PolicyGate,
): AdoptionReport {
  return { services: snapshot.services.map((s) => serviceAdoption(snapshot, s, deployed, gate)) };
}
