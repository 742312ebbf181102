import { randomUUID } from 'node:crypto'
import { appendFile, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

/**
 * The rendition cache's index: how many bytes each picture's folder holds and
 * when it was last used, so that an export can tell whether the cache is over
 * its budget without opening every folder.
 *
 * The app and the command line share the cache, so the ledger is a journal
 * both only ever append to, one line per picture an export touched: appends
 * from two programs do not overwrite each other, and a line cut short by a
 * crash is detected rather than believed. Its first line says when its
 * figures were last counted from the disk; a ledger without it, or with a line
 * that does not read, is counted again from the folders. The folders stay the
 * truth on what to remove: the ledger only says where to look.
 */
export const LEDGER_FILE = 'ledger.jsonl'

/** A picture's folder is named by the SHA-256 of its bytes (see cacheEntry); nothing else in the cache is ours to count or remove. */
export const PICTURE_FOLDER = /^[0-9a-f]{64}$/

const countedLine = z.object({ ledger: z.literal(1), counted: z.number() })
const usedLine = z.object({ picture: z.string().regex(PICTURE_FOLDER), bytes: z.number().int().nonnegative(), at: z.number() })
const removedLine = z.object({ removed: z.string().regex(PICTURE_FOLDER), at: z.number() })
const changeLines = z.array(z.union([usedLine, removedLine]))
type Change = z.infer<typeof usedLine> | z.infer<typeof removedLine>

export interface PictureUse {
  /** Bytes the picture's folder holds. */
  bytes: number
  lastUsed: number
}

export interface Ledger {
  countedAt: number
  pictures: Map<string, PictureUse>
  /** Lines read, the first included: when they far outnumber the pictures, the ledger is written afresh. */
  lines: number
}

/** The ledger's text as read (empty when there is none) and what it says, or null when it cannot be believed. */
export interface LedgerReading {
  text: string
  ledger: Ledger | null
}

const ledgerPath = (cacheDir: string): string => join(cacheDir, LEDGER_FILE)

/** The text up to its last line end: the last line may still be on its way from another program, or cut short by a crash. */
const completeText = (text: string): string => text.slice(0, text.lastIndexOf('\n') + 1)

const linesOf = (complete: string): string[] => complete.split('\n').filter((line) => line !== '')

/** Lines that all read as changes, or null. */
function changesIn(lines: string[]): Change[] | null {
  try {
    const result = changeLines.safeParse(JSON.parse(`[${lines.join(',')}]`))
    return result.success ? result.data : null
  } catch {
    return null // a line that is not JSON
  }
}

function apply(pictures: Map<string, PictureUse>, changes: Change[]): void {
  for (const change of changes) {
    if ('removed' in change) {
      pictures.delete(change.removed)
      continue
    }
    const known = pictures.get(change.picture)
    if (known) {
      known.bytes += change.bytes
      known.lastUsed = Math.max(known.lastUsed, change.at)
    } else {
      pictures.set(change.picture, { bytes: change.bytes, lastUsed: change.at })
    }
  }
}

function readWhole(complete: string): Ledger | null {
  const [first, ...rest] = linesOf(complete)
  let header: z.infer<typeof countedLine>
  try {
    const result = countedLine.safeParse(JSON.parse(first ?? ''))
    if (!result.success) return null
    header = result.data
  } catch {
    return null
  }
  const changes = changesIn(rest)
  if (!changes) return null
  const pictures = new Map<string, PictureUse>()
  apply(pictures, changes)
  return { countedAt: header.counted, pictures, lines: 1 + rest.length }
}

const copyOf = (ledger: Ledger): Ledger => ({
  ...ledger,
  pictures: new Map([...ledger.pictures].map(([name, use]) => [name, { ...use }]))
})

// The app exports again and again, and between two of its exports the ledger
// has mostly grown by a few lines at its end: what this program last read of
// each cache is kept, so that only the lines after it are parsed. Folding
// lines one after another, that gives what reading it whole would. Anything
// else (a ledger written afresh) is read whole.
const lastRead = new Map<string, { complete: string; ledger: Ledger }>()
/** A program has one cache; tests and benches open a few. */
const REMEMBERED_CACHES = 4

function remember(cacheDir: string, reading: { complete: string; ledger: Ledger } | null): void {
  lastRead.delete(cacheDir)
  if (!reading) return
  lastRead.set(cacheDir, reading)
  for (const oldest of lastRead.keys()) {
    if (lastRead.size <= REMEMBERED_CACHES) break
    lastRead.delete(oldest)
  }
}

function understand(cacheDir: string, text: string): Ledger | null {
  const complete = completeText(text)
  const known = lastRead.get(cacheDir)
  if (known && complete.startsWith(known.complete)) {
    const added = linesOf(complete.slice(known.complete.length))
    const changes = changesIn(added)
    if (!changes) {
      remember(cacheDir, null)
      return null
    }
    apply(known.ledger.pictures, changes)
    known.ledger.lines += added.length
    known.complete = complete
    remember(cacheDir, known)
    return copyOf(known.ledger)
  }
  const ledger = readWhole(complete)
  remember(cacheDir, ledger && { complete, ledger })
  return ledger && copyOf(ledger)
}

export async function readLedger(cacheDir: string): Promise<LedgerReading> {
  let text: string
  try {
    text = await readFile(ledgerPath(cacheDir), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // No ledger yet, or no cache folder at all: the caller looks at the disk.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { text: '', ledger: null }
    throw error
  }
  return { text, ledger: understand(cacheDir, text) }
}

function isCountedLine(text: string): boolean {
  try {
    return countedLine.safeParse(JSON.parse(text)).success
  } catch {
    return false // carried as it is: the next reading finds it unreadable and counts again
  }
}

const line = (value: object): string => `${JSON.stringify(value)}\n`

/**
 * Notes the pictures an export took renditions of: the bytes it added to each
 * folder (0 when everything was cached) and when. One append for the export,
 * so it lands whole beside another program's. Never fails the export: a
 * ledger that cannot take the news (a full disk) is thrown away instead, so
 * the next pruning counts the folders afresh rather than trust a ledger that
 * misses them.
 */
export async function recordPictureUses(cacheDir: string, uses: ReadonlyMap<string, number>, at: number): Promise<void> {
  if (uses.size === 0) return
  const lines = [...uses].map(([picture, bytes]) => line({ picture, bytes, at })).join('')
  try {
    await appendFile(ledgerPath(cacheDir), lines)
  } catch {
    await rm(ledgerPath(cacheDir), { force: true }).catch(() => undefined)
  }
}

/** Notes folders that are gone: removed by pruning, or found missing. */
export async function recordRemovals(cacheDir: string, names: readonly string[], at: number): Promise<void> {
  if (names.length === 0) return
  await appendFile(ledgerPath(cacheDir), names.map((removed) => line({ removed, at })).join(''))
}

/**
 * Replaces the ledger with a fresh count, `before` being its text when that
 * count began. Lines another program appended since are carried over, so its
 * news is not lost; if another program replaced the ledger meanwhile, its
 * version stands and this one is dropped (returns false).
 */
export async function rewriteLedger(cacheDir: string, before: string, ledger: Pick<Ledger, 'countedAt' | 'pictures'>): Promise<boolean> {
  const fresh = [line({ ledger: 1, counted: ledger.countedAt })]
  for (const [picture, use] of ledger.pictures) fresh.push(line({ picture, bytes: use.bytes, at: use.lastUsed }))
  const temporary = join(cacheDir, `.incoming-${randomUUID()}`)
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(fresh.join(''))
      // Read what is there as late as possible: the shorter the moment
      // between this read and the rename, the less another program can add
      // that this rename would lose.
      const now = await readFile(ledgerPath(cacheDir), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return ''
        throw error
      })
      // The count went by `before`'s complete lines; one still on its way then is news now.
      const counted = completeText(before)
      if (!now.startsWith(counted)) return false
      const since = linesOf(completeText(now.slice(counted.length)))
      if (since.some(isCountedLine)) return false
      if (since.length > 0) await handle.writeFile(`${since.join('\n')}\n`)
    } finally {
      await handle.close()
    }
    await rename(temporary, ledgerPath(cacheDir))
    return true
  } finally {
    await rm(temporary, { force: true })
  }
}
