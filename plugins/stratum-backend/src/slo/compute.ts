// Judging the platform SLOs lives in @stratum/slo, shared with `stratum slo check`.
export { judgeSlos, SLO_DEFINITIONS } from '@stratum/slo';
