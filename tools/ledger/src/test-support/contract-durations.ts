// Contract tests for measured apply times (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FixtureAccess, run } from './contract-support';

export function durationsContract(fixture: FixtureAccess): void {
  test('apply durations are the mean time from planning to succeeded per stack, in one environment', async () => {
    const { ledger } = fixture();
    const t0 = Date.now() - 3600_000;
    for (const [i, ms] of [20_000, 40_000].entries()) {
      const r = await ledger.createRun({ env: 'timed', ...run });
      const at = (offset: number) => new Date(t0 + i * 100_000 + offset);
      const event = {
        project: 'network',
        stack: 'network-us-east-1',
        layer: 'infrastructure',
        region: 'us-east-1',
      };
      await ledger.recordStackEvent(r.id, { ...event, status: 'planning', at: at(0) });
      await ledger.recordStackEvent(r.id, { ...event, status: 'applying', at: at(5_000) });
      await ledger.recordStackEvent(r.id, { ...event, status: 'succeeded', at: at(ms) });
      await ledger.finishRun(r.id, { status: 'succeeded', error: null });
    }
    const other = await ledger.createRun({ env: 'elsewhere', ...run });
    const far = { project: 'network', stack: 'network-us-east-1', layer: 'infrastructure' };
    await ledger.recordStackEvent(other.id, { ...far, status: 'planning', at: new Date(t0) });
    await ledger.recordStackEvent(other.id, { ...far, status: 'succeeded', at: new Date(t0 + 900_000) });

    const durations = await ledger.applyDurations('timed', ['network-us-east-1', 'app-us-east-1']);
    assert.deepEqual([...durations], [['network-us-east-1', 30_000]]);
  });
}
