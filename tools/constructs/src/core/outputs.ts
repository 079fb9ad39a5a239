import { TerraformOutput, TerraformStack, type Construct } from '../cdktn';
import { remoteState } from './backend';
import type { StackContext } from './context';

/** Kinds of values a project can publish to its dependants. */
export type OutputKind = 'string' | 'list' | 'number';
type ValueOf<K extends OutputKind> = K extends 'list' ? string[] : K extends 'number' ? number : string;
export type OutputValues<S extends Record<string, OutputKind>> = { [K in keyof S]: ValueOf<S[K]> };

/**
 * A typed contract between a project and its dependants. The producing stack calls `publish` with its
 * values; dependants call `read` and get the same names and types back through remote state. Importing a
 * project's contract is also what makes Nx draw the dependency edge.
 */
export interface OutputContract<S extends Record<string, OutputKind>> {
  readonly project: string;
  readonly spec: S;
  publish(stack: Construct, values: OutputValues<S>): void;
  read(scope: Construct, ctx: StackContext): OutputValues<S>;
}

export function defineOutputs<const S extends Record<string, OutputKind>>(
  project: string,
  spec: S,
): OutputContract<S> {
  return {
    project,
    spec,
    publish(stack, values) {
      for (const key of Object.keys(spec)) {
        new TerraformOutput(stack, outputName(key), { value: values[key as keyof S] });
      }
    },
    read(scope, ctx) {
      const owner = TerraformStack.of(scope);
      const state = remoteState(owner, ctx, project);
      const out = {} as Record<string, unknown>;
      for (const [key, kind] of Object.entries(spec)) {
        const name = outputName(key);
        out[key] =
          kind === 'list'
            ? state.getList(name)
            : kind === 'number'
              ? state.getNumber(name)
              : state.getString(name);
      }
      return out as OutputValues<S>;
    },
  };
}

/** Terraform output names are snake_case: `privateSubnetIds` → `private_subnet_ids`. */
export function outputName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
