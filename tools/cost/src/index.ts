export {
  DEFAULT_PRICE_SHEET,
  parsePriceSheet,
  readPriceSheet,
  type PriceBasis,
  type PriceRow,
  type PriceSheet,
} from './sheet';
export type { PlanJson } from './plan-json';
export { HOURS_PER_MONTH, type CostComponent } from './pricers';
export {
  estimatePlanCost,
  type CostAction,
  type ResourceCost,
  type StackCost,
  type UnpricedResource,
} from './estimate';
export { rollUpCosts, type ChangeSetCost, type CostGroup, type OwnedStackCost } from './rollup';
export { costMarkdown } from './markdown';
