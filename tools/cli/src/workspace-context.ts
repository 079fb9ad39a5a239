import { findWorkspaceRoot, loadEnvironment, UsageError, type Environment } from '@stratum/config';
import { loadWorkspace, type Workspace } from '@stratum/workspace';
import type { CommandIO } from './io';

/** Loads the workspace the command runs in (graph validated: layers and cycles). */
export function openWorkspace(io: CommandIO): Workspace {
  return loadWorkspace(findWorkspaceRoot(io.cwd, io.env));
}

/** Loads `environments/<name>.yaml` of the workspace. */
export function openEnvironment(workspace: Workspace, name: string): Environment {
  return loadEnvironment(workspace.root, name);
}

/** Checks `--projects` names against the workspace; unknown names are a usage error listing the known ones. */
export function selectProjects(workspace: Workspace, names: readonly string[] | undefined): string[] {
  const known = [...workspace.projects.keys()].sort();
  if (!names) return known;
  const unknown = names.filter((n) => !workspace.projects.has(n));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown project(s): ${unknown.join(', ')}. Known projects: ${known.join(', ')}.`);
  }
  return [...new Set(names)].sort();
}
