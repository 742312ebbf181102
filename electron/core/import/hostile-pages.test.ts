import { describe, expect, it } from 'vitest'
import { bodyPlainText } from '../../../shared/text/plain-text'
import { hostilePages } from './hostile-pages'
import { importArticleFile } from './import-article-file'

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('importing pages written to trip the parser', () => {
  for (const page of hostilePages) {
    it(`keeps every paragraph a reader sees, and nothing a reader does not: ${page.name}`, async () => {
      const { meta, body } = await importArticleFile('page.html', new TextEncoder().encode(page.html))
      const text = squeeze(`${meta.headline}\n${bodyPlainText(body)}`)
      const lost = page.visible.filter((paragraph) => !text.includes(squeeze(paragraph)))
      expect(lost).toEqual([])
      const leaked = page.hidden.filter((hidden) => text.includes(hidden))
      expect(leaked).toEqual([])
    })
  }

  it('takes a headline without the script, style or template text inside its <h1>', async () => {
    const html = '<!doctype html><body><h1>البرلمان <script>track("عنوان")</script><style>h1{}</style><template>قالب</template>يقر الموازنة<noscript>فعّل</noscript></h1><p>النص</p></body>'
    const { meta } = await importArticleFile('page.html', new TextEncoder().encode(html))
    expect(meta.headline).toBe('البرلمان يقر الموازنة')
  })
})
