// Fixture projects the e2e tests add to their temp workspaces. They are plain Stratum projects: a
// stratum.yaml and a stack class. They use SSM parameters (instant on the emulator, where an SQS queue
// takes ~25 s of terraform's own consistency waits) and Terraform's built-in `terraform_data` for a
// local-exec step, written as raw JSON because the AWS provider has no such resource.

/** A shared data project with one SSM parameter; dependants read its name through remote state. */
export function paramsProject(options: { readonly value: string }): Record<string, string> {
  return {
    'shared-infra/e2e-params/stratum.yaml':
      'layer: data\nowner: platform-team\ndescription: "e2e fixture: one SSM parameter."\n',
    'shared-infra/e2e-params/src/index.ts': `import { defineOutputs } from '@stratum/constructs';
export const e2eParamsOutputs = defineOutputs('e2e-params', { parameterName: 'string' });
`,
    'shared-infra/e2e-params/src/stack.ts': `import { SsmParameter } from '@cdktn/provider-aws/lib/ssm-parameter';
import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { e2eParamsOutputs } from './index';

export default class E2eParamsStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const parameter = new SsmParameter(this, 'config', { name: '/e2e/config', type: 'String', value: ${JSON.stringify(options.value)} });
    e2eParamsOutputs.publish(this, { parameterName: parameter.name });
  }
}
`,
  };
}

/**
 * A project that depends on `dependency` (a project folder and the contract it exports): its own SSM
 * parameter, then a `terraform_data` step running `command` with local-exec whenever `value` changes (`triggers_replace`). The
 * step runs after the parameter is written, so a command that fails or hangs does so mid-apply, with part
 * of the stack already changed.
 */
export function stepProject(options: {
  readonly folder: string;
  readonly layer: string;
  readonly value: string;
  readonly command: string;
  /** Import path and contract of the project it depends on. @default e2e-params */
  readonly dependency?: { readonly importPath: string; readonly contract: string; readonly output: string };
}): Record<string, string> {
  const dep = options.dependency ?? {
    importPath: '@shared/e2e-params',
    contract: 'e2eParamsOutputs',
    output: 'parameterName',
  };
  const name = options.folder.split('/').pop()!;
  return {
    [`${options.folder}/stratum.yaml`]: `layer: ${options.layer}\n${options.folder.startsWith('shared-infra/') ? 'owner: platform-team\n' : ''}description: "e2e fixture: a parameter and a local-exec step."\n`,
    [`${options.folder}/src/stack.ts`]: `import { ${dep.contract} } from '${dep.importPath}';
import { SsmParameter } from '@cdktn/provider-aws/lib/ssm-parameter';
import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';

export default class E2eStepStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const upstream = ${dep.contract}.read(this, ctx);
    new SsmParameter(this, 'marker', { name: '/e2e/${name}', type: 'String', value: ${JSON.stringify(options.value)} });
    this.addOverride('resource.terraform_data.step', {
      triggers_replace: { value: ${JSON.stringify(options.value)}, upstream: upstream.${dep.output} },
      depends_on: ['aws_ssm_parameter.marker'],
      provisioner: [{ 'local-exec': { command: ${JSON.stringify(options.command)} } }],
    });
  }
}
`,
  };
}
