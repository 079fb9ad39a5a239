/**
 * An app entry for the classic CLI (cdktn-cli, or the archived cdktf-cli), so a project can also be synthesized
 * (or deployed) the classic way: a cdktf.json with `"app": "npx tsx <workspace>/tools/synth/src/cdktf-app.ts"`,
 * and STRATUM_PROJECT and STRATUM_ENV set. The stacks are built with cdktn through @stratum/constructs either
 * way. `stratum synth` does not use this file; the synth benchmark compares the two.
 */
import { findWorkspaceRoot, loadEnvironment } from '@stratum/config';
import { App } from '@stratum/constructs';
import { loadWorkspace } from '@stratum/workspace';
import { loadStackClass } from './load-stack';
import { addProjectStacks } from './synthesize';

const root = findWorkspaceRoot(process.env.STRATUM_ROOT ?? __dirname);
const workspace = loadWorkspace(root);
const projectName = process.env.STRATUM_PROJECT;
const project = projectName ? workspace.projects.get(projectName) : undefined;
if (!project) {
  console.error(`Set STRATUM_PROJECT to one of: ${[...workspace.projects.keys()].join(', ')}.`);
  process.exit(2);
}
const env = loadEnvironment(root, process.env.STRATUM_ENV ?? 'local');
const app = new App();
addProjectStacks(app, loadStackClass(root, project), project, env);
app.synth();
