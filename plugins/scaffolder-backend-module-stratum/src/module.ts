import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { workspaceRootFromConfig } from '@stratum/plugin-stratum-node';
import { resolve } from 'node:path';
import { addStackAction } from './actions/addStack';
import { createServiceAction } from './actions/createService';
import { publishLocalAction } from './actions/publishLocal';
import { verifyAction } from './actions/verify';

/**
 * The Stratum scaffolder actions. Every task clones the monorepo from `stratum.scaffolder.repository` (default: the
 * portal's workspace root, `stratum.workspaceRoot`) into its workspace, writes there, verifies there, and publishes
 * a branch back to that repository.
 */
export const scaffolderModuleStratum = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'stratum',
  register(reg) {
    reg.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint, config: coreServices.rootConfig },
      async init({ scaffolder, config }) {
        const configured = config.getOptionalString('stratum.scaffolder.repository');
        const repository = configured
          ? resolve(process.cwd(), configured)
          : workspaceRootFromConfig(config, process.cwd());
        scaffolder.addActions(
          createServiceAction({ repository }),
          addStackAction({ repository }),
          verifyAction(),
          publishLocalAction(),
        );
      },
    });
  },
});
