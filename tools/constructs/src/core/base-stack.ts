import type { ServiceOverride } from '@stratum/config';
import { TerraformStack, TerraformVariable, type Construct } from '../cdktn';
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
    // On the stack rather than the App, so every App that builds it (stratum synth, cdktn-cli through
    // tools/synth/src/cdktf-app.ts, tests) checks features against the same targets.
    this.node.setContext('targetVersions', TERRAFORM_TARGETS);
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

/**
 * The Terraform releases every stack targets (cdktn's `targetVersions` context): the pinned CLI is 1.11, and
 * S3-native state locking (`use_lockfile`) needs 1.10+. cdktn refuses to synthesize a feature these exclude.
 */
export const TERRAFORM_TARGETS: Readonly<Record<'terraform', string>> = { terraform: '>=1.11.0' };

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
