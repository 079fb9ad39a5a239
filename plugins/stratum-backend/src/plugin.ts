import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { SHARED_GROUP } from '@stratum/plugin-stratum-common';
import { openLedger } from '@stratum/ledger';
import { WorkspaceReader, workspaceRootFromConfig } from '@stratum/plugin-stratum-node';
import { prodPolicyGate } from './adoption/policy';
import { gitCommitTimes, resolveCommitTimes } from './ledger/commits';
import { COMMITS_TABLE, migratePortalTables } from './ledger/migrations';
import { signingKeyFromConfig } from './approvals/router';
import { createRouter } from './service/router';
import { ObjectivesFile } from './slo/objectives';
import { projectMappings, SloRollup } from './slo/rollup/rollup';
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
        let sloRollup: SloRollup | undefined;
        lifecycle.addShutdownHook(async () => {
          await sloRollup?.idle();
          await ledger.close();
        });
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

        const workspace = new WorkspaceReader({
          root,
          maxAgeMs: (config.getOptionalNumber('stratum.workspaceCacheSeconds') ?? 30) * 1000,
        });
        if (config.getOptionalBoolean('stratum.slo.rollup') ?? true) {
          const rollup = new SloRollup({
            ledger: ledger.knex,
            portal: ledger.knex,
            commitsTable: COMMITS_TABLE,
            onError: (error) =>
              logger.warn(`Stratum: rebuilding the platform SLO rollup failed: ${String(error)}`),
          });
          sloRollup = rollup;
          const refreshEvery = config.getOptionalNumber('stratum.slo.rollupRefreshSeconds') ?? 60;
          if (refreshEvery > 0) {
            await scheduler.scheduleTask({
              id: 'stratum-slo-rollup',
              frequency: { seconds: refreshEvery },
              timeout: { minutes: 10 },
              scope: 'local',
              fn: async () => {
                const mappings = projectMappings(workspace.get().projects, SHARED_GROUP);
                if (!(await rollup.isFresh(mappings))) await rollup.refresh(mappings);
              },
            });
          }
        }
        httpRouter.use(
          await createRouter({
            logger,
            httpAuth,
            ledger,
            sloRollup,
            workspace,
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
