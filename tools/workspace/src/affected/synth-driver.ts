/**
 * Run as a child process by precision.ts with the checkout as cwd: synthesizes the requested projects of the
 * workspace at argv[2] with that workspace's own code (its tools/synth, tools/constructs, ...) and prints one
 * JSON line `{ "digests": { project: sha256 | "error: ..." } }`. A project that fails (or does not exist there)
 * gets an error string instead of a digest; a failure to load the code at all exits 1 with the message.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Request {
  readonly projects: readonly string[];
  readonly envs?: readonly string[];
}

/* eslint-disable @typescript-eslint/no-require-imports -- the checkout's code is loaded by path at run time */
function main(): void {
  const dir = process.argv[2]!;
  const request = JSON.parse(process.argv[3]!) as Request;
  const config = require(join(dir, 'tools/config/src/index.ts'));
  const workspaceLib = require(join(dir, 'tools/workspace/src/index.ts'));
  const synth = require(join(dir, 'tools/synth/src/index.ts'));
  const workspace = workspaceLib.loadWorkspace(dir, { validate: false });
  const envs: string[] = [...(request.envs ?? config.listEnvironments(dir))].sort();
  const environments = envs.map((name) => config.loadEnvironment(dir, name));
  const outRoot = mkdtempSync(join(tmpdir(), 'stratum-synth-'));
  const digests: Record<string, string> = {};
  try {
    for (const project of request.projects) {
      if (!workspace.projects.has(project)) {
        digests[project] = 'error: no such project';
        continue;
      }
      try {
        const lines: string[] = [];
        for (const env of environments) {
          const stacks = synth.synthesize({ workspace, env, projects: [project], outRoot }) as {
            stack: string;
            hash: string;
          }[];
          for (const s of stacks) lines.push(`${env.name} ${s.stack} ${s.hash}`);
        }
        digests[project] = createHash('sha256').update(lines.sort().join('\n')).digest('hex');
      } catch (error) {
        digests[project] = `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      }
    }
  } finally {
    rmSync(outRoot, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ digests })}\n`);
}

main();
