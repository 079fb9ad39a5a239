import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { WorkspaceReader, workspaceRootFromConfig } from '@stratum/plugin-stratum-node';
import { StratumEntityProvider } from './provider';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 2 },
  timeout: { minutes: 1 },
};

/** Adds the Stratum entity provider to the catalog (config under `catalog.providers.stratum`). */
export const catalogModuleStratum = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'stratum',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ catalog, config, logger, scheduler }) {
        const settings = config.getOptionalConfig('catalog.providers.stratum');
        const schedule = settings?.has('schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(settings.getConfig('schedule'))
          : DEFAULT_SCHEDULE;
        const root = workspaceRootFromConfig(config, process.cwd());
        catalog.addEntityProvider(
          new StratumEntityProvider({
            reader: new WorkspaceReader({ root }),
            logger,
            taskRunner: scheduler.createScheduledTaskRunner(schedule),
            platformSystem: settings?.getOptionalString('platformSystem'),
            platformOwner: settings?.getOptionalString('platformOwner'),
          }),
        );
      },
    });
  },
});
