export { DEFAULT_MIRROR, terraformSettings, type TerraformSettings } from './cli-config';
export { runTerraform, terraformError, TerraformStartError, type TerraformResult } from './run';
export { validateStacks, type ValidateOptions, type ValidateResult, type ValidateTarget } from './validate';
export { summarizePlan, type PlanSummary } from './plan-summary';
export { initSerially } from './init';
export { mapBounded } from './bounded';
