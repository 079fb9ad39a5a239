export { BreakGlassBanner } from './BreakGlassBanner';
