import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGit } from './git';
import { formatRecord, readRecords, recordPath, type ScaffoldRecord } from './record';
import { renderFiles } from './render';
import { safeTarget } from './target';
import { commitSource, loadTemplate, TEMPLATES_DIR, workingTreeSource } from './template';
import { writeAtomic } from './write';
import { ScaffoldInputError, serviceName } from './names';

/** What happened to one generated file. */
export type FileOutcome =
  | 'unchanged' // the template did not change it
  | 'updated' // no local edit: the new render was written
  | 'merged' // local edits and template changes merged cleanly
  | 'conflict' // both changed the same lines: conflict markers written for review
  | 'added' // new in the template
  | 'kept-local' // new in the template but a local file of that name exists: left alone
  | 'deleted-locally' // the file was deleted locally: left deleted
  | 'removed-from-template'; // the template no longer has it: left in place for review

export interface FileUpgrade {
  /** Relative to the workspace root. */
  readonly path: string;
  readonly outcome: FileOutcome;
}

export interface TemplateUpgrade {
  readonly template: string;
  readonly from: number;
  readonly to: number;
  readonly files: readonly FileUpgrade[];
}

export interface UpgradeResult {
  readonly service: string;
  readonly templates: readonly TemplateUpgrade[];
  readonly conflicts: number;
}

/** Three-way merge of one file with `git merge-file` (argv array, temp files); returns the text and conflict count. */
function mergeFile(
  ours: string,
  base: string,
  theirs: string,
  label: string,
): { text: string; conflicts: number } {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-merge-'));
  try {
    for (const [name, text] of [
      ['ours', ours],
      ['base', base],
      ['theirs', theirs],
    ] as const)
      writeFileSync(join(dir, name), text);
    const result = runGit(
      dir,
      [
        'merge-file',
        '-p',
        '-L',
        `${label} (local)`,
        '-L',
        `${label} (template base)`,
        '-L',
        `${label} (template now)`,
        'ours',
        'base',
        'theirs',
      ],
      { allowFailure: true },
    );
    if (result.status < 0 || result.status > 127)
      throw new Error(`git merge-file failed on ${label}: ${result.stderr.trim()}`);
    return { text: result.stdout, conflicts: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The templates/<name> folder must be committed: the new record names HEAD as the next upgrade's base. */
function assertTemplateCommitted(root: string, template: string): string {
  const status = runGit(root, ['status', '--porcelain', '--', `${TEMPLATES_DIR}/${template}`]).stdout.trim();
  if (status)
    throw new ScaffoldInputError(
      `${TEMPLATES_DIR}/${template} has uncommitted changes; commit them first so the upgrade records a base commit.`,
    );
  return runGit(root, ['rev-parse', 'HEAD']).stdout.trim();
}

function upgradeOne(
  root: string,
  service: string,
  record: ScaffoldRecord,
  dryRun: boolean,
): { upgrade: TemplateUpgrade; conflicts: number } {
  const head = assertTemplateCommitted(root, record.template);
  if (runGit(root, ['cat-file', '-e', `${record.commit}^{commit}`], { allowFailure: true }).status !== 0)
    throw new ScaffoldInputError(
      `${recordPath(service, record.template, record.variant)}: commit ${record.commit} is not in this repository (shallow clone?); fetch it to upgrade.`,
    );
  const base = renderFiles(
    loadTemplate(commitSource(root, record.commit), record.template, record.variant).files,
    record.values,
  );
  const current = loadTemplate(workingTreeSource(root), record.template, record.variant);
  const values = { ...record.values, template: `${current.name}@${current.version}` };
  const next = renderFiles(current.files, values);
  const files: FileUpgrade[] = [];
  let conflicts = 0;
  const write = (path: string, text: string) => {
    if (!dryRun) writeAtomic(safeTarget(root, path), text);
  };
  for (const [rel, theirs] of next) {
    const path = `services/${service}/${rel}`;
    const target = safeTarget(root, path);
    const baseText = base.get(rel);
    if (!existsSync(target)) {
      if (baseText !== undefined) files.push({ path, outcome: 'deleted-locally' });
      else {
        write(path, theirs);
        files.push({ path, outcome: 'added' });
      }
      continue;
    }
    const ours = readFileSync(target, 'utf8');
    if (baseText === undefined) {
      files.push({ path, outcome: ours === theirs ? 'unchanged' : 'kept-local' });
      continue;
    }
    if (theirs === baseText || ours === theirs) files.push({ path, outcome: 'unchanged' });
    else if (ours === baseText) {
      write(path, theirs);
      files.push({ path, outcome: 'updated' });
    } else {
      const merged = mergeFile(ours, baseText, theirs, path);
      write(path, merged.text);
      conflicts += merged.conflicts;
      files.push({ path, outcome: merged.conflicts > 0 ? 'conflict' : 'merged' });
    }
  }
  for (const rel of base.keys())
    if (!next.has(rel)) files.push({ path: `services/${service}/${rel}`, outcome: 'removed-from-template' });
  if (!dryRun)
    write(
      recordPath(service, record.template, record.variant),
      formatRecord({ ...record, version: current.version, commit: head, values, files: [...next.keys()] }),
    );
  return {
    upgrade: { template: record.template, from: record.version, to: current.version, files },
    conflicts,
  };
}

/**
 * Re-renders every template recorded for `service` with the current template and merges three-way: base = the
 * render of the recorded commit's template, ours = the file on disk, theirs = the new render. Local edits are never
 * lost: a clash is written with conflict markers for review, a locally deleted file stays deleted.
 */
export function upgradeService(root: string, serviceRef: string, { dryRun = false } = {}): UpgradeResult {
  const service = serviceName('service', serviceRef);
  if (!existsSync(join(root, 'services', service)))
    throw new ScaffoldInputError(`service: services/${service} does not exist.`);
  const records = readRecords(root, service);
  if (records.length === 0)
    throw new ScaffoldInputError(
      `service: services/${service} was not created by a Stratum template (no .scaffold records); nothing to upgrade.`,
    );
  const templates: TemplateUpgrade[] = [];
  let conflicts = 0;
  for (const record of records) {
    const one = upgradeOne(root, service, record, dryRun);
    templates.push(one.upgrade);
    conflicts += one.conflicts;
  }
  return { service, templates, conflicts };
}
