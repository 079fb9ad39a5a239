import { join } from 'node:path';
import { ConfigError } from '@stratum/config';
import { StratumStack, type StackClass } from '@stratum/constructs';
import type { DiscoveredProject } from '@stratum/workspace';

/** Loads a project's stack class: the default export of its `src/stack.ts`, a StratumStack subclass. */
export function loadStackClass(root: string, project: DiscoveredProject): StackClass {
  const file = join(root, project.entry);
  let mod: { default?: unknown };
  try {
    // Stack entries are loaded at run time by path (through tsx's require hook), one per project.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(file) as { default?: unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`${project.entry}: failed to load: ${reason}`, project.entry);
  }
  const candidate = mod.default;
  if (typeof candidate !== 'function' || !(candidate.prototype instanceof StratumStack)) {
    throw new ConfigError(
      `${project.entry}: the default export must be a class extending StratumStack (from @stratum/constructs), ` +
        `e.g. \`export default class MyStack extends StratumStack { ... }\`.`,
      project.entry,
    );
  }
  return candidate as StackClass;
}
