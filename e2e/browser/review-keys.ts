import { expect, type Page } from '@playwright/test'

/** Selects `words` where they first occur in the body, as a mouse drag over them would. */
export async function selectWords(page: Page, words: string): Promise<void> {
  // The article may still be opening: its body and the words first.
  await expect(page.locator('.article-body')).toContainText(words)
  // As a hand's drag would: the text takes the keyboard first, then holds the words. A selection
  // set while a toolbar button keeps the focus lets the first key go to the button.
  await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.article-body')!
    if (document.activeElement !== body) body.focus()
  })
  await nextTurn(page)
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
  // The editor reads a selection on the next turn of the event loop: keys wait for it.
  await nextTurn(page)
}

/** A frame drawn and the tasks queued behind it run. */
async function nextTurn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))))
}
