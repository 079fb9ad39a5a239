import type { Knex } from 'knex';

/** One ledger schema migration (knex's migrator runs them in name order; see migrations.ts). */
export interface LedgerMigration {
  readonly name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}
