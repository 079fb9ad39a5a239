/**
 * `npm run provider:generate [-- --provider-version <x.y.z>]`: regenerates the committed AWS provider bindings
 * in tools/constructs/generated/provider-aws with `cdktn get`, keeping only the submodules the repository
 * imports (`@cdktn/provider-aws/lib/<submodule>` anywhere under tools/, shared-infra/, services/, templates/,
 * bench/, plugins/) and the ones those import.
 *
 * Runs on the repository's Node 20. cdktn-cli needs Node >= 22.19, so the script installs cdktn-cli (the
 * installed cdktn's version) and, when the current Node is older, a Node 22 binary (the npm package
 * `node-<platform>-<arch>`) into a temp folder with npm: the npm registry is needed once per run, and nothing
 * enters the workspace's dependency tree. Terraform must be on PATH (or STRATUM_TERRAFORM_BIN); the provider
 * comes from the mirror when there is one, else the public registry. The provider version defaults to the
 * one in generated/provider-aws/bindings.json. Afterwards run `npm install` if the version changed (the
 * lockfile records the linked package's version).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findWorkspaceRoot } from '@stratum/config';
import { terraformSettings } from '@stratum/terraform';
import { readManifest } from './provider/bindings';
import { installedCore, runCdktnGet, writeBindings } from './provider/generate';
import { BINDINGS_DIR, findProviderImports, withSiblings } from './provider/imports';
import { installGenerator } from './provider/toolchain';

/**
 * The provider as `cdktn get` takes it and the synthesized `required_providers` names it: `aws` is hashicorp/aws,
 * written short as @cdktf/provider-aws did, so the JSON stays byte-identical (the prebuilt @cdktn/provider-aws
 * releases write `hashicorp/aws`, the same provider to terraform).
 */
const PROVIDER = 'aws';

function main(): void {
  const { values } = parseArgs({ options: { 'provider-version': { type: 'string' } } });
  const root = findWorkspaceRoot(__dirname);
  const version = values['provider-version'] ?? readManifest(root)?.version;
  if (!version) {
    throw new Error(
      `${BINDINGS_DIR}/bindings.json is missing: pass --provider-version <x.y.z> (e.g. 5.100.0).`,
    );
  }
  const uses = findProviderImports(root);
  if (uses.length === 0)
    throw new Error('no @cdktn/provider-aws/lib/<submodule> import found in the workspace.');
  const core = installedCore(root);
  const work = mkdtempSync(join(tmpdir(), 'stratum-provider-'));
  try {
    const generator = installGenerator(join(work, 'tools'), core.cdktn);
    const generated = runCdktnGet(
      generator,
      join(work, 'project'),
      PROVIDER,
      version,
      terraformSettings(root),
    );
    const submodules = withSiblings(
      uses.map((use) => use.submodule),
      (submodule) => readSubmodule(generated, submodule, uses),
    );
    writeBindings(root, generated, { provider: PROVIDER, version, generator: core.cdktn, submodules }, core);
    console.log(`wrote ${submodules.length} submodules of ${PROVIDER}@${version} to ${BINDINGS_DIR}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readSubmodule(
  generated: string,
  submodule: string,
  uses: ReturnType<typeof findProviderImports>,
): string {
  try {
    return readFileSync(join(generated, submodule, 'index.ts'), 'utf8');
  } catch {
    const files = uses.find((use) => use.submodule === submodule)?.files ?? [];
    throw new Error(
      `${files.join(', ') || 'a generated submodule'} imports ${submodule}, which the provider does not have; ` +
        'check the name (a resource aws_foo_bar is lib/foo-bar, a data source lib/data-aws-foo-bar).',
    );
  }
}

try {
  main();
} catch (error) {
  console.error(`provider:generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
