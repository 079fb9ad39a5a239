/**
 * The one place that names the CDK for Terraform packages. Every other module imports these from here,
 * so moving to the community fork (CDK Terrain, `cdktn`) is a change to this file and package.json.
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
} from 'cdktf';
export { Construct, type IConstruct } from 'constructs';
