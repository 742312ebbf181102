import { describe, expect, it } from 'vitest'
import { chordLabel, chords, shortcutFor } from './physical-shortcuts'

const press = (code: string, mods: { ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false
})

describe('editor shortcuts by physical key', () => {
  it('finds bold, italic and link from the key position, whatever the layout types', () => {
    expect(shortcutFor(press('KeyB', { ctrl: true }))).toBe('bold')
    expect(shortcutFor(press('KeyI', { ctrl: true }))).toBe('italic')
    expect(shortcutFor(press('KeyK', { meta: true }))).toBe('link')
  })

  it('knows undo and both redo chords', () => {
    expect(shortcutFor(press('KeyZ', { ctrl: true }))).toBe('undo')
    expect(shortcutFor(press('KeyZ', { ctrl: true, shift: true }))).toBe('redo')
    expect(shortcutFor(press('KeyY', { ctrl: true }))).toBe('redo')
  })

  it('turns blocks into headings, lists and quotes, switches direction and opens the sheet', () => {
    expect(shortcutFor(press('Digit2', { ctrl: true, alt: true }))).toBe('h2')
    expect(shortcutFor(press('Digit3', { meta: true, alt: true }))).toBe('h3')
    expect(shortcutFor(press('Digit0', { ctrl: true, alt: true }))).toBe('paragraph')
    expect(shortcutFor(press('Digit7', { ctrl: true, shift: true }))).toBe('orderedList')
    expect(shortcutFor(press('Digit8', { ctrl: true, shift: true }))).toBe('bulletList')
    expect(shortcutFor(press('KeyB', { ctrl: true, shift: true }))).toBe('quote')
    expect(shortcutFor(press('KeyX', { ctrl: true, shift: true }))).toBe('direction')
    expect(shortcutFor(press('Slash', { ctrl: true }))).toBe('shortcutSheet')
  })

  it('leaves plain typing and AltGr characters to the editor', () => {
    expect(shortcutFor(press('KeyB'))).toBeNull()
    expect(shortcutFor(press('KeyB', { shift: true }))).toBeNull()
    expect(shortcutFor(press('KeyB', { ctrl: true, alt: true }))).toBeNull()
    expect(shortcutFor(press('KeyQ', { ctrl: true }))).toBeNull()
    expect(shortcutFor(press('Digit2', { alt: true }))).toBeNull()
  })

  it('names each chord once, as the sheet shows it', () => {
    const labels = chords.map((c) => chordLabel(c, false))
    expect(new Set(labels).size).toBe(labels.length)
    expect(chordLabel({ action: 'h2', code: 'Digit2', alt: true }, false)).toBe('Ctrl+Alt+2')
    expect(chordLabel({ action: 'shortcutSheet', code: 'Slash' }, true)).toBe('⌘+/')
  })
})

describe('the shortcut sheet', () => {
  it('names every shortcut in Arabic and English', async () => {
    const { ar } = await import('../../../shared/i18n/ar')
    const { en } = await import('../../../shared/i18n/en')
    for (const chord of chords) {
      const key = `shortcut.${chord.action}` as keyof typeof ar
      expect(ar[key], chord.action).toBeTruthy()
      expect(en[key], chord.action).toBeTruthy()
    }
  })
})
