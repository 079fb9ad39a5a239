import { foreignMarkers } from '../foreign-markers';
import type { Rule, Target } from './rule';

/** STRAT-POL-002: skip markers of other scanners are reported as ignored, never honoured silently. */
export const foreignSkipMarkersRule: Rule = {
  id: 'STRAT-POL-002',
  checkov: [],
  title:
    'Skip markers of other scanners (checkov:skip, tfsec:ignore, trivy:ignore, ts:skip, kics-scan) are reported as ignored',
  severity: 'low',
  profile: 'baseline',
  locked: true,
  fix: 'Remove the marker; if the exception is intended, use suppressPolicy(construct, { rule, reason, owner, expires }) from @stratum/constructs.',
  check(ctx) {
    const byCheckov = new Map<string, string>();
    for (const rule of ctx.rules) for (const id of rule.checkov) byCheckov.set(id, rule.id);
    const targets: Target[] = [
      ...ctx.stack.resources,
      ...Object.entries(ctx.stack.json.module).map(([name, body]) => ({ address: `module.${name}`, body })),
      ...(ctx.stack.json.provider.aws ?? []).map((body) => ({ address: 'provider.aws', body })),
    ];
    if (ctx.stack.json.comment !== undefined)
      targets.push({ address: '(file)', body: { '//': ctx.stack.json.comment } });
    for (const target of targets) {
      for (const marker of foreignMarkers(target.body)) {
        const ours = marker.ids
          .map((id) => byCheckov.get(id.toUpperCase()))
          .filter((id): id is string => !!id);
        const hint = ours.length > 0 ? `; the matching Stratum rule is ${[...new Set(ours)].join(', ')}` : '';
        ctx.fail(target, {
          message: `${target.address} carries the ${marker.scanner} marker "${marker.text}", which the Stratum gate ignores (the finding it targets is still reported)${hint}`,
          checkov: null,
        });
      }
    }
  },
};
