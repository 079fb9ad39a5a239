import type { TargetConfiguration } from 'nx/src/devkit-exports';
import type { StratumExecutorOptions } from './executors/stratum/schema';
import type { NxTargetInputs } from './inputs';
import { SYNTH_OUT_DIR } from '@stratum/config';

export const EXECUTOR = '@stratum/nx-plugin:stratum';
/** The deploy executor: batched, so one `nx affected -t deploy` is one Stratum run (see executors/deploy). */
export const DEPLOY_EXECUTOR = '@stratum/nx-plugin:deploy';

/** Stratum verbs exposed as Nx targets, with what Nx should know about each. */
const VERBS = {
  synth: { cache: true, description: 'Synthesize Terraform JSON for one environment (cached).' },
  validate: { cache: false, description: 'terraform validate the synthesized stacks.' },
  policy: { cache: true, description: 'Run the policy gate on the synthesized stacks.' },
  plan: { cache: false, description: 'terraform plan the stacks against the environment.' },
  deploy: {
    cache: false,
    description:
      'Deploy (batched: every deploy task of one nx run is one stratum deploy, in the Stratum graph order).',
  },
  drift: { cache: false, description: 'Check deployed stacks for drift (refresh-only plan).' },
} as const;
export type Verb = keyof typeof VERBS;

export interface TargetInputs {
  readonly projectRoot: string;
  readonly environments: readonly string[];
  readonly defaultEnvironment: string;
  /** The project's inputs from the input model (@stratum/workspace), as Nx globs. */
  readonly inputs: NxTargetInputs;
}

function target(verb: Verb, inputs: TargetInputs): TargetConfiguration<StratumExecutorOptions> {
  const meta = VERBS[verb];
  const configurations = Object.fromEntries(inputs.environments.map((env) => [env, { env }]));
  const base: TargetConfiguration<StratumExecutorOptions> = {
    executor: EXECUTOR,
    options: { verb, env: inputs.defaultEnvironment },
    configurations,
    defaultConfiguration: inputs.defaultEnvironment,
    cache: meta.cache,
    metadata: { description: meta.description, technologies: ['terraform'] },
  };
  switch (verb) {
    case 'synth':
      return {
        ...base,
        inputs: inputs.inputs.synth,
        outputs: [`{projectRoot}/${SYNTH_OUT_DIR}/{options.env}`],
      };
    case 'policy':
      return { ...base, dependsOn: ['synth'], inputs: inputs.inputs.policy };
    case 'validate':
    case 'plan':
    case 'drift':
      return { ...base, dependsOn: ['synth'] };
    case 'deploy':
      // No dependsOn: upstreams the change did not touch are not deployed; the order is Stratum's, in one run.
      return {
        ...base,
        executor: DEPLOY_EXECUTOR,
        options: { env: inputs.defaultEnvironment },
        inputs: inputs.inputs.deploy,
      } as TargetConfiguration<StratumExecutorOptions>;
  }
}

/** Every Stratum target of one project. */
export function stratumTargets(
  inputs: TargetInputs,
): Record<Verb, TargetConfiguration<StratumExecutorOptions>> {
  return Object.fromEntries(
    (Object.keys(VERBS) as Verb[]).map((verb) => [verb, target(verb, inputs)]),
  ) as Record<Verb, TargetConfiguration<StratumExecutorOptions>>;
}
