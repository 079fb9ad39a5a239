export * from './runs';
export * from './publish';
export * from './window';
export * from './slo';
export * from './adoption';
export * from './workspace';
export * from './catalog';
export * from './drift';
