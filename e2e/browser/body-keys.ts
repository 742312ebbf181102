import type { Page } from '@playwright/test'
import { openStoredRows, type BodyNode } from './stored-article'

const modifierBits = { alt: 1, ctrl: 2, meta: 4, shift: 8 }

/**
 * A chord as the Arabic keyboard layout sends it: the key position (`code`)
 * with the Arabic character as `key`, through Chromium's real input pipeline.
 * Playwright's own press() would report the US letter.
 */
export async function pressUnderArabicLayout(
  page: Page,
  chord: { code: string; key: string; keyCode: number; ctrl?: boolean; alt?: boolean; shift?: boolean }
): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const modifiers = (chord.ctrl ? modifierBits.ctrl : 0) | (chord.alt ? modifierBits.alt : 0) | (chord.shift ? modifierBits.shift : 0)
  const event = { modifiers, code: chord.code, key: chord.key, windowsVirtualKeyCode: chord.keyCode, nativeVirtualKeyCode: chord.keyCode }
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event })
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event })
  await cdp.detach()
}

/** The stored body of the article with this headline, read from the SQLite file. */
export function storedBody(dbPath: string, headline: string): BodyNode {
  const db = openStoredRows(dbPath)
  try {
    const row = db.prepare('SELECT body_json FROM articles WHERE headline = ?').get(headline) as { body_json: string } | undefined
    if (!row) throw new Error(`no stored article "${headline}"`)
    return JSON.parse(row.body_json) as BodyNode
  } finally {
    db.close()
  }
}

export function storedArticleId(dbPath: string, headline: string): string {
  const db = openStoredRows(dbPath)
  try {
    const row = db.prepare('SELECT id FROM articles WHERE headline = ?').get(headline) as { id: string } | undefined
    if (!row) throw new Error(`no stored article "${headline}"`)
    return row.id
  } finally {
    db.close()
  }
}
