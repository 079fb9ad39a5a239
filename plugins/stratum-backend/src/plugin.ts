import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { openLedger } from '@stratum/ledger';
import { WorkspaceReader, workspaceRootFromConfig } from '@stratum/plugin-stratum-node';
import { prodPolicyGate } from './adoption/policy';
import { gitCommitTimes, resolveCommitTimes } from './ledger/commits';
import { migratePortalTables } from './ledger/migrations';
import { signingKeyFromConfig } from './approvals/router';
import { createRouter } from './service/router';
import { ObjectivesFile } from './slo/objectives';
import { prometheusFromConfig } from './serviceSlo/router';

/**
 * The Stratum backend plugin: `/api/stratum` over the ledger the CLI writes (SQLite or PostgreSQL) and the
 * workspace graph. Config under `stratum` (see config.d.ts).
 */
export const stratumPlugin = createBackendPlugin({
  pluginId: 'stratum',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        lifecycle: coreServices.lifecycle,
        scheduler: coreServices.scheduler,
      },
      async init({ config, logger, httpRouter, httpAuth, lifecycle, scheduler }) {
        const root = workspaceRootFromConfig(config, process.cwd());
        const ledger = await openLedger(config.getOptionalString('stratum.ledger.connection'), { root });
        lifecycle.addShutdownHook(() => ledger.close());
        await migratePortalTables(ledger.knex);
        logger.info(`Stratum: workspace ${root}, ledger ${ledger.target.description}.`);

        const lookup = gitCommitTimes(root);
        const lookupCommitTimes = async () => {
          try {
            await resolveCommitTimes(ledger.knex, lookup, Date.now());
          } catch (error) {
            logger.warn(`Stratum: looking up commit times in ${root} failed: ${String(error)}`);
          }
        };
        const every = config.getOptionalNumber('stratum.commitLookupSeconds') ?? 60;
        if (every > 0) {
          await scheduler.scheduleTask({
            id: 'stratum-commit-times',
            frequency: { seconds: every },
            timeout: { minutes: 2 },
            scope: 'local',
            fn: lookupCommitTimes,
          });
        }

        httpRouter.use(
          await createRouter({
            logger,
            httpAuth,
            ledger,
            workspace: new WorkspaceReader({
              root,
              maxAgeMs: (config.getOptionalNumber('stratum.workspaceCacheSeconds') ?? 30) * 1000,
            }),
            objectives: new ObjectivesFile(root, config.getOptionalString('stratum.slo.objectivesFile')),
            policyGate: prodPolicyGate(root),
            prometheus: prometheusFromConfig(config),
            onPublished: every > 0 ? () => void lookupCommitTimes() : undefined,
            signingKey: signingKeyFromConfig(config, root),
          }),
        );
      },
    });
  },
});
