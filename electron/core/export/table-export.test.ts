import { describe, expect, it } from 'vitest'
import { context, tableArticle } from './testing/export-fixtures'
import { allowListed } from './fragment-allow-list'
import { renderPublication } from './render-publication'

describe('an exported table', () => {
  const { page, fragment, ninjs } = renderPublication(tableArticle(), context())

  it('is a semantic <table> with its caption, a header row in <thead> and header cells scoped to their column or row', () => {
    expect(fragment).toContain(
      '<div class="table-scroll" role="region" aria-label="سعر لتر البنزين بالدولار، شهرًا بشهر" tabindex="0"><table><caption>سعر لتر البنزين بالدولار، شهرًا بشهر</caption><thead><tr><th scope="col"><p>المدينة</p></th>'
    )
    expect(fragment).toContain('</thead><tbody><tr><th scope="row"><p>الرياض</p></th><td><p>0.50</p></td>')
    expect(fragment).toContain('<td colspan="12"><p>الأسعار قبل الضرائب')
    expect(fragment.split('</table>')[0]!.match(/<th scope="col">/g)).toHaveLength(13)
  })

  it('follows the block direction: the English table runs left to right, and a table without caption is still named', () => {
    expect(fragment).toContain('<div class="table-scroll" role="region" aria-label="جدول" tabindex="0" dir="ltr"><table dir="ltr"><thead><tr><th scope="col"><p>Grade</p></th>')
  })

  it('reaches the page and the ninjs body the same, with its scrolling box styled', () => {
    expect(page).toContain('<caption>سعر لتر البنزين بالدولار، شهرًا بشهر</caption>')
    expect(page).toMatch(/\.table-scroll\s*{[^}]*overflow-x:\s*auto/)
    const body = (JSON.parse(ninjs) as { bodies: { value: string }[] }).bodies[0]!.value
    expect(body).toContain('<th scope="row"><p>القاهرة</p></th>')
  })

  it('passes the allow-list with only the attributes a table may carry', () => {
    const hostile = allowListed(
      '<div class="table-scroll evil" role="button" aria-label="x" tabindex="5" onclick="a()"><table style="color:red"><tr><th scope="everything" colspan="2x">a</th><td rowspan="3" width="9">b</td></tr></table></div>'
    )
    expect(hostile).toBe('<div class="table-scroll" aria-label="x"><table><tr><th>a</th><td rowspan="3">b</td></tr></table></div>')
  })
})
