// The platform SLO records are @stratum/slo's own (its types-only entry); the trend is the portal's view of them.
export {
  PLATFORM_SLO_IDS,
  SHARED_GROUP,
  SLO_GROUP_BYS,
  type DoraMetrics,
  type DoraReport,
  type PlatformSloId,
  type PlatformSloReport,
  type SloGroup,
  type SloGroupBy,
  type SloKind,
  type SloResult,
  type SloStatus,
} from '@stratum/slo/types';

/** One bucket of `GET /slo/platform/trend`. */
export interface SloTrendPoint {
  readonly start: string;
  readonly deploys: number;
  readonly succeeded: number;
  readonly rolledBack: number;
  /** Succeeded / finished deploys; null for an empty bucket. */
  readonly successRate: number | null;
  readonly changeFailureRate: number | null;
}

/** `GET /slo/platform/trend`: deploy outcomes per bucket, oldest first. */
export interface SloTrend {
  readonly env: string | null;
  readonly window: string;
  readonly bucket: string;
  readonly points: readonly SloTrendPoint[];
}
