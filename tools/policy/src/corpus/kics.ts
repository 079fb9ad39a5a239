import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluatePolicy } from '../engine';
import { readTerraformJson } from '../load/read';
import type { Finding } from '../types';

/**
 * The peer corpus: KICS's positive and negative Terraform samples for the queries that map to a Stratum
 * rule (tools/policy/corpus/kics/queries.json), converted to Terraform JSON by corpus/kics/convert.py.
 * The converted samples are KICS's test data and are not committed; the committed manifest records the
 * source commit, each sample's sha256 and the addresses KICS expects findings on.
 */
export const CORPUS_SPEC_DIR = resolve(__dirname, '..', '..', 'corpus', 'kics');
const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

export interface CorpusQuery {
  readonly query: string;
  readonly rule: string;
  /** A finding counts for the query only with one of these checkov ids (empty: any finding of the rule). */
  readonly checkov: readonly string[];
}

export interface CorpusSample {
  readonly query: string;
  readonly rule: string;
  /** Path of the HCL sample in the KICS repository. */
  readonly sample: string;
  readonly sha256: string;
  /** The converted sample, relative to the corpus folder. */
  readonly json: string;
  readonly kind: 'positive' | 'negative';
  /** Addresses KICS reports the query on (`module.x` when the resource is inside a registry module). */
  readonly expected: readonly string[];
}

export interface CorpusManifest {
  readonly source: string;
  readonly commit: string;
  readonly samples: readonly CorpusSample[];
}

/** What Stratum made of one expected finding or one negative sample. */
export interface CorpusVerdict {
  readonly sample: CorpusSample;
  /** The expected address (positives) or the address Stratum flagged (false positives). */
  readonly address: string;
  readonly outcome: 'caught-fail' | 'caught-unknown' | 'missed' | 'out-of-scope' | 'false-positive';
  /** The Stratum finding behind the verdict, when there is one. */
  readonly finding?: Finding;
}

export function readQueries(): readonly CorpusQuery[] {
  return (
    JSON.parse(readFileSync(join(CORPUS_SPEC_DIR, 'queries.json'), 'utf8')) as { queries: CorpusQuery[] }
  ).queries;
}

/** The committed manifest: what the converted corpus must be. */
export function committedManifest(): CorpusManifest {
  return JSON.parse(readFileSync(join(CORPUS_SPEC_DIR, 'manifest.json'), 'utf8')) as CorpusManifest;
}

/**
 * Where the converted corpus is: STRATUM_POLICY_CORPUS, else `.bench-tools/policy-corpus/kics` in the
 * repository, else `shared/policy-corpus/kics` beside it; undefined when none has a manifest.
 */
export function findCorpus(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [
    env.STRATUM_POLICY_CORPUS,
    join(REPO_ROOT, '.bench-tools', 'policy-corpus', 'kics'),
    join(REPO_ROOT, '..', 'shared', 'policy-corpus', 'kics'),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'manifest.json')));
}

/**
 * Runs the gate (strict profile, every rule) on each sample and judges it the way KICS's own tests do:
 * a positive is caught when the mapped rule reports the expected resource (as its address or as the
 * evidence it cites) under one of the query's checkov ids; a `fail` of that rule and id in a negative
 * sample is a false positive. Expected findings on `module` calls are out of scope: the module's
 * resources are not in the JSON (STRAT-POL-003 reports the call as unknown).
 */
export function judgeCorpus(dir: string, now = new Date('2026-01-15T00:00:00Z')): CorpusVerdict[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
  const queries = new Map(readQueries().map((q) => [q.query, q]));
  const verdicts: CorpusVerdict[] = [];
  for (const sample of manifest.samples) {
    const query = queries.get(sample.query);
    if (!query)
      throw new Error(`${join(dir, 'manifest.json')}: query "${sample.query}" is not in queries.json`);
    const report = evaluatePolicy([readTerraformJson(join(dir, sample.json))], {
      settings: { profile: 'strict' },
      now,
    });
    const counted = [...report.violations, ...report.warnings, ...report.unknown].filter(
      (f) =>
        f.rule === query.rule &&
        (query.checkov.length === 0 || f.checkovIds.some((id) => query.checkov.includes(id))),
    );
    if (sample.kind === 'negative') {
      for (const finding of counted.filter((f) => f.status === 'fail'))
        verdicts.push({ sample, address: finding.address, outcome: 'false-positive', finding });
      continue;
    }
    for (const address of sample.expected) {
      if (address.startsWith('module.')) {
        verdicts.push({ sample, address, outcome: 'out-of-scope' });
        continue;
      }
      const about = counted.filter((f) => f.address === address || f.evidence.includes(address));
      const finding = about.find((f) => f.status === 'fail') ?? about[0];
      const outcome = !finding ? 'missed' : finding.status === 'fail' ? 'caught-fail' : 'caught-unknown';
      verdicts.push({ sample, address, outcome, ...(finding ? { finding } : {}) });
    }
  }
  return verdicts;
}

export interface RuleScore {
  readonly rule: string;
  readonly expected: number;
  readonly caughtFail: number;
  readonly caughtUnknown: number;
  readonly missed: number;
  readonly outOfScope: number;
  readonly falsePositives: number;
  /** (caught as fail or unknown) / expected in scope; 1 when nothing is expected. */
  readonly recall: number;
}

/** Per-rule recall and false positives, in rule order. */
export function scoreByRule(verdicts: readonly CorpusVerdict[]): RuleScore[] {
  const rules = [...new Set(verdicts.map((v) => v.sample.rule))].sort();
  return rules.map((rule) => {
    const mine = verdicts.filter((v) => v.sample.rule === rule);
    const count = (outcome: CorpusVerdict['outcome']): number =>
      mine.filter((v) => v.outcome === outcome).length;
    const caughtFail = count('caught-fail');
    const caughtUnknown = count('caught-unknown');
    const missed = count('missed');
    const expected = caughtFail + caughtUnknown + missed;
    return {
      rule,
      expected,
      caughtFail,
      caughtUnknown,
      missed,
      outOfScope: count('out-of-scope'),
      falsePositives: count('false-positive'),
      recall: expected === 0 ? 1 : (caughtFail + caughtUnknown) / expected,
    };
  });
}
