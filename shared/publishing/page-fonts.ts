// The typefaces an exported page carries with it (and the preview shows): the
// two Noto Arabic families the app itself is set in, from their @fontsource
// packages, as the per-script WOFF2 subsets those packages ship. A reader's
// browser fetches only the subsets the page's text needs (unicode-range).

/** The newsroom's choice for its body and its headlines. */
export const pageFonts = ['naskh', 'sans'] as const
export type PageFont = (typeof pageFonts)[number]

export const fontFamilyNames: Record<PageFont, string> = { naskh: 'Noto Naskh Arabic', sans: 'Noto Sans Arabic' }

const packageStems: Record<PageFont, string> = { naskh: 'noto-naskh-arabic', sans: 'noto-sans-arabic' }

// The ranges @fontsource gives each subset (from its 400.css and 700.css).
export const subsetRanges = {
  arabic:
    'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
} as const
export type FontSubset = keyof typeof subsetRanges

// In @fontsource's order: a character in both ranges (a few of the general
// punctuation block) comes from the face declared last.
const subsets: FontSubset[] = ['arabic', 'latin']
const weights = [400, 700] as const

export interface PageFontFile {
  font: PageFont
  subset: FontSubset
  weight: (typeof weights)[number]
  /** The file's name, the same in the @fontsource package (files/) and in the export (fonts/). */
  name: string
  /** The npm package that ships it. */
  packageName: string
}

export interface PageFontChoice {
  bodyFont: PageFont
  headlineFont: PageFont
}

/**
 * The families a page uses: the body's and the headline's, and always Sans,
 * in which the page sets its small print (kicker, byline, captions).
 */
export function fontsOfPage(choice: PageFontChoice): PageFont[] {
  return pageFonts.filter((font) => font === 'sans' || font === choice.bodyFont || font === choice.headlineFont)
}

/** Every WOFF2 file the page's @font-face rules name, in their order. */
export function pageFontFiles(choice: PageFontChoice): PageFontFile[] {
  return fontsOfPage(choice).flatMap((font) =>
    weights.flatMap((weight) =>
      subsets.map((subset) => ({
        font,
        subset,
        weight,
        name: `${packageStems[font]}-${subset}-${weight}-normal.woff2`,
        packageName: `@fontsource/${packageStems[font]}`
      }))
    )
  )
}

/** Where the export writes the font files, beside index.html. */
export const pageFontFolder = 'fonts'

/**
 * The @font-face rules and the family choice for the page's stylesheet:
 * `font-display: swap` shows the text at once in a fallback face while the
 * file arrives. `url` gives the address of each file (relative in the export,
 * the app's own in the preview).
 */
export function pageFontCss(choice: PageFontChoice, url: (file: PageFontFile) => string = (file) => `${pageFontFolder}/${file.name}`): string {
  const faces = pageFontFiles(choice).map((file) =>
    [
      '@font-face {',
      `  font-family: "${fontFamilyNames[file.font]}";`,
      '  font-style: normal;',
      `  font-weight: ${file.weight};`,
      '  font-display: swap;',
      `  src: url(${url(file)}) format("woff2");`,
      `  unicode-range: ${subsetRanges[file.subset]};`,
      '}'
    ].join('\n')
  )
  return faces.join('\n\n')
}

const cssVariable: Record<PageFont, string> = { naskh: 'var(--serif)', sans: 'var(--sans)' }

/** The custom properties resources/export/article.css sets its text in. */
export function pageFontChoiceCss(choice: PageFontChoice): string {
  return `:root {\n  --body-face: ${cssVariable[choice.bodyFont]};\n  --headline-face: ${cssVariable[choice.headlineFont]};\n}`
}
