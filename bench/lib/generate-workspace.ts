/**
 * A generated Stratum workspace of any size, as a git repository: `shared` shared projects and `services`
 * services of three stacks each (data → app → monitoring; the monitoring stack reads the service's slo.yaml
 * through @stratum/slo). Every stack is a real StratumStack (outputs through defineOutputs, read through remote
 * state), so the workspace synthesizes, plans and deploys like a hand-written one. The libraries
 * (tools/config, constructs, slo, synth, workspace, graph, plugins/stratum-common) are copied from this
 * repository, and node_modules linked, so the input model walks them as it walks the real ones.
 *
 * Reusable by any benchmark: `generateWorkspace({ dir, shared: 10, services: 330 })`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyRealWorkspace } from '@stratum/workspace/src/testing';

export interface GenerateOptions {
  /** Number of shared projects (shared-infra/lib-NN, layer platform). @default 10 */
  readonly shared?: number;
  /** Number of services (services/svc-NNN with data, app and monitoring stacks). @default 330 */
  readonly services?: number;
}

export interface GeneratedWorkspace {
  readonly root: string;
  /** The sha of the one commit holding the generated workspace. */
  readonly base: string;
  /** Project names, shared first. */
  readonly projects: readonly string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function sharedFiles(name: string): Record<string, string> {
  const contract = `${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Outputs`;
  return {
    [`shared-infra/${name}/stratum.yaml`]: 'layer: platform\nowner: platform-team\n',
    [`shared-infra/${name}/src/index.ts`]: `import { defineOutputs } from '@stratum/constructs';\nexport const ${contract} = defineOutputs('${name}', { id: 'string' });\n`,
    [`shared-infra/${name}/src/stack.ts`]: `import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { ${contract} } from './index';

export default class SharedStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    ${contract}.publish(this, { id: '${name}-' + ctx.env.name });
  }
}
`,
  };
}

function serviceFiles(svc: string, shared: string): Record<string, string> {
  const sharedContract = `${shared.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Outputs`;
  const stack = (body: string, imports: string) =>
    `import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';\n${imports}\nexport default class Stack extends StratumStack {\n  constructor(scope: Construct, ctx: StackContext) {\n    super(scope, ctx);\n${body}  }\n}\n`;
  return {
    [`services/${svc}/catalog-info.yaml`]: `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${svc}\nspec:\n  type: service\n  lifecycle: experimental\n  owner: group:payments-team\n`,
    [`services/${svc}/slo.yaml`]: `apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: ${svc}-availability\nspec:\n  service: ${svc}\n  budgetingMethod: Occurrences\n  timeWindow:\n    - duration: 30d\n      isRolling: true\n  objectives:\n    - target: 0.999\n  indicator:\n    metadata:\n      name: ${svc}-good\n    spec:\n      ratioMetric:\n        counter: true\n        good:\n          metricSource:\n            type: Prometheus\n            spec:\n              query: sum(rate(http_requests_total{service="${svc}",code!~"5.."}[{{window}}]))\n        total:\n          metricSource:\n            type: Prometheus\n            spec:\n              query: sum(rate(http_requests_total{service="${svc}"}[{{window}}]))\n`,
    [`services/${svc}/data/stratum.yaml`]: 'layer: data\n',
    [`services/${svc}/data/src/index.ts`]: `import { defineOutputs } from '@stratum/constructs';\nexport const dataOutputs = defineOutputs('${svc}-data', { name: 'string' });\n`,
    [`services/${svc}/data/src/stack.ts`]: stack(
      `    const lib = ${sharedContract}.read(this, ctx);\n    dataOutputs.publish(this, { name: lib.id });\n`,
      `import { ${sharedContract} } from '@shared/${shared}';\nimport { dataOutputs } from './index';\n`,
    ),
    [`services/${svc}/app/stratum.yaml`]: 'layer: application\n',
    [`services/${svc}/app/src/index.ts`]: `import { defineOutputs } from '@stratum/constructs';\nexport const appOutputs = defineOutputs('${svc}-app', { url: 'string' });\n`,
    [`services/${svc}/app/src/stack.ts`]: stack(
      `    const data = dataOutputs.read(this, ctx);\n    appOutputs.publish(this, { url: data.name });\n`,
      `import { dataOutputs } from '../../data/src/index';\nimport { appOutputs } from './index';\n`,
    ),
    [`services/${svc}/monitoring/stratum.yaml`]: 'layer: monitoring\n',
    [`services/${svc}/monitoring/src/stack.ts`]: stack(
      `    appOutputs.read(this, ctx);\n    readSloFile(join(__dirname, '../../slo.yaml'), 'services/${svc}/slo.yaml');\n`,
      `import { join } from 'node:path';\nimport { readSloFile } from '@stratum/slo';\nimport { appOutputs } from '../../app/src/index';\n`,
    ),
  };
}

/**
 * Writes the workspace into `dir` (replaced if it exists) and commits it. The example projects of this
 * repository are not copied: the generated ones take their place.
 */
export function generateWorkspace(dir: string, options: GenerateOptions = {}): GeneratedWorkspace {
  const { shared = 10, services = 330 } = options;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyRealWorkspace(
    dir,
    (path) => !path.startsWith('shared-infra/') && !/^services\/(?!org\.yaml)/.test(path),
  );
  const sharedNames = Array.from({ length: shared }, (_, i) => `lib-${pad(i + 1, 2)}`);
  const files: Record<string, string> = {};
  for (const name of sharedNames) Object.assign(files, sharedFiles(name));
  const projects = [...sharedNames];
  for (let i = 1; i <= services; i++) {
    const svc = `svc-${pad(i, 3)}`;
    Object.assign(files, serviceFiles(svc, sharedNames[(i - 1) % shared]!));
    projects.push(`${svc}-data`, `${svc}-app`, `${svc}-monitoring`);
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(
    dir,
    '-c',
    'user.email=bench@stratum.invalid',
    '-c',
    'user.name=bench',
    'commit',
    '-q',
    '-m',
    'generated',
  );
  return { root: dir, base: git(dir, 'rev-parse', 'HEAD'), projects };
}

function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}
