import { countGraphemes } from '../../../../shared/text/graphemes'
import { finding, type Rule } from '../check-input'

const at = { kind: 'meta', field: 'headline' } as const

/** No headline is an error; one longer than the newsroom's target (in graphemes, not UTF-16 units) a warning. */
export const headlineRule: Rule = ({ meta, settings }) => {
  const headline = meta.headline.trim()
  if (!headline) return [finding('headline_missing', at)]
  const count = countGraphemes(headline)
  return count > settings.headlineTarget ? [finding('headline_over_target', at, { count, target: settings.headlineTarget })] : []
}
