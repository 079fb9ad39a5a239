/**
 * The one place that names the core library: CDK Terrain (`cdktn`, the community fork of the archived CDKTF,
 * exporting the same names) and `constructs`. Every other module imports these from here, so moving to another
 * core release is a change to this file and package.json. Provider classes come from `@cdktn/provider-aws/lib/<x>`.
 */
export {
  App,
  Aspects,
  DataTerraformRemoteStateLocal,
  DataTerraformRemoteStateS3,
  Fn,
  LocalBackend,
  S3Backend,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
  Testing,
  Token,
  type IAspect,
} from 'cdktn';
export { Construct, type IConstruct } from 'constructs';
