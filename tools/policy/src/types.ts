/** How bad a finding is. Which severities fail the gate depends on the profile (see profiles.ts). */
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** A set of enabled rules and a blocking threshold; environments pick one (`policy.profile`). */
export type ProfileName = 'baseline' | 'standard' | 'strict';

/** What a rule is, for reports, docs and the checkov comparison. */
export interface RuleMeta {
  /** Stable id, `STRAT-<AREA>-NNN`; used in suppressions and environment overrides. */
  readonly id: string;
  /** The checkov checks that cover the same ground (empty when checkov has none). */
  readonly checkov: readonly string[];
  /** One line: what the rule requires. */
  readonly title: string;
  /** Severity before environment overrides. */
  readonly severity: Severity;
  /** The lowest profile that enables the rule (`baseline` rules run everywhere). */
  readonly profile: ProfileName;
  /** How to fix a violation. */
  readonly fix: string;
  /** Gate-integrity rules: no environment override and no suppression applies to them. */
  readonly locked?: boolean;
}

/** One result of one rule on one resource. */
export interface Finding {
  readonly file: string;
  /** Terraform address: `aws_security_group.web`, `data.aws_iam_policy_document.x`, `provider.aws`. */
  readonly address: string;
  /** cdktf construct path, when the JSON carries it (`network/web-sg`). */
  readonly constructPath?: string;
  readonly rule: string;
  /** The matching checkov id for this finding, or null when checkov has no such check. */
  readonly checkov: string | null;
  /** Every checkov id the finding corresponds to, `checkov` first (`public-read-write` is CKV_AWS_57 and CKV_AWS_20). */
  readonly checkovIds: readonly string[];
  /** Companion resources that show the problem, e.g. the `aws_s3_bucket_acl` of a bucket finding. */
  readonly evidence: readonly string[];
  /** Severity in the environment's profile, after overrides. */
  readonly severity: Severity;
  /** `fail`: the resource violates the rule. `unknown`: a value the rule needs is known only at plan or apply time. */
  readonly status: 'fail' | 'unknown';
  readonly message: string;
  readonly fix: string;
  /** Whether this finding fails the gate in the environment's profile. */
  readonly blocking: boolean;
}

/** A finding set aside by a valid, unexpired suppression in code, or a suppression that matched nothing. */
export interface SuppressedFinding {
  readonly file: string;
  readonly address: string;
  readonly rule: string;
  readonly checkov: string | null;
  readonly severity: Severity | null;
  /** The suppressed finding's message, or a note that the suppression matched nothing. */
  readonly message: string;
  readonly reason: string;
  readonly owner: string;
  /** Last day the suppression applies, `YYYY-MM-DD`. */
  readonly expires: string;
  /** False when no finding matched: the suppression can be removed. */
  readonly matched: boolean;
}

export interface PolicyReport {
  readonly profile: ProfileName;
  /** Severities that fail the gate in this profile, lowest first. */
  readonly blockingSeverities: readonly Severity[];
  /** Whether unknown findings fail the gate in this profile. */
  readonly unknownBlocks: boolean;
  readonly files: readonly string[];
  /** Failing findings at a blocking severity: the gate fails when there is one. */
  readonly violations: readonly Finding[];
  /** Failing findings below the blocking severity: reported, not blocking. */
  readonly warnings: readonly Finding[];
  /** Findings whose values are known only at plan or apply time. */
  readonly unknown: readonly Finding[];
  /** Every active suppression, with what it suppressed. */
  readonly suppressed: readonly SuppressedFinding[];
  /** True when nothing blocks: no violation and no blocking unknown. */
  readonly passed: boolean;
}
