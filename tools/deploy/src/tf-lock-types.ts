/** The `terraform.backend.s3` block of a synthesized stack (snake_case, as Terraform reads it). */
export interface S3BackendBlock {
  readonly bucket: string;
  readonly key: string;
  readonly region: string;
  readonly use_lockfile?: boolean;
  readonly dynamodb_table?: string;
  readonly endpoints?: { readonly s3?: string; readonly dynamodb?: string };
  readonly access_key?: string;
  readonly secret_key?: string;
}

/** Terraform's lock info, as it writes it into `<key>.tflock` (and DynamoDB's `Info`). */
export interface TerraformLockInfo {
  readonly ID: string;
  readonly Operation?: string;
  readonly Who?: string;
  readonly Created?: string;
  readonly Path?: string;
}
