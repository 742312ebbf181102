import { finding, type Rule } from '../check-input'

/**
 * Approved once, then changed or sent back: what an editor vouched for is not
 * what would go out, so it is approved again before it is published. An
 * article never approved is the desk's own business, as before.
 */
export const approvalRule: Rule = ({ approvalLapsed }) => (approvalLapsed ? [finding('approval_needed', { kind: 'meta', field: 'status' })] : [])
