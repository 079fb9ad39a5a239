/** Options of the `@stratum/nx-plugin:deploy` executor (see schema.json). */
export interface DeployExecutorOptions {
  /** Environment name; each Nx configuration sets one. */
  readonly env: string;
  /** More arguments passed to `stratum deploy` as they are (e.g. ["--concurrency", "2"]). */
  readonly extraArgs?: readonly string[];
}
