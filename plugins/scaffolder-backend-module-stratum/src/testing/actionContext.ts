import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { JsonObject } from '@backstage/types';
import { parse } from 'yaml';

/** Runs an action's handler with a mock context in `workspacePath`; returns the outputs it set. */
export async function runAction(
  action: { handler: (ctx: never) => Promise<void> },
  input: JsonObject,
  {
    workspacePath,
    dryRun = false,
    secrets,
  }: { workspacePath: string; dryRun?: boolean; secrets?: Record<string, string> },
): Promise<Record<string, unknown>> {
  const outputs: Record<string, unknown> = {};
  const temporary: string[] = [];
  const ctx = {
    ...createMockActionContext({ input, workspacePath, ...(secrets ? { secrets } : {}) }),
    isDryRun: dryRun,
    createTemporaryDirectory: async () => {
      temporary.push(mkdtempSync(join(tmpdir(), 'stratum-dry-')));
      return temporary[temporary.length - 1]!;
    },
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
  };
  try {
    await action.handler(ctx as never);
  } finally {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
  return outputs;
}

/** The input of the first step of an action example, with `${{ steps.create.output.workspaceDir }}` resolved. */
export function exampleInput(example: string): JsonObject {
  const doc = parse(example) as { steps: { input: JsonObject }[] };
  const input = JSON.stringify(doc.steps[0]!.input).replaceAll(
    '${{ steps.create.output.workspaceDir }}',
    'monorepo',
  );
  return JSON.parse(input) as JsonObject;
}

export function workspaceDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'stratum-task-')), 'workspace');
}
