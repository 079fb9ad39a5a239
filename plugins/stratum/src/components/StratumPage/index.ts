export { StratumPage } from './StratumPage';
