import { expect, type Page } from '@playwright/test'

/** Selects `words` where they first occur in the body, as a mouse drag over them would. */
export async function selectWords(page: Page, words: string): Promise<void> {
  // The article may still be opening: its body and the words first.
  await expect(page.locator('.article-body')).toContainText(words)
  await page.evaluate((wanted) => {
    const body = document.querySelector('.article-body')!
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return
    }
    throw new Error(`no «${wanted}» in the body`)
  }, words)
}
