/**
 * Provider resource classes a project may use directly: the kinds `stratum import` writes code for when it
 * brings existing resources under management. Projects import them from `@stratum/constructs`, so the provider
 * is still named only here. To import another kind, add its class to importable-classes.ts.
 */
import * as classes from './importable-classes';

export * from './importable-classes';

/** Terraform resource type (`aws_s3_bucket`) → the class exported above (`S3Bucket`). */
export const IMPORTABLE_RESOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(classes)
    .map(([name, cls]) => [cls.tfResourceType, name] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);
