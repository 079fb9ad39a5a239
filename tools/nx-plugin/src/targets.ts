import type { TargetConfiguration } from 'nx/src/devkit-exports';
import type { StratumExecutorOptions } from './executors/stratum/schema';

export const EXECUTOR = '@stratum/nx-plugin:stratum';

/** Stratum verbs exposed as Nx targets, with what Nx should know about each. */
const VERBS = {
  synth: { cache: true, description: 'Synthesize Terraform JSON for one environment (cached).' },
  validate: { cache: false, description: 'terraform validate the synthesized stacks.' },
  policy: { cache: true, description: 'Run the policy gate on the synthesized stacks.' },
  plan: { cache: false, description: 'terraform plan the stacks against the environment.' },
  deploy: { cache: false, description: 'Deploy after every dependency deployed (dependsOn ^deploy).' },
  drift: { cache: false, description: 'Check deployed stacks for drift (refresh-only plan).' },
} as const;
export type Verb = keyof typeof VERBS;

export interface TargetInputs {
  readonly projectRoot: string;
  /** The service folder of a service project, whose catalog-info.yaml sets the owner tag. */
  readonly serviceRoot?: string;
  readonly environments: readonly string[];
  readonly defaultEnvironment: string;
}

/** Files whose change must re-synthesize a project: its code, its dependencies' code, the libraries, environments. */
function synthInputs({ projectRoot, serviceRoot }: TargetInputs): TargetConfiguration['inputs'] {
  return [
    `{projectRoot}/**/*`,
    `!{projectRoot}/cdktf.out/**`,
    `!{projectRoot}/**/*.test.ts`,
    '^production',
    '{workspaceRoot}/tools/constructs/src/**/*',
    '{workspaceRoot}/tools/config/src/**/*',
    '{workspaceRoot}/tools/synth/src/**/*',
    '{workspaceRoot}/tools/workspace/src/**/*',
    '{workspaceRoot}/environments/*.yaml',
    '{workspaceRoot}/services/org.yaml',
    '{workspaceRoot}/tsconfig.json',
    '{workspaceRoot}/package-lock.json',
    ...(serviceRoot ? [`{workspaceRoot}/${serviceRoot}/catalog-info.yaml`] : []),
  ].filter((input) => input !== `${projectRoot}`);
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
      return { ...base, inputs: synthInputs(inputs), outputs: ['{projectRoot}/cdktf.out/{options.env}'] };
    case 'policy':
      return {
        ...base,
        dependsOn: ['synth'],
        inputs: [...(synthInputs(inputs) ?? []), '{workspaceRoot}/tools/policy/src/**/*'],
      };
    case 'validate':
    case 'plan':
    case 'drift':
      return { ...base, dependsOn: ['synth'] };
    case 'deploy':
      return { ...base, dependsOn: ['^deploy'] };
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
