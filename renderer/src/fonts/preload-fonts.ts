// The fonts ship with the app, but the browser fetches a face only when some
// text first needs it. The library shows little of the copy font, so without
// this the article's 10,000 words were laid out once in a fallback font and
// again, in full, as each Naskh face (regular, bold; Arabic and the Latin
// subset that holds « » and digits) arrived — a visible reflow and about a
// hundred milliseconds of layout per face, just as the journalist starts to
// read. Asking for every face at start-up has them ready before an article opens.

/**
 * Arabic letters, the Latin subset's guillemets and digits, a Latin letter,
 * and the toolbar's ▾, which lives in the faces' symbols subset: the copy
 * font falls back to the interface font, so a late symbols face re-laid the
 * whole body out too.
 */
const sample = 'اب«»0a▾'

const faces = [
  '400 1em "Noto Naskh Arabic"',
  '700 1em "Noto Naskh Arabic"',
  '400 1em "Noto Sans Arabic"',
  '500 1em "Noto Sans Arabic"',
  '600 1em "Noto Sans Arabic"'
]

/**
 * Starts fetching the app's font faces; a face that fails simply loads when
 * first used, as before, and `onFailure` hears which (for the log).
 */
export function preloadFonts(onFailure: (face: string, error: unknown) => void, fonts: FontFaceSet | undefined = globalThis.document?.fonts): void {
  if (!fonts) return
  for (const face of faces) void fonts.load(face, sample).catch((error: unknown) => onFailure(face, error))
}
