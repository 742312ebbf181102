import { useEffect, useMemo, useState } from 'react'
import type { Person } from '../../../shared/people/person'
import { useBackend } from '../backend/backend-context'
import { reportProblem } from '../backend/report-problem'

/**
 * Everyone the desk knows, for names, colours and @mentions. Read again when
 * `someoneNew` changes (an id the list did not have turned up in a thread).
 */
export function useKnownPeople(someoneNew: string): Map<string, Person> {
  const { api } = useBackend()
  const [people, setPeople] = useState<Person[]>([])
  useEffect(() => {
    let live = true
    void api.listPeople({}).then((listed) => {
      if (!live) return
      if (listed.ok) setPeople(listed.value)
      else reportProblem(api, 'listPeople', listed.error)
    })
    return () => {
      live = false
    }
  }, [api, someoneNew])
  return useMemo(() => new Map(people.map((person) => [person.id, person])), [people])
}
