export interface Config {
  stratum?: {
    scaffolder?: {
      /**
       * The local git repository of the monorepo that every scaffolder task clones, writes into, verifies and pushes
       * its branch to. Relative paths are taken from the backend's working directory.
       * @default stratum.workspaceRoot (the portal's own workspace)
       */
      repository?: string;
    };
  };
}
