// Test support for the shells' tests, never for production code.
export { failureOf } from './failure-of'
export { handlerOptionsIn } from './handler-options'
