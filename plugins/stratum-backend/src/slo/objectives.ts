// The objectives file (tools/portal/platform-slos.yaml) is read by @stratum/slo, shared with `stratum slo check`.
export { DEFAULT_OBJECTIVES_FILE, ObjectivesFile, parseObjectives, type Objectives } from '@stratum/slo';
