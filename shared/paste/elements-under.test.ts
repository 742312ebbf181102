import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { elementsUnder } from './elements-under'

const body = (html: string) => {
  const doc = new Window().document
  doc.body.innerHTML = html
  return doc.body as unknown as HTMLElement
}

describe('elements under a root', () => {
  it('lists every element in document order, as querySelectorAll("*") does', () => {
    const root = body('<p>أ<b>ب<i>ج</i></b></p><ul><li>د</li><li><a href="#">هـ</a></li></ul><table><tr><td>و</td></tr></table>')
    expect(elementsUnder(root).map((el) => el.tagName)).toEqual([...root.querySelectorAll('*')].map((el) => el.tagName))
  })

  it('keeps only the tags asked for', () => {
    const root = body('<p><b>أ</b><strong>ب</strong></p><div><b>ج</b></div>')
    expect(elementsUnder(root, ['b', 'strong']).map((el) => el.textContent)).toEqual(['أ', 'ب', 'ج'])
  })
})
