import type { Finding, PolicyReport, SuppressedFinding } from './types';

/** One violation, warning or unknown in the JSON report. */
export interface FindingJson {
  readonly file: string;
  readonly address: string;
  readonly rule: string;
  readonly checkov: string | null;
  /** Every checkov id that applies, `checkov` first. */
  readonly checkovIds: readonly string[];
  /** Companion resources cited as evidence (the bucket's ACL, access block or encryption configuration). */
  readonly evidence: readonly string[];
  readonly severity: string;
  readonly message: string;
  readonly fix: string;
}

/** The `--json` report of `stratum policy`. */
export interface PolicyReportJson {
  readonly passed: boolean;
  readonly profile: string;
  readonly blockingSeverities: readonly string[];
  readonly unknownBlocks: boolean;
  readonly files: readonly string[];
  readonly violations: readonly FindingJson[];
  readonly warnings: readonly FindingJson[];
  readonly unknown: readonly (FindingJson & { readonly blocking: boolean })[];
  readonly suppressed: readonly SuppressedFinding[];
}

export function toPolicyJson(report: PolicyReport): PolicyReportJson {
  const plain = (f: Finding): FindingJson => ({
    file: f.file,
    address: f.address,
    rule: f.rule,
    checkov: f.checkov,
    checkovIds: f.checkovIds,
    evidence: f.evidence,
    severity: f.severity,
    message: f.message,
    fix: f.fix,
  });
  return {
    passed: report.passed,
    profile: report.profile,
    blockingSeverities: report.blockingSeverities,
    unknownBlocks: report.unknownBlocks,
    files: report.files,
    violations: report.violations.map(plain),
    warnings: report.warnings.map(plain),
    unknown: report.unknown.map((f) => ({ ...plain(f), blocking: f.blocking })),
    suppressed: report.suppressed,
  };
}

/** The `--json` output: the report as indented JSON text. */
export function formatPolicyJson(report: PolicyReport): string {
  return `${JSON.stringify(toPolicyJson(report), null, 2)}\n`;
}

/** The exit code the CLI uses: 0 when the gate passes, 1 when something blocks (2 is for PolicyInputError). */
export function policyExitCode(report: PolicyReport): 0 | 1 {
  return report.passed ? 0 : 1;
}

const COLUMNS = ['FILE', 'RESOURCE', 'RULE', 'CHECKOV', 'SEVERITY', 'MESSAGE', 'FIX'] as const;

/** Human output: one table per section (violations, unknown, warnings, suppressed) and a verdict line. */
export function formatPolicyText(report: PolicyReport): string {
  const out: string[] = [];
  const section = (title: string, findings: readonly Finding[]): void => {
    if (findings.length === 0) return;
    out.push(`${title} (${findings.length})`);
    out.push(
      table(
        COLUMNS,
        findings.map((f) => [
          f.file,
          f.address,
          f.rule,
          f.checkovIds.length > 0 ? f.checkovIds.join(', ') : '-',
          f.severity,
          f.message,
          f.fix,
        ]),
      ),
      '',
    );
  };
  section('Violations', report.violations);
  section(
    report.unknownBlocks ? 'Unknown (blocking in this profile)' : 'Unknown (not blocking)',
    report.unknown,
  );
  section('Warnings (below the blocking severity)', report.warnings);
  if (report.suppressed.length > 0) {
    out.push(`Suppressed in code (${report.suppressed.length})`);
    out.push(
      table(
        ['FILE', 'RESOURCE', 'RULE', 'OWNER', 'EXPIRES', 'REASON', 'SUPPRESSED'],
        report.suppressed.map((s) => [s.file, s.address, s.rule, s.owner, s.expires, s.reason, s.message]),
      ),
      '',
    );
  }
  const blocking = report.blockingSeverities.join(', ');
  const counts = `${report.violations.length} violation(s), ${report.unknown.length} unknown, ${report.warnings.length} warning(s), ${report.suppressed.length} suppressed`;
  out.push(
    `policy ${report.passed ? 'passed' : 'FAILED'}: ${counts} in ${report.files.length} file(s); profile ${report.profile} blocks ${blocking}${report.unknownBlocks ? ' and unknowns' : ''}.`,
  );
  return `${out.join('\n')}\n`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.min(80, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
