import type { Value } from './value';

/**
 * Names bound while a block is expanded: the iterator of a `dynamic` block (`rule.value`, `rule.key`).
 * Empty outside dynamic blocks.
 */
export type Scope = ReadonlyMap<string, Value>;

/** What the evaluator reads of a resource or data source; the stack model's ResourceNode implements it. */
export interface EvalNode {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly stack: EvalStack;
  /** An argument with references evaluated; undefined when it is not written. */
  get(attribute: string, depth?: number): Value | undefined;
}

/**
 * Renders the value of a data source attribute the evaluator cannot read from its body (the JSON of an
 * `aws_iam_policy_document`, say). Plugged in by the stack model, so the evaluator imports no normalizer.
 */
export type DataRenderer = (node: EvalNode, depth: number) => Value;

/** What the evaluator reads of a stack; the stack model's StackModel implements it. */
export interface EvalStack {
  readonly json: {
    readonly variable: Readonly<Record<string, { readonly default?: unknown }>>;
    readonly output: Readonly<Record<string, { readonly value?: unknown }>>;
  };
  /** The folder terraform runs in. */
  readonly dir: string;
  local(name: string, depth: number): Value | undefined;
  lookup(address: string): EvalNode | undefined;
  /** The stack in this run whose state a `terraform_remote_state` data source reads, if any. */
  producerOf(
    backend: string,
    config: Readonly<Record<string, unknown>>,
    fromDir: string,
  ): EvalStack | undefined;
  /** The renderer for `data.<type>.x.<attribute>`, when one is plugged in. */
  dataRenderer(type: string, attribute: string): DataRenderer | undefined;
}
