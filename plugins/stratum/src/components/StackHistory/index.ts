export { EnvironmentPicker } from './EnvironmentPicker';
export { StackHistory } from './StackHistory';
export { StackHistoryTable } from './StackHistoryTable';
