import { EnvironmentSchema, type Environment, type Layer } from '@stratum/config';
import { App, Testing } from './cdktn';
import { StratumStack, type StackClass } from './core/base-stack';
import { stackDirToRoot, type ProjectInfo, type StackContext } from './core/context';

/** An environment for tests: the local emulator by default, with any field overridden. */
export function testEnvironment(overrides: Partial<Record<keyof Environment, unknown>> = {}): Environment {
  return EnvironmentSchema.parse({
    name: 'test',
    account: '123456789012',
    regions: ['us-east-1'],
    endpoint: 'http://127.0.0.1:4566',
    stateBackend: { type: 'local' },
    ...overrides,
  });
}

/** A stack context for tests. */
export function testContext(
  project: Partial<ProjectInfo> & { layer: Layer },
  env: Environment = testEnvironment(),
): StackContext {
  const info: ProjectInfo = {
    name: 'example',
    root: 'shared-infra/example',
    owner: 'platform-team',
    ...project,
  };
  return {
    project: info,
    env,
    region: env.regions[0] ?? 'us-east-1',
    stackDirToRoot: stackDirToRoot(info.root),
  };
}

/**
 * Synthesizes one stack class (or a body run inside a bare StratumStack) and returns the parsed
 * Terraform JSON, for assertions with `Testing` matchers or plain property checks.
 */
export function synthStack(
  ctx: StackContext,
  build: StackClass | ((stack: StratumStack) => void),
): SynthesizedStack {
  const app: App = Testing.app();
  const stack =
    build.prototype instanceof StratumStack
      ? new (build as StackClass)(app, ctx)
      : (() => {
          const s = new StratumStack(app, ctx);
          (build as (stack: StratumStack) => void)(s);
          return s;
        })();
  const json = Testing.synth(stack);
  return { json, parsed: JSON.parse(json) as TerraformJson };
}

export interface SynthesizedStack {
  /** Synthesized Terraform JSON as text (what `Testing` matchers take). */
  readonly json: string;
  readonly parsed: TerraformJson;
}

/** The subset of Terraform JSON the tests read. */
export interface TerraformJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: unknown }>;
  provider?: Record<string, Record<string, unknown>[]>;
  terraform?: Record<string, unknown>;
  variable?: Record<string, Record<string, unknown>>;
}

/** All resources of one Terraform type in a synthesized stack, keyed by logical id. */
export function resourcesOf(stack: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  return stack.parsed.resource?.[type] ?? {};
}
