import type { MessageKey } from '../../../shared/i18n/ar'
import type { Translate } from './locale-context'

// A journalist's words inside an interface sentence keep their own direction:
// an Arabic section name in an English line («277 · اقتصاد words») would
// otherwise pull the numbers and punctuation around it into its own run.

const FIRST_STRONG_ISOLATE = '\u2068'
const POP_DIRECTIONAL_ISOLATE = '\u2069'

/** For plain strings (a select's option, a notice kept as text): FSI … PDI around the user's words. */
export function isolated(userText: string): string {
  return `${FIRST_STRONG_ISOLATE}${userText}${POP_DIRECTIONAL_ISOLATE}`
}

// A character no message or headline uses, to find where the parameter landed.
const SLOT = '\uE000'

interface Props {
  t: Translate
  id: MessageKey
  /** The parameter that holds the journalist's words. */
  param: string
  value: string
  params?: Record<string, string | number>
}

/** An interface message with the journalist's words in a <bdi>, so the sentence reads in order in either language. */
export function UserTextMessage({ t, id, param, value, params }: Props) {
  const parts = t(id, { ...params, [param]: SLOT }).split(SLOT)
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 && <bdi>{value}</bdi>}
          {part}
        </span>
      ))}
    </>
  )
}
