import { useLayoutEffect, type RefObject } from 'react'

/**
 * A text box exactly as tall as its text, so it never scrolls. CSS
 * field-sizing alone leaves the box a pixel shorter than its content with
 * Arabic glyphs' fractional line metrics, and that pixel shows a scrollbar.
 * Measured again when the text or the box's width changes.
 */
export function useGrowWithText(ref: RefObject<HTMLTextAreaElement | null>, text: string): void {
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const fit = () => {
      box.style.blockSize = 'auto'
      const style = getComputedStyle(box)
      const borders = parseFloat(style.borderBlockStartWidth) + parseFloat(style.borderBlockEndWidth)
      box.style.blockSize = `${box.scrollHeight + borders}px`
    }
    fit()
    let width = box.clientWidth
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width) return
      width = box.clientWidth
      fit()
    })
    observer.observe(box)
    return () => observer.disconnect()
  }, [ref, text])
}
