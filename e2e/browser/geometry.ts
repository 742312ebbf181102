import type { Locator, Page } from '@playwright/test'
import sharp from 'sharp'

/** A rectangle in the page's viewport, in CSS pixels. */
export interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * Where an element's lines may run: its border box less borders and padding.
 * "At the right edge" of a paragraph or a field means at this box's right.
 */
export async function contentBox(element: Locator): Promise<Box> {
  return element.evaluate((el) => {
    const rect = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    const px = (value: string) => parseFloat(value) || 0
    return {
      left: rect.left + px(style.borderLeftWidth) + px(style.paddingLeft),
      right: rect.right - px(style.borderRightWidth) - px(style.paddingRight),
      top: rect.top + px(style.borderTopWidth) + px(style.paddingTop),
      bottom: rect.bottom - px(style.borderBottomWidth) - px(style.paddingBottom)
    }
  })
}

/** Where an element's text is laid out: the union of its line boxes. */
export async function textBox(element: Locator): Promise<Box> {
  return element.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    const rects = [...range.getClientRects()].filter((r) => r.width > 0)
    if (rects.length === 0) throw new Error('the element has no laid-out text')
    return {
      left: Math.min(...rects.map((r) => r.left)),
      right: Math.max(...rects.map((r) => r.right)),
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom))
    }
  })
}

/** Where the words `text` are drawn inside `element` (first occurrence). */
export async function wordsBox(element: Locator, text: string): Promise<Box> {
  return element.evaluate((el, target) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + target.length)
      const rect = range.getBoundingClientRect()
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom }
    }
    throw new Error(`"${target}" is not in the element`)
  }, text)
}

/**
 * Where the caret is drawn. A caret inside text has a rectangle of its own;
 * on an empty line Chromium gives a collapsed range none, so the line's
 * placeholder <br> (ProseMirror's trailing break), which the caret sits
 * against, stands in for it.
 */
export async function caretBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const selection = document.getSelection()
    if (!selection || selection.rangeCount === 0) throw new Error('no selection')
    const range = selection.getRangeAt(0).cloneRange()
    range.collapse(true)
    const own = [...range.getClientRects()][0]
    if (own) return { left: own.left, right: own.right, top: own.top, bottom: own.bottom }
    const container = range.startContainer
    const at = container.childNodes[range.startOffset] ?? container.childNodes[range.startOffset - 1] ?? container
    const holder = at instanceof Element ? at : at.parentElement
    if (!holder) throw new Error('the caret is in no element')
    const rect = holder.getBoundingClientRect()
    return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom }
  })
}

/**
 * Scrolls an element to the middle of the window. A screenshot shows what is
 * on top, and the toolbar stays stuck over the top of the article.
 */
export async function centreInView(element: Locator): Promise<void> {
  await element.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }))
}

/** An element's border box: where its padding and borders (a list's markers, a quote's rule) are drawn. */
export async function borderBox(element: Locator): Promise<Box> {
  const box = await element.boundingBox()
  if (!box) throw new Error('the element is not laid out')
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height }
}

/**
 * What is painted in a region of the page, as the journalist sees it: the box
 * of the pixels that differ clearly from the region's background (its most
 * common colour). Pseudo-element text such as a placeholder or a list marker
 * has no DOM box to ask for; its pixels are the proof of where it is. The
 * caret is hidden from the screenshot. Null when nothing is painted.
 */
export async function inkBox(page: Page, region: Box): Promise<Box | null> {
  const clip = { x: region.left, y: region.top, width: region.right - region.left, height: region.bottom - region.top }
  const png = await page.screenshot({ clip, caret: 'hide', animations: 'disabled' })
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const counts = new Map<number, number>()
  for (let i = 0; i < data.length; i += 3) {
    const colour = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!
    counts.set(colour, (counts.get(colour) ?? 0) + 1)
  }
  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
  const channels = [(background >> 16) & 255, (background >> 8) & 255, background & 255]
  // Anti-aliased edges and the sheet's faint tints stay below this; text does not.
  const isInk = (i: number) => channels.reduce((sum, value, c) => sum + Math.abs(data[i + c]! - value), 0) > 60
  let left = Infinity
  let right = -Infinity
  let top = Infinity
  let bottom = -Infinity
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (!isInk((y * info.width + x) * 3)) continue
      left = Math.min(left, x)
      right = Math.max(right, x + 1)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y + 1)
    }
  }
  if (left === Infinity) return null
  // Device pixels to CSS pixels (the suite runs at a scale of 1, but say so).
  const scale = info.width / clip.width
  return { left: region.left + left / scale, right: region.left + right / scale, top: region.top + top / scale, bottom: region.top + bottom / scale }
}
