export * from './services';
export * from './responsibility';
export * from './small-counts';
export * from './cooperation';
export * from './graph';
export * from './ags';
