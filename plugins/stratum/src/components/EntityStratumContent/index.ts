export { EntityStratumContent } from './EntityStratumContent';
