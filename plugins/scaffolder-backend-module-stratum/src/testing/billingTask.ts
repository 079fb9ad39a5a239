import { join } from 'node:path';
import { createServiceAction } from '../actions/createService';
import { runAction, workspaceDir } from './actionContext';
import { removeRepo, smallRepo } from '@stratum/scaffold/src/testing/fixtureRepo';

/** A task workspace in which `stratum:service:create` made service `billing`, cloned from `repository`. */
export interface BillingTask {
  readonly repository: string;
  readonly workspace: string;
  /** Removes the repository and the task workspace. */
  remove(): void;
}

/**
 * A fresh fixture monorepo (`makeRepo`, the small one by default) and a task workspace where
 * `stratum:service:create` has run for `billing` (owner group:payments-team): the starting point of the later
 * phases' actions.
 */
export async function billingTask(makeRepo: () => string = smallRepo): Promise<BillingTask> {
  const repository = makeRepo();
  const workspace = workspaceDir();
  const remove = () => {
    removeRepo(repository);
    removeRepo(join(workspace, '..'));
  };
  try {
    await runAction(
      createServiceAction({ repository }),
      { name: 'billing', owner: 'group:payments-team' },
      { workspacePath: workspace },
    );
  } catch (error) {
    remove();
    throw error;
  }
  return { repository, workspace, remove };
}
