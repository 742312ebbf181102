import { translate, type Locale } from '../i18n/translate'
import { isNothingUnkept, unkeptKinds, type UnkeptContent } from './unkept-content'

/**
 * The sentence that names what a paste or an import left out ("… 1 picture
 * and 2 footnotes"), counted and listed in the interface language; null when
 * nothing was left out.
 */
export function unkeptNotice(locale: Locale, unkept: UnkeptContent, key: 'paste.unkept' | 'import.unkept'): string | null {
  if (isNothingUnkept(unkept)) return null
  const items = unkeptKinds.filter((kind) => unkept[kind] > 0).map((kind) => translate(locale, `unkept.${kind}`, { count: unkept[kind] }))
  return translate(locale, key, { items: new Intl.ListFormat(locale, { type: 'conjunction' }).format(items) })
}

/**
 * The notice an article just imported opens with: the import's result carries
 * `unkept` (contract importArticle); an article opened any other way has none.
 */
export function importedArticleNotice(locale: Locale, article: object): string | null {
  const unkept = (article as { unkept?: UnkeptContent }).unkept
  return unkept ? unkeptNotice(locale, unkept, 'import.unkept') : null
}
