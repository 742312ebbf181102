import naskhArabic400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url'
import naskhArabic700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?url'
import naskhLatin400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2?url'
import naskhLatin700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff2?url'
import sansArabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url'
import sansArabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url'
import sansLatin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url'
import sansLatin700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-700-normal.woff2?url'

// The app's own copies of the files an exported page carries in fonts/
// (shared/publishing/page-fonts.ts), by the same names.
const bundled: Record<string, string> = {
  'noto-naskh-arabic-arabic-400-normal.woff2': naskhArabic400,
  'noto-naskh-arabic-arabic-700-normal.woff2': naskhArabic700,
  'noto-naskh-arabic-latin-400-normal.woff2': naskhLatin400,
  'noto-naskh-arabic-latin-700-normal.woff2': naskhLatin700,
  'noto-sans-arabic-arabic-400-normal.woff2': sansArabic400,
  'noto-sans-arabic-arabic-700-normal.woff2': sansArabic700,
  'noto-sans-arabic-latin-400-normal.woff2': sansLatin400,
  'noto-sans-arabic-latin-700-normal.woff2': sansLatin700
}

/**
 * The preview page with its font files taken from the app itself: the frame
 * has no fonts/ folder beside it, and the app's content policy lets fonts come
 * only from the app. The page is otherwise the export's, so the preview is set
 * in the faces the reader will get.
 */
export function withAppFonts(html: string): string {
  return html.replace(/url\(fonts\/([a-z0-9-]+\.woff2)\)/g, (whole, name: string) => {
    const url = bundled[name]
    return url ? `url(${new URL(url, document.baseURI).href})` : whole
  })
}
