import { openLedger, type Ledger } from '@stratum/ledger';
import { SHARED_GROUP, type PortalProject } from '@stratum/plugin-stratum-common';
import { sloAggregates } from '@stratum/slo';
import { COMMITS_TABLE, migratePortalTables } from '../../ledger/migrations';
import { writeGeneratedSloLedger } from '../../testing/generated-slo-ledger';
import { ledgerBackends } from '../../testing/ledgers';
import { projectMappings, SloRollup } from './rollup';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-06-30T13:17:05.123Z'); // not on a day boundary
const THRESHOLDS = { leadTime: 6 * HOUR, rollbackTime: 10 * 60_000, mttr: 2 * HOUR };

const project = (
  name: string,
  layer: string,
  owner: string | null,
  service: string | null,
): PortalProject => ({
  name,
  root: name,
  layer,
  owner,
  service,
  dependsOn: [],
});
const projects = [
  project('network', 'infrastructure', 'platform-team', null),
  project('dns', 'infrastructure', 'platform-team', null),
  project('payments-app', 'application', 'payments-team', 'payments'),
  project('payments-data', 'data', 'payments-team', 'payments'),
  project('orders-app', 'application', 'orders-team', 'orders'),
  project('orders-monitoring', 'monitoring', null, 'orders'),
];
// a project the ledger knows and the workspace no longer does: its group is `unknown`
const ledgerProjects = [...projects, { name: 'retired-app', layer: 'application' }];

const windows = [HOUR, 20 * HOUR, DAY, 7 * DAY, 30 * DAY, 90 * DAY, 400 * DAY];

for (const backend of ledgerBackends()) {
  if (backend.skip && backend.required) {
    it(`SLO rollup on ${backend.name} (STRATUM_REQUIRE_PREREQS=1)`, () => {
      throw new Error(backend.skip);
    });
    continue;
  }
  (backend.skip ? describe.skip : describe)(
    `SLO rollup on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`,
    () => {
      let ledger: Ledger;
      let cleanup: () => Promise<void>;
      let rollup: SloRollup;
      const mappings = projectMappings(projects, SHARED_GROUP);

      beforeAll(async () => {
        const db = await backend.create();
        cleanup = db.cleanup;
        ledger = await openLedger(db.connection, { root: '/' });
        await migratePortalTables(ledger.knex);
        await writeGeneratedSloLedger(ledger.knex, ledger.knex, ledgerProjects, {
          runs: 1500,
          days: 120,
          now: NOW,
        });
        rollup = new SloRollup({ ledger: ledger.knex, portal: ledger.knex, commitsTable: COMMITS_TABLE });
        await rollup.refresh(mappings);
      }, 120_000);
      afterAll(async () => {
        await ledger?.close();
        await cleanup?.();
      });

      it('runs on data with every case the SLOs tell apart', async () => {
        const scope = {
          since: NOW - 90 * DAY,
          until: NOW + 1,
          groupBy: 'owner' as const,
          projectGroups: mappings.owner,
        };
        const all = await sloAggregates(ledger.knex, { ...scope, commitsTable: COMMITS_TABLE }, THRESHOLDS);
        const overall = all.get('*')!;
        expect(overall.incidents).toBeGreaterThan(10);
        expect(overall.recovered).toBeGreaterThan(10);
        expect(overall.slowRestores).toBeGreaterThan(0);
        expect(overall.leadTime.n).toBeGreaterThan(50);
        expect(overall.leadTime.over).toBeGreaterThan(0);
        expect(overall.rollbackTime.n).toBeGreaterThan(10);
        expect(overall.drifted).toBeGreaterThan(10);
        expect([...all.keys()]).toEqual([
          '*',
          'orders-team',
          'payments-team',
          'platform-team',
          'unknown',
          'unowned',
        ]);
      });

      it('is fresh after a rebuild and gives the raw answer for every window, environment and grouping', async () => {
        expect(await rollup.isFresh(mappings)).toBe(true);
        for (const windowMs of windows) {
          for (const env of [undefined, 'prod']) {
            for (const groupBy of [null, 'layer', 'owner', 'service'] as const) {
              for (const shift of [0, 5 * HOUR + 123]) {
                const now = NOW - shift;
                const scope = {
                  env,
                  since: now - windowMs,
                  until: now + 1,
                  groupBy,
                  projectGroups: groupBy === null ? new Map<string, string>() : mappings[groupBy],
                  commitsTable: COMMITS_TABLE,
                };
                const raw = await sloAggregates(ledger.knex, scope, THRESHOLDS);
                const rolled = await rollup.aggregates(scope, THRESHOLDS, mappings);
                expect({ windowMs, env, groupBy, shift, result: rolled && [...rolled] }).toEqual({
                  windowMs,
                  env,
                  groupBy,
                  shift,
                  result: [...raw],
                });
              }
            }
          }
        }
      }, 300_000);

      it('is stale, and answers nothing, once the ledger, the commits or the project groups change', async () => {
        const other = projectMappings(
          projects.map((p) => ({ ...p, owner: 'someone-else' })),
          SHARED_GROUP,
        );
        expect(await rollup.isFresh(other)).toBe(false);
        const scope = {
          since: NOW - DAY,
          until: NOW + 1,
          groupBy: null,
          projectGroups: new Map<string, string>(),
        };
        // a window ending before the ledger's last start needs the raw query (recovery looks at later runs)
        expect(await rollup.isFresh(mappings, NOW - 30 * DAY)).toBe(false);
        await ledger
          .knex(COMMITS_TABLE)
          .insert({ git_sha: 'new', committed_at: 1, source: 'git', resolved_at: NOW });
        expect(await rollup.isFresh(mappings)).toBe(false);
        await rollup.refresh(mappings);
        expect(await rollup.isFresh(mappings)).toBe(true);
        await ledger
          .knex('runs')
          .where('status', 'running')
          .first('id')
          .then((r: { id: string }) =>
            ledger
              .knex('runs')
              .where({ id: r.id })
              .update({ status: 'failed', finished_at: NOW - HOUR }),
          );
        expect(await rollup.aggregates(scope, THRESHOLDS, mappings)).toBeUndefined();
      }, 120_000);
    },
  );
}
