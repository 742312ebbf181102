import type { Page } from '@playwright/test'

/**
 * A machine under load draws its next frame late. Anything the page puts off
 * to the next frame (Tiptap's focus() does) then happens well after what the
 * journalist does meanwhile. Frames asked for while `slowFrames` is on run
 * `delayMs` late; `lateFrames` counts those not drawn yet.
 */
export async function drawFramesLate(page: Page, delayMs: number): Promise<void> {
  await page.addInitScript((delay) => {
    const w = window as unknown as { slowFrames: boolean; lateFrames: number }
    const frame = window.requestAnimationFrame.bind(window)
    w.slowFrames = false
    w.lateFrames = 0
    window.requestAnimationFrame = (draw) => {
      if (!w.slowFrames) return frame(draw)
      w.lateFrames++
      setTimeout(() => frame((time) => {
        w.lateFrames--
        draw(time)
      }), delay)
      return 0
    }
  }, delayMs)
}

export const slowFrames = (page: Page, on: boolean) => page.evaluate((value) => ((window as unknown as { slowFrames: boolean }).slowFrames = value), on)
