import { TerraformStack, type Construct } from '../cdktn';
import { StratumStack } from '../core/base-stack';

/**
 * The StratumStack a layer construct lives in: its context, names, tags and sizes are the defaults every
 * construct reads. Throws when a construct is placed in a plain TerraformStack.
 */
export function stratumStackOf(scope: Construct): StratumStack {
  const stack = TerraformStack.of(scope);
  if (stack instanceof StratumStack) return stack;
  throw new Error(
    `${scope.node.path}: layer constructs must be created inside a StratumStack, found ${stack.constructor.name}; ` +
      'make the project stack class extend StratumStack.',
  );
}

/**
 * Attributes the moto emulator does not read back as written (so every plan would show a change). On an
 * emulated environment (`env.endpoint` set) they go to `lifecycle.ignore_changes`; on real AWS nothing is
 * ignored, so drift detection still sees them.
 */
export function ignoreOnEmulator(
  stack: StratumStack,
  resource: { addOverride(path: string, value: unknown): void },
  attributes: readonly string[],
): void {
  if (stack.ctx.env.endpoint) resource.addOverride('lifecycle.ignore_changes', [...attributes]);
}

/** The AWS partition of a region: `aws-cn` for China, `aws-us-gov` for GovCloud, `aws` otherwise. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** Account, region and partition of a stack, for building ARNs and policy conditions without data sources. */
export interface AwsLocation {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
}

export function locationOf(stack: StratumStack): AwsLocation {
  return {
    account: stack.ctx.env.account,
    region: stack.ctx.region,
    partition: partitionOf(stack.ctx.region),
  };
}

/** `arn:<partition>:<service>:<region>:<account>:<resource>`; pass `region: ''` for global services such as IAM. */
export function arn(
  loc: AwsLocation,
  service: string,
  resource: string,
  region: string = loc.region,
): string {
  return `arn:${loc.partition}:${service}:${region}:${loc.account}:${resource}`;
}

/** The account root principal, the usual admin principal of a key policy. */
export function accountRoot(loc: AwsLocation): string {
  return `arn:${loc.partition}:iam::${loc.account}:root`;
}
