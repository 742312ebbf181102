export * from './operations'
export * from './errors'
export type * from './api'
export { dispatch, failure, isOperationName } from './dispatch'
