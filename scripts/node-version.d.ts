export const NEEDED: { major: number; minor: number }
export function isNodeRecentEnough(version: string): boolean
export function nodeVersionProblem(version: string, env: Record<string, string | undefined>): string | null
