export interface Config {
  stratum?: {
    /**
     * The Stratum workspace root (the folder with nx.json); relative paths are taken from the backend's working
     * directory.
     * @default the nearest folder with nx.json at or above the backend's working directory
     */
    workspaceRoot?: string;
    ledger?: {
      /**
       * The ledger the CLI writes: a SQLite path (relative paths from the workspace root) or a postgres:// URL,
       * the same value as STRATUM_LEDGER.
       * @default <workspace root>/.stratum/ledger.db
       * @visibility secret
       */
      connection?: string;
    };
    slo?: {
      /**
       * The YAML file with the platform SLO objectives, relative to the workspace root.
       * @default tools/portal/platform-slos.yaml
       */
      objectivesFile?: string;
      /**
       * Serve GET /api/stratum/slo/platform from the platform SLO rollup (per-day tallies in the portal's tables,
       * rebuilt in the background when the ledger changed) while it is fresh; false always runs the raw queries.
       * @default true
       */
      rollup?: boolean;
      /**
       * How often the rollup is checked and rebuilt when the ledger changed, in seconds; 0 only on requests.
       * @default 60
       */
      rollupRefreshSeconds?: number;
    };
    prometheus?: {
      /**
       * The Prometheus whose HTTP API serves the services' SLIs (the queries of services/<service>/slo.yaml), for
       * GET /api/stratum/slo/services/:service.
       * @default http://localhost:9090
       */
      baseUrl?: string;
      /**
       * How long one Prometheus query may take, in seconds.
       * @default 10
       */
      timeoutSeconds?: number;
    };
    approvals?: {
      /**
       * The portal backend's own SSH private key (relative paths from the workspace root). The portal signs
       * approvals with it for the signed-in user (namespace stratum-approval); its .pub line must be registered as
       * the annotation stratum.dev/portal-signing-key in services/org.yaml, or promote does not count them.
       * Unset: approving in the portal is off, with a message on the page.
       * @visibility secret
       */
      signingKey?: string;
    };
    /**
     * How long the workspace graph is served from memory before it is read again, in seconds.
     * @default 30
     */
    workspaceCacheSeconds?: number;
    /**
     * How often commit times of deployed shas are looked up in git (for lead time), in seconds; 0 turns it off.
     * @default 60
     */
    commitLookupSeconds?: number;
  };
}
