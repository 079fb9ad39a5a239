import type { LedgerMigration } from './migration-types';

/**
 * Issue 14, portal approvals. `approvals.via`: null when the approver signed with their own key
 * (`stratum approve`); `portal` when the portal backend signed with its attesting key for the signed-in user
 * named in the signed text (the key registered as `stratum.dev/portal-signing-key` in services/org.yaml).
 */
export const portalApprovalsMigration: LedgerMigration = {
  name: '010_portal_approvals',
  async up(knex) {
    await knex.schema.alterTable('approvals', (t) => {
      t.string('via', 32).nullable();
    });
  },
  async down(knex) {
    await knex.schema.alterTable('approvals', (t) => {
      t.dropColumn('via');
    });
  },
};
