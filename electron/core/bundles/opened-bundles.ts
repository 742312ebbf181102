import { readFileSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle/bundle-views'
import type { OpenedBundle } from '../../../shared/bundle/opened-bundle'

/**
 * The `.midad` files the system handed this back side (opened with the app,
 * or named when it started), kept until the window takes them. Each is read
 * when it comes, so a file moved or deleted afterwards is still the one that
 * was opened; one too large or unreadable is kept as that, for the window to say.
 */
export interface OpenedBundles {
  /** Reads each file; returns how many were added (paths that do not name a .midad file are passed over). */
  offer(paths: readonly string[]): number
  /** Everything offered since the last take, oldest first; each is given once. */
  take(): OpenedBundle[]
}

export const isBundlePath = (path: string): boolean => extname(path).toLowerCase() === '.midad'

function readOpened(path: string): OpenedBundle {
  const fileName = basename(path).slice(0, 255)
  try {
    // Sized first: a file too large is never read into memory.
    if (statSync(path).size > MAX_BUNDLE_BYTES) return { kind: 'too_large', fileName }
    return { kind: 'file', fileName, dataBase64: readFileSync(path).toString('base64') }
  } catch {
    return { kind: 'unreadable', fileName }
  }
}

export function createOpenedBundles(): OpenedBundles {
  let waiting: OpenedBundle[] = []
  return {
    offer(paths) {
      const bundles = paths.filter(isBundlePath).map(readOpened)
      waiting.push(...bundles)
      return bundles.length
    },
    take() {
      const taken = waiting
      waiting = []
      return taken
    }
  }
}
