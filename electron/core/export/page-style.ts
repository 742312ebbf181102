import { pageFontChoiceCss, pageFontCss, type PageFontChoice } from '../../../shared/publishing/page-fonts'
import { exportResource } from './export-resource'

/** The page's stylesheet, inlined so the exported folder needs nothing else. */
export const exportStylesheet = (): string => exportResource('article.css')

/**
 * The whole <style> of the page: the faces it carries (fonts/), the sheet, and
 * the newsroom's choice of faces last, so it wins over the sheet's defaults.
 */
export function pageStylesheet(choice: PageFontChoice): string {
  return [pageFontCss(choice), exportStylesheet().trim(), pageFontChoiceCss(choice)].join('\n\n')
}
