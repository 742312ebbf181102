import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { SectionList } from '../../../shared/settings/newsroom-settings'

export interface SectionsStore {
  list(): string[]
  save(names: string[]): string[]
}

/**
 * The newsroom's managed list of sections. Saving replaces the whole list in
 * one transaction; articles keep the section name they were filed under even
 * when it leaves the list, so no article silently changes section.
 */
export function createSectionsStore(db: Database.Database): SectionsStore {
  const selectAll = db.prepare<[], { name: string }>('SELECT name FROM sections ORDER BY position, name')
  const clear = db.prepare('DELETE FROM sections')
  const insert = db.prepare<[number, string]>('INSERT INTO sections (position, name) VALUES (?, ?)')

  const list = (): string[] => selectAll.all().map((row) => row.name)
  const replaceTx = db.transaction((names: string[]) => {
    clear.run()
    names.forEach((name, position) => insert.run(position, name))
  })

  return {
    list,
    save(names) {
      const parsed = SectionList.safeParse(names)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!
        if (issue.code === 'custom') throw new MidadError('section_duplicate', undefined, issue.message)
        const field = ['sections', ...issue.path.map(String)].join('.')
        throw new MidadError('invalid_input', { field }, parsed.error.message)
      }
      replaceTx.immediate(parsed.data)
      return list()
    }
  }
}
