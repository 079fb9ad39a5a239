// The behaviour every ledger database must show: run once against SQLite and once against PostgreSQL.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { after, before, describe } from 'node:test';
import type { Ledger } from '../ledger';
import { openLedger, type OpenLedgerOptions } from '../open';
import { complianceContract } from './contract-compliance';
import { durationsContract } from './contract-durations';
import { destroysContract } from './contract-destroys';
import { leasesContract } from './contract-leases';
import { approvalsContract } from './contract-approvals';
import { locksContract } from './contract-locks';
import { outputEdgesContract } from './contract-outputs';
import { planAssessmentsContract } from './contract-plan-assessments';
import { pruningContract } from './contract-pruning';
import { queueContract } from './contract-queue';
import { recordsContract } from './contract-records';
import { schemaMigrationsContract } from './contract-schema-migrations';
import type { ContractFixture } from './contract-support';

export interface ContractTarget {
  /** What `openLedger` gets: a SQLite path or a PostgreSQL URL. */
  readonly location: string;
  cleanup(): Promise<void>;
}

/** Registers the whole contract suite; `skip` (a reason) skips it, `makeTarget` creates an empty database. */
export function ledgerContract(
  label: string,
  makeTarget: () => Promise<ContractTarget | undefined>,
  skip?: string,
): void {
  describe(`ledger contract on ${label}`, { skip }, () => {
    let target: ContractTarget | undefined;
    let fixture: ContractFixture | undefined;

    before(async () => {
      target = await makeTarget();
      assert.ok(target, 'no test database');
      const location = target.location;
      const open = (options: OpenLedgerOptions = {}): Promise<Ledger> =>
        openLedger(location, { root: tmpdir(), ...options });
      fixture = { ledger: await open(), location, open };
    });
    after(async () => {
      await fixture?.ledger.close();
      await target?.cleanup();
    });

    const access = (): ContractFixture => {
      assert.ok(fixture, 'the suite did not start');
      return fixture;
    };
    recordsContract(access);
    locksContract(access);
    complianceContract(access);
    durationsContract(access);
    outputEdgesContract(access);
    destroysContract(access);
    leasesContract(access);
    approvalsContract(access);
    pruningContract(access);
    planAssessmentsContract(access);
    schemaMigrationsContract(access);
    queueContract(access);
  });
}
