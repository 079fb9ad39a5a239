export { synthesize, type SynthesizedStack, type SynthOptions } from './synthesize';
export { loadStackClass } from './load-stack';
