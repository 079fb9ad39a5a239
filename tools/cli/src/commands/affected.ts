import { findWorkspaceRoot, UsageError } from '@stratum/config';
import { computeAffected } from '@stratum/workspace';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';

export const affectedCommand: Command = {
  name: 'affected',
  summary: 'Projects a change touches (plus dependants) in deploy order, and deleted projects to destroy.',
  usage: `Usage: stratum affected --base <ref> [--head <ref>] [--json]

Maps the files changed between the merge base of <base> and <head> (default: the working tree, untracked
files included) to projects, adds every dependant, and lists projects whose stratum.yaml was deleted for
destroy (dependants first, ordered by the base commit's graph). A base missing from a shallow clone is an
error: fetch more history (fetch-depth: 0 in CI).

Options:
  --base <ref>   Base branch, tag or sha. Required.
  --head <ref>   Head ref (default: working tree).
  --json         Print { "deploy": [...], "destroy": [...], "reasons": { name: why } }.`,
  async run(args, io) {
    const { values } = parseCommandArgs('affected', args, {
      base: { type: 'string' },
      head: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!values.base) throw new UsageError('stratum affected: --base <ref> is required.');
    const root = findWorkspaceRoot(io.cwd, io.env);
    const result = computeAffected(root, {
      base: values.base,
      ...(values.head ? { head: values.head } : {}),
    });
    if (values.json) {
      io.out(
        JSON.stringify({ deploy: result.deploy, destroy: result.destroy, reasons: result.reasons }, null, 2),
      );
      return EXIT.ok;
    }
    io.out(
      `Changes ${result.base.slice(0, 12)}..${result.head === 'working-tree' ? 'working tree' : result.head.slice(0, 12)}`,
    );
    io.out(result.deploy.length ? 'Deploy, in order:' : 'Nothing to deploy.');
    result.deploy.forEach((name, i) => io.out(`  ${i + 1}. ${name.padEnd(28)} ${result.reasons[name]}`));
    if (result.destroy.length) {
      io.out('Destroy, dependants first:');
      result.destroy.forEach((name, i) => io.out(`  ${i + 1}. ${name.padEnd(28)} ${result.reasons[name]}`));
    }
    return EXIT.ok;
  },
};
