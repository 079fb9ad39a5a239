import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  committedManifest,
  CORPUS_SPEC_DIR,
  findCorpus,
  judgeCorpus,
  readQueries,
  scoreByRule,
} from './kics';

interface Disagreement {
  readonly sample: string;
  readonly address: string;
  readonly outcome: 'missed' | 'false-positive';
  readonly reason: string;
}

const disagreements = (
  JSON.parse(readFileSync(join(CORPUS_SPEC_DIR, 'disagreements.json'), 'utf8')) as {
    disagreements: Disagreement[];
  }
).disagreements;
const dir = findCorpus();
// The converted samples are KICS's test data and are not committed: see tools/policy/README.md, "Peer corpus".
const skip = dir
  ? false
  : 'the converted KICS corpus is not on this machine (run tools/policy/corpus/kics/convert.py, or set STRATUM_POLICY_CORPUS)';

describe('the KICS peer corpus', () => {
  test('every query maps to a rule, and every documented disagreement has a reason', () => {
    const manifest = committedManifest();
    assert.match(manifest.commit, /^[0-9a-f]{40}$/);
    const queries = new Set(readQueries().map((q) => q.query));
    for (const sample of manifest.samples) assert.ok(queries.has(sample.query), sample.sample);
    for (const d of disagreements) assert.ok(d.reason.length > 40, `${d.sample}: give a reason`);
  });

  test('the converted corpus on this machine is the one the manifest names', { skip }, () => {
    const local = JSON.parse(readFileSync(join(dir!, 'manifest.json'), 'utf8')) as ReturnType<
      typeof committedManifest
    >;
    const committed = committedManifest();
    assert.equal(local.commit, committed.commit);
    assert.deepEqual(
      local.samples.map((s) => [s.sample, s.sha256, s.expected]),
      committed.samples.map((s) => [s.sample, s.sha256, s.expected]),
    );
    for (const sample of local.samples) {
      const json = JSON.parse(readFileSync(join(dir!, sample.json), 'utf8')) as Record<string, unknown>;
      assert.ok(Object.keys(json).length > 0, `${sample.json} is empty`);
    }
  });

  test(
    'every miss and false positive is a documented disagreement, and each one still happens',
    { skip },
    () => {
      const verdicts = judgeCorpus(dir!);
      const wrong = verdicts.filter((v) => v.outcome === 'missed' || v.outcome === 'false-positive');
      const key = (sample: string, address: string, outcome: string): string =>
        `${sample} ${address} ${outcome}`;
      const documented = new Set(disagreements.map((d) => key(d.sample, d.address, d.outcome)));
      const undocumented = wrong.filter((v) => !documented.has(key(v.sample.sample, v.address, v.outcome)));
      assert.deepEqual(
        undocumented.map((v) => `${v.outcome}: ${v.sample.sample} ${v.address} ${v.finding?.message ?? ''}`),
        [],
      );
      const happening = new Set(wrong.map((v) => key(v.sample.sample, v.address, v.outcome)));
      const stale = disagreements.filter((d) => !happening.has(key(d.sample, d.address, d.outcome)));
      assert.deepEqual(stale, [], 'remove disagreements that no longer happen');
      assert.ok(wrong.filter((v) => v.outcome === 'false-positive').length <= 2, 'at most 2 false positives');
    },
  );

  test('per rule, every expected finding outside the documented disagreements is caught', { skip }, () => {
    const verdicts = judgeCorpus(dir!);
    const scores = scoreByRule(verdicts);
    for (const score of scores) {
      const documentedMisses = disagreements.filter(
        (d) =>
          d.outcome === 'missed' &&
          verdicts.some((v) => v.sample.sample === d.sample && v.sample.rule === score.rule),
      ).length;
      assert.equal(score.missed, documentedMisses, score.rule);
    }
    assert.ok(scores.reduce((n, s) => n + s.expected, 0) >= 40, 'the corpus has its positives');
  });
});
