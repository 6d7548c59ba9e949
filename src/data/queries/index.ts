export * from './filters';
export * from './measure';
export * from './overview';
export * from './compare';
export * from './trends';
export * from './compliance';
export * from './report';
export * from './tables';
