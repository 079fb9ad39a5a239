import type { StateBackendConfig } from '@stratum/config';
import {
  DataTerraformRemoteStateLocal,
  DataTerraformRemoteStateS3,
  LocalBackend,
  S3Backend,
  type Construct,
} from '../cdktn';
import type { StackContext } from './context';

/** The state file location of `project` in the context's environment and region. */
export function stateLocation(
  ctx: StackContext,
  project: string,
): { local: string } | { s3: { bucket: string; key: string; region: string } } {
  const backend: StateBackendConfig = ctx.env.stateBackend;
  if (backend.type === 'local') {
    return {
      local: `${ctx.stackDirToRoot}/${backend.directory}/${ctx.env.name}/${ctx.region}/${project}.tfstate`,
    };
  }
  return {
    s3: {
      bucket: backend.bucket,
      key: `${backend.keyPrefix}/${ctx.env.name}/${ctx.region}/${project}.tfstate`,
      region: backend.region,
    },
  };
}

/**
 * S3 backend settings for an environment on the local emulator: every call to moto, path-style buckets, moto's
 * test credentials (they never reach a real account: the endpoint is local), and no checks that need real AWS.
 */
function emulatorBackendSettings(endpoint: string): Record<string, unknown> {
  return {
    endpoints: { s3: endpoint, sts: endpoint, dynamodb: endpoint, iam: endpoint },
    use_path_style: true,
    access_key: 'test',
    secret_key: 'test',
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
    skip_region_validation: true,
    skip_s3_checksum: true,
  };
}

/** Configures the stack's own state backend: local files for emulated environments, S3 with locking otherwise. */
export function configureBackend(stack: Construct, ctx: StackContext): void {
  const backend = ctx.env.stateBackend;
  const location = stateLocation(ctx, ctx.project.name);
  if ('local' in location) {
    new LocalBackend(stack, { path: location.local });
    return;
  }
  if (backend.type !== 's3') return;
  const s3 = new S3Backend(stack, {
    ...location.s3,
    encrypt: true,
    ...(backend.dynamodbTable ? { dynamodbTable: backend.dynamodbTable } : {}),
    ...(backend.kmsKeyId ? { kmsKeyId: backend.kmsKeyId } : {}),
    ...(ctx.env.assumeRoleArn ? { assumeRole: { roleArn: ctx.env.assumeRoleArn } } : {}),
    // S3-native locking needs Terraform 1.10+: cdktn checks it against the stack's TERRAFORM_TARGETS.
    ...(backend.useLockfile ? { useLockfile: true } : {}),
  });
  if (ctx.env.endpoint)
    for (const [key, value] of Object.entries(emulatorBackendSettings(ctx.env.endpoint)))
      s3.addOverride(key, value);
}

/** A read-only view of another project's state in the same environment and region. */
export function remoteState(
  scope: Construct,
  ctx: StackContext,
  project: string,
): DataTerraformRemoteStateLocal | DataTerraformRemoteStateS3 {
  const id = `remote-state-${project}`;
  const existing = scope.node.tryFindChild(id);
  if (existing) return existing as DataTerraformRemoteStateLocal | DataTerraformRemoteStateS3;
  const location = stateLocation(ctx, project);
  if ('local' in location) return new DataTerraformRemoteStateLocal(scope, id, { path: location.local });
  const state = new DataTerraformRemoteStateS3(scope, id, {
    ...location.s3,
    ...(ctx.env.assumeRoleArn ? { assumeRole: { roleArn: ctx.env.assumeRoleArn } } : {}),
  });
  if (ctx.env.endpoint)
    for (const [key, value] of Object.entries(emulatorBackendSettings(ctx.env.endpoint)))
      state.addOverride(`config.${key}`, value);
  return state;
}
