import type { LoggerService, SchedulerServiceTaskRunner } from '@backstage/backend-plugin-api';
import type { EntityProvider, EntityProviderConnection } from '@backstage/plugin-catalog-node';
import type { WorkspaceReader, WorkspaceSnapshot } from '@stratum/plugin-stratum-node';
import { projectEntities, type EntityOptions } from './entities';

export interface StratumEntityProviderOptions extends EntityOptions {
  readonly reader: WorkspaceReader;
  readonly logger: LoggerService;
  /** Runs `refresh` on a schedule; without one, call `refresh` yourself. */
  readonly taskRunner?: SchedulerServiceTaskRunner;
}

/** What one refresh did. */
export interface RefreshSummary {
  readonly entities: number;
  readonly orphans: number;
  readonly problems: number;
}

/**
 * Turns the Stratum project graph into catalog entities on a schedule, replacing everything it emitted before
 * (a `full` mutation), so deleted projects leave the catalog. Orphans and workspace problems are logged each time.
 */
export class StratumEntityProvider implements EntityProvider {
  readonly #options: StratumEntityProviderOptions;
  #connection: EntityProviderConnection | undefined;

  constructor(options: StratumEntityProviderOptions) {
    this.#options = options;
  }

  getProviderName(): string {
    return 'stratum-workspace';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    const runner = this.#options.taskRunner;
    if (!runner) return;
    await runner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: async () => {
        try {
          await this.refresh();
        } catch (error) {
          this.#options.logger.error(
            `Stratum entity provider: reading ${this.#options.reader.root} failed: ${String(error)}`,
          );
        }
      },
    });
  }

  /** Reads the workspace and replaces the provider's entities; throws when not connected yet. */
  async refresh(): Promise<RefreshSummary> {
    const connection = this.#connection;
    if (!connection)
      throw new Error('StratumEntityProvider.refresh() was called before the catalog connected it.');
    const snapshot = this.#options.reader.refresh();
    this.#report(snapshot);
    const entities = projectEntities(snapshot, this.#options);
    const locationKey = `${this.getProviderName()}:${snapshot.root}`;
    await connection.applyMutation({
      type: 'full',
      entities: entities.map((entity) => ({ entity, locationKey })),
    });
    this.#options.logger.info(
      `Stratum entity provider: ${entities.length} entities from ${snapshot.projects.length} projects in ${snapshot.root}` +
        ` (${snapshot.orphans.length} orphan(s), ${snapshot.problems.length} problem(s)).`,
    );
    return {
      entities: entities.length,
      orphans: snapshot.orphans.length,
      problems: snapshot.problems.length,
    };
  }

  #report(snapshot: WorkspaceSnapshot): void {
    const { logger } = this.#options;
    for (const orphan of snapshot.orphans) {
      logger.warn(
        `Stratum project ${orphan.name} (${orphan.root}) has no resolvable owner: ${orphan.reason}`,
      );
    }
    for (const problem of snapshot.problems) logger.warn(`Stratum workspace problem: ${problem}`);
  }
}
