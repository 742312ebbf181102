import { finding, type Rule } from '../check-input'

/** No section: the page would have no place on the site, its address no {section}. */
export const sectionRule: Rule = ({ meta }) => (meta.section.trim() ? [] : [finding('section_missing', { kind: 'meta', field: 'section' })])
