import { findWorkspaceRoot, UsageError } from '@stratum/config';
import {
  GitCommandError,
  ScaffoldInputError,
  upgradeService,
  type UpgradeResult,
} from '@stratum/scaffold';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';

function report(result: UpgradeResult, dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const t of result.templates) {
    lines.push(`${t.template}: version ${t.from} → ${t.to}`);
    for (const f of t.files) if (f.outcome !== 'unchanged') lines.push(`  ${f.outcome.padEnd(21)} ${f.path}`);
  }
  lines.push(
    result.conflicts > 0
      ? `${result.conflicts} conflict(s) marked with <<<<<<< in the files above: resolve them, then commit.`
      : dryRun
        ? 'Dry run: nothing written.'
        : `${result.service} is up to date with its templates; review the changes and commit.`,
  );
  return lines;
}

export const upgradeCommand: Command = {
  name: 'upgrade',
  summary: 'Merge the current adoption templates into a scaffolded service (three-way, conflicts marked).',
  usage: `Usage: stratum upgrade --service <name> [--dry-run] [--json]

Re-renders every template recorded in services/<name>/.scaffold/ with the current templates/ and merges the result
into the service's files three-way (git merge-file): base = the render of the recorded template commit, ours = the
file on disk, theirs = the new render. Files without local edits are replaced; local edits are kept; where both
changed the same lines, conflict markers are written for review. A locally deleted file stays deleted. The records
then name the current commit. Commit templates/ first.

Exit: 0 merged cleanly, 1 conflicts left to resolve or an error, 2 usage error.

Options:
  --service <name>  The service folder under services/ (or component:default/<name>). Required.
  --dry-run         Report what would change; write nothing.
  --json            Print { "service", "templates": [{ "template", "from", "to", "files": [{ "path", "outcome" }] }], "conflicts" }.`,
  async run(args, io) {
    const { values } = parseCommandArgs('upgrade', args, {
      service: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (!values.service) throw new UsageError('stratum upgrade: --service <name> is required.');
    const dryRun = values['dry-run'] === true;
    let result: UpgradeResult;
    try {
      result = upgradeService(findWorkspaceRoot(io.cwd, io.env), values.service, { dryRun });
    } catch (error) {
      if (error instanceof ScaffoldInputError || error instanceof GitCommandError) {
        io.err(`stratum upgrade: ${error.message}`);
        return EXIT.failure;
      }
      throw error;
    }
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of report(result, dryRun)) io.out(line);
    return result.conflicts > 0 ? EXIT.failure : EXIT.ok;
  },
};
