import { namedBylines } from '../../../../shared/article/meta'
import { finding, type Rule } from '../check-input'

/** No byline: the page would not say who wrote it (an agency, a desk, a reporter). */
export const bylineRule: Rule = ({ meta }) => (namedBylines(meta).length === 0 ? [finding('byline_missing', { kind: 'meta', field: 'bylines' })] : [])
