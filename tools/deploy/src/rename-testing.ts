// Shared by the rename tests: a provider-free stack (terraform_data) with a local state file, on real terraform.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironment } from '@stratum/config';
import { terraformSettings } from '@stratum/terraform';
import { commandWorks, missing, terraformBin } from '@stratum/testing';

export const REPO_ROOT = join(__dirname, '../../..');
export const skipWithoutTerraform = missing(
  'terraform',
  commandWorks(terraformBin()),
  'install Terraform 1.5+ or set STRATUM_TERRAFORM_BIN',
);
export const settings = terraformSettings(REPO_ROOT);
export const env = loadEnvironment(REPO_ROOT, 'local');
export const region = env.regions[0]!;

/** A stack with one built-in `terraform_data` resource (no provider, no emulator) and a local state file. */
export function dataStackConfig(statePath: string): string {
  return JSON.stringify({
    terraform: { backend: { local: { path: statePath } } },
    resource: { terraform_data: { keep: { input: 'kept' } } },
  });
}

/** The managed resources (`type.name`) a local state file holds; none when there is no file. */
export function managedIn(file: string): string[] {
  if (!existsSync(file)) return [];
  const state = JSON.parse(readFileSync(file, 'utf8')) as {
    resources?: { mode: string; type: string; name: string }[];
  };
  return (state.resources ?? []).filter((r) => r.mode === 'managed').map((r) => `${r.type}.${r.name}`);
}
