import { openHubDatabase } from './hub-store'
import { createMembers, type Members } from './members'

/** The hub's members, opened from its data folder while the hub may be running (SQLite WAL lets both write). */
export function openHubMembers(dataDir: string): { members: Members; close(): void } {
  const db = openHubDatabase(dataDir)
  return { members: createMembers(db), close: () => db.close() }
}
