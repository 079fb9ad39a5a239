import { planChange, planMarkdown, recordPlanAssessment } from '@stratum/deploy';
import { readPriceSheet } from '@stratum/cost';
import { terraformSettings } from '@stratum/terraform';
import { resolve } from 'node:path';
import { UsageError } from '@stratum/config';
import { parseCommandArgs, requireEnv } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { policyGate, type PolicyExceptionSink } from '../policy-gate';
import { currentActor, currentGitSha, openWorkspaceLedger } from '../run-context';
import { resolveTargets, TARGET_OPTIONS, TARGET_USAGE } from '../targets';
import { openEnvironment, openWorkspace } from '../workspace-context';
import { deletedProjects, parseConcurrency } from './deploy';

export const planCommand: Command = {
  name: 'plan',
  summary:
    'Synthesize, policy-check and terraform plan the stacks a change touches; --markdown for a PR comment.',
  usage: `Usage: stratum plan --env <env> (--affected --base <ref> | --projects a,b | --all) [--json | --markdown]

Synthesizes, runs the policy gate (a violation stops here: nothing is planned, exit 1), then runs
\`terraform plan -out\` for every stack whose Terraform JSON differs from its last successful apply, several at
once. Reports adds / changes / destroys, replaced resources, and the impact: downstream projects, services and
owner groups, the monthly cost change per stack, service and owner (offline, from the price sheet; kinds it
cannot price are listed, never counted as $0) and a risk score explained term by term. A cost increase over
the environment's policy.maxMonthlyCostIncrease fails the plan (exit 1). Projects deleted since the base
(--affected) are synthesized from the base commit and planned with \`terraform plan -destroy\` ("will be
destroyed", with what stateful resources lose). --markdown renders a pull-request comment with Cost, Risk
and destroy sections and a Mermaid graph of the deploy order.

Options:
  --env <env>        Environment. Required.
${TARGET_USAGE}
  --concurrency N    Stacks planned at once (default 4).
  --force            Plan unchanged stacks too.
  --price-sheet F    Price sheet CSV (default tools/cost/prices/aws-on-demand.csv).
  --allow-stateful-destroy   Plan the destroy of deleted projects' databases, buckets and keys as allowed.
  --json | --markdown`,
  async run(args, io) {
    const { values } = parseCommandArgs('plan', args, {
      env: { type: 'string' },
      ...TARGET_OPTIONS,
      concurrency: { type: 'string' },
      force: { type: 'boolean' },
      'allow-stateful-destroy': { type: 'boolean' },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      'price-sheet': { type: 'string' },
    });
    if (values.json && values.markdown)
      throw new UsageError('stratum plan: choose one of --json and --markdown.');
    const envName = requireEnv('plan', values.env);
    const workspace = openWorkspace(io);
    const env = openEnvironment(workspace, envName);
    const targets = await resolveTargets('plan', workspace, values, envName);
    const priceSheet = values['price-sheet']
      ? readPriceSheet(resolve(workspace.root, values['price-sheet']), values['price-sheet'])
      : readPriceSheet();
    const used: PolicyExceptionSink = { exceptions: [] };
    const ledger = await openWorkspaceLedger(workspace, io);
    try {
      const report = await planChange({
        workspace,
        env,
        projects: targets.projects,
        settings: terraformSettings(workspace.root, io.env),
        ledger,
        gitSha: currentGitSha(workspace.root, io),
        concurrency: parseConcurrency(values.concurrency),
        force: values.force ?? false,
        gate: policyGate(env, used),
        priceSheet,
        policyExceptions: () => used.exceptions,
        ...deletedProjects(targets, values['allow-stateful-destroy'] ?? false),
        renamed: targets.renamed,
      });
      const planFailed = report.refused.length > 0 || report.stacks.some((s) => s.status === 'failed');
      if (!planFailed) await recordPlanAssessment(ledger, report, currentActor(io));
      if (values.json) io.out(JSON.stringify({ ...report, deleted: targets.deleted }, null, 2));
      else if (values.markdown) io.out(planMarkdown(report));
      else {
        for (const r of report.refused) io.err(r);
        for (const s of report.stacks) {
          const c = s.counts;
          io.out(
            `${s.stack.padEnd(36)} ${s.status.padEnd(10)} ${c ? `+${c.adds} ~${c.changes} -${c.destroys}${c.replaced.length ? ` replace: ${c.replaced.join(', ')}` : ''}` : (s.error?.split('\n')[0] ?? '')}` +
              (s.reasons?.length ? ` (${s.reasons.join('; ')})` : '') +
              (s.placeholders?.length ? ` [placeholders, not appliable: ${s.placeholders.join(', ')}]` : ''),
          );
        }
        for (const s of report.destroys?.stacks ?? [])
          io.out(
            `${s.stack.padEnd(36)} ${'destroy'.padEnd(10)} ${s.counts ? `-${s.counts.destroys}` : (s.error?.split('\n')[0] ?? '')}`,
          );
        for (const line of [...(report.destroys?.lost ?? []), ...(report.destroys?.refused ?? [])])
          io.out(`destroy: ${line}`);
        io.out(
          `impact: services ${report.impact.services.join(', ') || 'none'}; owners ${report.impact.owners.join(', ') || 'none'}`,
        );
        const a = report.assessment;
        if (a) {
          io.out(
            `cost: ${a.cost.monthlyDelta >= 0 ? '+' : '-'}$${Math.abs(a.cost.monthlyDelta).toFixed(2)}/month (price sheet ${a.cost.priceSheet.asOf}` +
              `${a.cost.unpriced.length ? `; ${a.cost.unpriced.length} resource(s) not priced` : ''})`,
          );
          io.out(
            `risk: ${a.risk.score} (${a.risk.level}) ${a.risk.terms.map((t) => `${t.term} ${t.points}`).join(', ')}`,
          );
          if (a.extraApprovals.because) io.out(a.extraApprovals.because);
        }
      }
      if (report.assessment?.costRefused) {
        io.err(`stratum plan: ${report.assessment.costRefused}`);
        return EXIT.failure;
      }
      if (report.refused.length > 0) {
        if (!values.json && !values.markdown)
          io.err(
            'The policy gate refused the change: fix the findings above (or add a suppression with a reason, owner and expiry).',
          );
        return EXIT.failure;
      }
      const destroyBlocked =
        (report.destroys?.refused.length ?? 0) > 0 ||
        (report.destroys?.stacks ?? []).some((s) => s.status === 'failed');
      return report.stacks.some((s) => s.status === 'failed') || destroyBlocked ? EXIT.failure : EXIT.ok;
    } finally {
      await ledger.close();
    }
  },
};
