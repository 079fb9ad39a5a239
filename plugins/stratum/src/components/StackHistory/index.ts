export { EnvironmentSelect, useEnvironmentChoice } from './EnvironmentChoice';
export type { EnvironmentChoice } from './EnvironmentChoice';
export { StackHistory } from './StackHistory';
export { StackHistoryTable } from './StackHistoryTable';
