import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  stratum?: {
    /**
     * The Stratum workspace root (the folder with nx.json); relative paths are taken from the backend's working
     * directory.
     * @default the nearest folder with nx.json at or above the backend's working directory
     */
    workspaceRoot?: string;
  };
  catalog?: {
    providers?: {
      /** The Stratum entity provider: one Resource per CDKTF project of the workspace, and the platform System. */
      stratum?: {
        /**
         * How often the workspace is read and the entities replaced.
         * @default { frequency: { minutes: 2 }, timeout: { minutes: 1 } }
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * Name of the System that shared infrastructure (shared-infra/*) belongs to; the provider emits it.
         * @default platform
         */
        platformSystem?: string;
        /**
         * Owner group of the platform System.
         * @default platform-team
         */
        platformOwner?: string;
      };
    };
  };
}
