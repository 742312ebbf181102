// Which Node Midad runs on, in plain JavaScript that any Node can parse: it is
// loaded before anything else, above all before better-sqlite3, whose native
// module built for a newer Node dies on an older one without a word.

/** The oldest Node Midad runs on (package.json engines). */
export const NEEDED = { major: 22, minor: 12 }

/**
 * @param {string} version process.versions.node, e.g. "20.11.1"
 * @returns {boolean}
 */
export function isNodeRecentEnough(version) {
  const [major, minor] = String(version).split('.').map((part) => Number.parseInt(part, 10))
  if (!Number.isFinite(major) || !Number.isFinite(minor)) return false
  return major > NEEDED.major || (major === NEEDED.major && minor >= NEEDED.minor)
}

/**
 * The one line said when this Node is too old, in the terminal's language
 * (MIDAD_LOCALE, else LC_ALL / LC_MESSAGES / LANG; Arabic unless English), or
 * null when it will do.
 * @param {string} version
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function nodeVersionProblem(version, env) {
  if (isNodeRecentEnough(version)) return null
  const needed = `${NEEDED.major}.${NEEDED.minor}`
  const setting = env.MIDAD_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  const english = setting.trim().toLowerCase().startsWith('en')
  return english
    ? `Midad needs Node.js ${needed} or newer; this is Node.js ${version}. Install Node.js ${needed}+ (then run npm ci again).`
    : `يحتاج مداد إلى Node.js ‏${needed} أو أحدث؛ وهذا Node.js ‏${version}. ثبّت Node.js ‏${needed} أو أحدث (ثم شغّل npm ci من جديد).`
}
