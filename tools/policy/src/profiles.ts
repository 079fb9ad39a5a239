import { environmentFile, ConfigError, type Environment } from '@stratum/config';
import type { ProfileName, RuleMeta, Severity } from './types';
import { SEVERITIES } from './types';

/** What a profile enables and what fails the gate under it. */
export interface ProfileDefinition {
  readonly name: ProfileName;
  /** Rules whose `profile` is this one or a lower one are enabled. */
  readonly rank: number;
  /** Findings at this severity or above fail the gate; lower ones are warnings. */
  readonly blockAt: Severity;
  /** Whether unknown findings (at a blocking severity) fail the gate too. */
  readonly unknownBlocks: boolean;
  readonly description: string;
}

export const PROFILES: Readonly<Record<ProfileName, ProfileDefinition>> = {
  baseline: {
    name: 'baseline',
    rank: 0,
    blockAt: 'high',
    unknownBlocks: false,
    description:
      'Throwaway environments (local): exposure to the internet, admin IAM and plain-text secrets only; high and critical block.',
  },
  standard: {
    name: 'standard',
    rank: 1,
    blockAt: 'medium',
    unknownBlocks: false,
    description:
      'Shared environments (dev, staging): every rule but production-only ones; medium and above block, low warns.',
  },
  strict: {
    name: 'strict',
    rank: 2,
    blockAt: 'low',
    unknownBlocks: true,
    description:
      'Production: every rule; every finding blocks, including values the gate cannot evaluate before apply.',
  },
};

/** The policy settings of an environment file (`policy:` in environments/<env>.yaml). */
export interface PolicySettings {
  /** @default 'standard' */
  readonly profile?: ProfileName;
  /** Per-rule severity, or `off`. */
  readonly overrides?: Readonly<Record<string, Severity | 'off'>>;
  /** The file the settings come from, for error messages. @default 'environments/<env>.yaml' or 'policy settings' */
  readonly source?: string;
}

/** A rule enabled in a run, at its effective severity. */
export interface EnabledRule<R extends RuleMeta = RuleMeta> {
  readonly rule: R;
  readonly severity: Severity;
}

/** The settings of an environment, or the default (standard, no overrides). */
export function settingsOf(env: Environment | undefined): PolicySettings {
  if (!env) return { profile: 'standard', overrides: {}, source: 'policy settings' };
  return {
    profile: env.policy.profile,
    overrides: env.policy.overrides,
    source: environmentFile(env.name),
  };
}

/**
 * The rules a profile enables with their severity, after overrides. An override naming an unknown rule or
 * a gate-integrity (locked) rule is a ConfigError naming the file and the key.
 */
export function enabledRules<R extends RuleMeta>(
  rules: readonly R[],
  settings: PolicySettings,
): EnabledRule<R>[] {
  const profile = PROFILES[settings.profile ?? 'standard'];
  const overrides = settings.overrides ?? {};
  const source = settings.source ?? 'policy settings';
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const [id, value] of Object.entries(overrides)) {
    const rule = byId.get(id);
    const path = `policy.overrides.${id}`;
    if (!rule)
      throw new ConfigError(
        `${source}: ${path} names no rule; known rules are ${[...byId.keys()].join(', ')}.`,
        source,
        path,
      );
    if (rule.locked)
      throw new ConfigError(
        `${source}: ${path}: ${id} guards the gate itself and cannot be overridden (found ${JSON.stringify(value)}); remove the key.`,
        source,
        path,
      );
  }
  const out: EnabledRule<R>[] = [];
  for (const rule of rules) {
    const override = overrides[rule.id];
    if (override === 'off') continue;
    if (override) out.push({ rule, severity: override });
    else if (PROFILES[rule.profile].rank <= profile.rank) out.push({ rule, severity: rule.severity });
  }
  return out;
}

/** Severities that fail the gate under a profile, lowest first. */
export function blockingSeverities(profile: ProfileName): Severity[] {
  return SEVERITIES.slice(SEVERITIES.indexOf(PROFILES[profile].blockAt));
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
