export { SloPage } from './SloPage';
