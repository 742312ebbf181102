import type { Migration } from './migration'

/**
 * The steps must be numbered 1, 2, 3… in order, with none missing and none
 * twice: a gap or a swap would leave some databases a step behind others
 * that claim the same version.
 */
export function checkMigrationOrder<T extends readonly Migration[]>(list: T): T {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`schema step ${index + 1} is numbered ${migration.version}: steps must run 1, 2, 3… with no gap`)
    }
  })
  return list
}
