import type { Person } from '../../../shared/people/person'
import { useT } from '../i18n/locale-context'

/** A person as review names them: their colour, then their name; someone the desk has not met is named so. */
export function PersonName({ id, people }: { id: string | null; people: ReadonlyMap<string, Person> }) {
  const t = useT()
  const person = id ? people.get(id) : undefined
  return (
    <span className="person-name">
      {person && <span className="person-swatch" style={{ backgroundColor: person.colour }} aria-hidden="true" />}
      <bdi>{person?.name ?? t('review.someone')}</bdi>
    </span>
  )
}
