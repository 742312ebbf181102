import { describe, expect, it } from 'vitest'
import { shortcutFor } from './physical-shortcuts'

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

  it('leaves plain typing and AltGr characters to the editor', () => {
    expect(shortcutFor(press('KeyB'))).toBeNull()
    expect(shortcutFor(press('KeyB', { shift: true }))).toBeNull()
    expect(shortcutFor(press('KeyB', { ctrl: true, alt: true }))).toBeNull()
    expect(shortcutFor(press('KeyQ', { ctrl: true }))).toBeNull()
  })
})
