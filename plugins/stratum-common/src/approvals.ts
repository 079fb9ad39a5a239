/** One stored approval as the portal shows it, with whether it counts and why not. */
export interface PortalApproval {
  readonly approver: string;
  /** `portal`: signed by the portal for its signed-in user; null: the approver's own key (`stratum approve`). */
  readonly via: 'portal' | null;
  readonly signedAt: string;
  readonly counts: boolean;
  readonly reason?: string;
}

/** Whether the signed-in identity may approve in the portal, and if not, why (guest, no signing key, ...). */
export interface ApprovingState {
  readonly enabled: boolean;
  /** The signed-in user's entity ref, when there is one. */
  readonly userEntityRef: string | null;
  readonly reason?: string;
}

/** A sha that succeeded in the source environment and is not yet in the gated target. */
export interface PendingSha {
  readonly gitSha: string;
  /** The source run it succeeded in (newest), and when. */
  readonly sourceRunId: string;
  readonly succeededAt: string;
  /** True for the source's last deploy: what `stratum promote` would deploy now. */
  readonly promotable: boolean;
  readonly approvals: readonly PortalApproval[];
  /** Distinct approvers that count so far (the promoter's own approval will not). */
  readonly counted: readonly string[];
  /** The newest `stratum plan` of this sha for the target: its monthly cost change and risk; null when never planned there. */
  readonly plan: PlannedChange | null;
}

/** What `stratum plan` recorded for a commit in an environment (the ledger's plan assessment). */
export interface PlannedChange {
  /** USD per month, signed. */
  readonly monthlyDelta: number;
  readonly riskScore: number;
  readonly riskLevel: string;
  readonly plannedAt: string;
}

/** One gated environment (`promotion.from` in its file) and its pending promotions. */
export interface PendingPromotion {
  readonly env: string;
  readonly from: string;
  readonly required: number;
  readonly approvers: readonly string[];
  readonly pending: readonly PendingSha[];
}

/** `GET /api/stratum/promotions/pending`. */
export interface PendingPromotions {
  readonly approving: ApprovingState;
  readonly environments: readonly PendingPromotion[];
}

/** A break-glass run and who approved it after the fact (empty: still waiting; the banner shows it). */
export interface BreakGlassRun {
  readonly runId: string;
  readonly env: string;
  readonly gitSha: string;
  readonly actor: string;
  readonly reason: string;
  readonly startedAt: string;
  readonly approvedBy: readonly string[];
}

/** `GET /api/stratum/break-glass`: break-glass runs still waiting for an approval after the fact. */
export interface BreakGlassRuns {
  readonly approving: ApprovingState;
  readonly waiting: readonly BreakGlassRun[];
}

/** `POST /api/stratum/promotions/approvals` body. */
export interface ApprovePromotionRequest {
  readonly env: string;
  readonly gitSha: string;
}

/** The answer of both approval POSTs. */
export interface PortalApprovalResult {
  readonly approver: string;
  readonly env: string;
  readonly gitSha: string;
  readonly runId: string | null;
  readonly signedAt: string;
}
