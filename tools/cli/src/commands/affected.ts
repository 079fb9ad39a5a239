import { findWorkspaceRoot, UsageError } from '@stratum/config';
import { computeAffected, type Precision } from '@stratum/workspace';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';

const PRECISIONS: readonly Precision[] = ['synth', 'importers'];

export const affectedCommand: Command = {
  name: 'affected',
  summary:
    'Projects a change touches (plus dependants) in deploy order, deleted projects to destroy, renames.',
  usage: `Usage: stratum affected --base <ref> [--head <ref>] [--env <env>] [--precision synth|importers] [--json]

Maps the files changed between the merge base of <base> and <head> (default: the working tree, untracked
files included) to the projects whose synth inputs hold them: the project's folder, the workspace files its
code imports (across packages: tools/constructs, tools/slo, ...), its service's catalog-info.yaml, the
slo.yaml its code reads, the inputs declared in its stratum.yaml, the environment files, services/org.yaml,
the lockfile and tsconfig.json. Every dependant follows. A shared-library change selects only the importers
whose synthesized JSON differs between base and head (base synthesized in a temporary checkout), or every
importer when the base cannot be synthesized. Projects whose stratum.yaml was deleted are listed for destroy
(dependants first, ordered by the base commit's graph), unless a project declares them as its previousName:
that is a rename. A base missing from a shallow clone is an error: fetch more history (fetch-depth: 0 in CI).

Options:
  --base <ref>         Base branch, tag or sha. Required.
  --head <ref>         Head ref (default: working tree).
  --env <env>          Only this environment's file counts, and precision synthesizes only it (default: all).
  --precision <mode>   synth (default): compare synthesized JSON on library changes; importers: select every
                       importer without synthesizing.
  --json               Print { "deploy", "destroy", "renamed": [{ from, to, fromRoot, toRoot }], "reasons",
                       "rules", "unchanged" }.`,
  async run(args, io) {
    const { values } = parseCommandArgs('affected', args, {
      base: { type: 'string' },
      head: { type: 'string' },
      env: { type: 'string' },
      precision: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!values.base) throw new UsageError('stratum affected: --base <ref> is required.');
    const precision = (values.precision ?? 'synth') as Precision;
    if (!PRECISIONS.includes(precision))
      throw new UsageError(`--precision: got '${values.precision}'; use ${PRECISIONS.join(' or ')}.`);
    const root = findWorkspaceRoot(io.cwd, io.env);
    const result = await computeAffected(root, {
      base: values.base,
      precision,
      ...(values.head ? { head: values.head } : {}),
      ...(values.env ? { env: values.env } : {}),
    });
    if (values.json) {
      const { deploy, destroy, renamed, reasons, rules, unchanged } = result;
      io.out(JSON.stringify({ deploy, destroy, renamed, reasons, rules, unchanged }, null, 2));
      return EXIT.ok;
    }
    io.out(
      `Changes ${result.base.slice(0, 12)}..${result.head === 'working-tree' ? 'working tree' : result.head.slice(0, 12)}`,
    );
    io.out(result.deploy.length ? 'Deploy, in order:' : 'Nothing to deploy.');
    result.deploy.forEach((name, i) => io.out(`  ${i + 1}. ${name.padEnd(28)} ${result.reasons[name]}`));
    if (result.renamed.length) {
      io.out('Renamed (state moves, nothing destroyed):');
      for (const r of result.renamed) io.out(`  ${r.from} -> ${r.to}`);
    }
    if (result.destroy.length) {
      io.out('Destroy, dependants first:');
      result.destroy.forEach((name, i) => io.out(`  ${i + 1}. ${name.padEnd(28)} ${result.reasons[name]}`));
    }
    if (result.unchanged.length)
      io.out(
        `Library importers left out, their synthesized JSON is unchanged: ${result.unchanged.map((u) => u.project).join(', ')}`,
      );
    return EXIT.ok;
  },
};
