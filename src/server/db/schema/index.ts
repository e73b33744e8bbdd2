export * from './organisations';
export * from './identity';
export * from './audit';
export * from './cases';
export * from './procedures';
export * from './documents';
