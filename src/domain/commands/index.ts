/** Board commands: verb-named functions that mutate a board draft and keep it valid. */
export * from './stakeholders';
export * from './steps';
export * from './groups';
export * from './links';
export * from './team';
export * from './header';
export * from './sales';
export * from './selection';
export * from './duplicate';
export * from './bulk';
export * from './notes';
export * from './followUps';
export * from './review';
export * from './grid';
export { ID_PREFIX } from './shared';
export * from './refile';
export * from './outline';
