export { EntityStratumResourceContent } from './EntityStratumResourceContent';
