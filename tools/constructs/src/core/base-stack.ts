import type { ServiceOverride } from '@stratum/config';
import { TerraformStack, TerraformVariable, type Construct } from '../cdktf';
import { configureBackend } from './backend';
import { stackName, type StackContext } from './context';
import { Names } from './naming';
import { createAwsProvider } from './provider';

/**
 * The stack every Stratum project extends. It wires the AWS provider and state backend from the
 * environment, tags every resource with owner, service, layer, environment and git sha, and names
 * resources consistently. Subclasses take `(scope, ctx)` and add layer constructs.
 */
export class StratumStack extends TerraformStack {
  readonly ctx: StackContext;
  readonly names: Names;
  readonly tags: Readonly<Record<string, string>>;

  constructor(scope: Construct, ctx: StackContext) {
    super(scope, stackName(ctx.project.name, ctx.region));
    this.ctx = ctx;
    this.names = new Names(ctx);
    // The commit is a variable set at plan time (`-var stratum_git_sha=...`), not part of the synthesized
    // JSON: the same code synthesizes to the same bytes on every commit, so unchanged stacks are skipped.
    const gitSha = new TerraformVariable(this, GIT_SHA_VARIABLE, {
      type: 'string',
      default: 'unversioned',
      description: 'Commit deployed; tagged on every resource as stratum:git-sha.',
    });
    this.tags = defaultTags(ctx, gitSha.stringValue);
    createAwsProvider(this, ctx, { ...this.tags });
    configureBackend(this, ctx);
  }

  /** Sizes for this stack: the environment's sizes with the service's per-environment overrides applied. */
  get sizes(): StackSizes {
    const base = this.ctx.env.sizes;
    const service: ServiceOverride =
      (this.ctx.project.service && this.ctx.env.services[this.ctx.project.service]) || {};
    return {
      ...base,
      serviceDesiredCount: service.desiredCount ?? base.serviceDesiredCount,
      taskCpu: service.taskCpu ?? base.taskCpu,
      taskMemoryMb: service.taskMemoryMb ?? base.taskMemoryMb,
      dbInstanceClass: service.dbInstanceClass ?? base.dbInstanceClass,
    };
  }
}

export type StackSizes = StackContext['env']['sizes'];

/** A project's default export: a StratumStack subclass constructed once per environment and region. */
export type StackClass = new (scope: Construct, ctx: StackContext) => StratumStack;

/** Terraform variable carrying the deployed commit. */
export const GIT_SHA_VARIABLE = 'stratum_git_sha';

function defaultTags(ctx: StackContext, gitSha: string): Record<string, string> {
  return {
    ...ctx.env.tags,
    'stratum:owner': ctx.project.owner,
    'stratum:service': ctx.project.service ?? 'shared',
    'stratum:layer': ctx.project.layer,
    'stratum:environment': ctx.env.name,
    'stratum:project': ctx.project.name,
    'stratum:git-sha': gitSha,
    'stratum:managed-by': 'stratum',
  };
}
