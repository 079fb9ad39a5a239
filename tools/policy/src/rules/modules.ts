import { Unknown } from '../eval/value';
import type { Rule } from './rule';

/** STRAT-POL-003: module calls are reported, since the resources inside a module are not in the stack's JSON. */
export const modulesRule: Rule = {
  id: 'STRAT-POL-003',
  checkov: [],
  title: 'Terraform module calls are reported as unknown: their resources are not in the synthesized JSON',
  severity: 'medium',
  profile: 'baseline',
  fix: 'Build the resources with Stratum constructs instead of a Terraform module, so the gate can see them.',
  check(ctx) {
    for (const [name, body] of Object.entries(ctx.stack.json.module)) {
      const source = typeof body.source === 'string' ? body.source : 'unknown source';
      ctx.unknown(
        { address: `module.${name}`, body },
        new Unknown(`module.${name}`, `the resources of module "${source}" are created at plan time`),
        {
          message: `module.${name} may create resources that break any rule`,
          checkov: null,
        },
      );
    }
  },
};
