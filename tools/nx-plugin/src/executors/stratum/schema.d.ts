/** Options of the `@stratum/nx-plugin:stratum` executor (see schema.json). */
export interface StratumExecutorOptions {
  /** The stratum CLI verb to run. */
  readonly verb: 'synth' | 'validate' | 'policy' | 'plan' | 'deploy' | 'drift';
  /** Environment name; each Nx configuration sets one. */
  readonly env: string;
  /** More arguments passed to the CLI as they are. */
  readonly extraArgs?: readonly string[];
}
