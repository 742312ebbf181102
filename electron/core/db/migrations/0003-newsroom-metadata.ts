import type { SchemaStep } from './migration'

/**
 * Several bylines (the single one carried over), tags, slug, SEO fields and
 * a lead image; the newsroom's sections and settings.
 *
 * Every stored article gets the slug its headline gave when this step was
 * written, and the newsroom starts from the usual sections of that time. Both
 * are copied here, not taken from the app: the app's slug rule and its
 * default sections may change, this step may not.
 */
export const updateToSchemaVersion3: SchemaStep = (db, log) => {
  db.exec(`
    ALTER TABLE articles ADD COLUMN bylines_json TEXT NOT NULL DEFAULT '[]';
    UPDATE articles SET bylines_json = json_array(trim(byline)) WHERE trim(byline) <> '';
    ALTER TABLE articles DROP COLUMN byline;
    ALTER TABLE articles ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN slug TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN slug_is_custom INTEGER NOT NULL DEFAULT 0 CHECK (slug_is_custom IN (0, 1));
    ALTER TABLE articles ADD COLUMN slug_script TEXT NOT NULL DEFAULT 'arabic';
    ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN lead_image_json TEXT;
    CREATE TABLE sections (
      position    INTEGER NOT NULL,
      name        TEXT PRIMARY KEY
    ) STRICT;
    CREATE TABLE settings (
      key         TEXT PRIMARY KEY,
      value_json  TEXT NOT NULL
    ) STRICT;
  `)
  const setSlug = db.prepare<[string, string]>('UPDATE articles SET slug = ? WHERE id = ?')
  const rows = db.prepare<[], { id: string; headline: string }>('SELECT id, headline FROM articles').all()
  for (const row of rows) setSlug.run(arabicSlugOfVersion3(row.headline), row.id)
  const addSection = db.prepare<[number, string]>('INSERT INTO sections (position, name) VALUES (?, ?)')
  sectionsOfVersion3.forEach((name, position) => addSection.run(position, name))
  log.info('slugs given to stored articles, usual sections added', { articles: rows.length, sections: sectionsOfVersion3.length })
}

/** The usual sections a newsroom started from when this step was written. */
export const sectionsOfVersion3: readonly string[] = ['أخبار', 'أخبار العالم', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'علوم وتكنولوجيا', 'رأي', 'منوعات']

// The Arabic slug as the app made it from a headline when this step was
// written: the words as the reader wrote them, without harakat, tatweel or
// punctuation, Arabic-Indic digits made Western, joined by hyphens and cut
// at 200 bytes once percent-encoded.
const MAX_SLUG_ENCODED_BYTES = 200
const harakatAndTatweel = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
const arabicIndicDigit = /[\u0660-\u0669\u06F0-\u06F9]/g
const notSlugChar = /[^\p{L}\p{N}]+/gu

const westernDigits = (text: string): string => text.replace(arabicIndicDigit, (d) => String((d.charCodeAt(0) & 0xf) % 10))

function slugWords(headline: string): string[] {
  return westernDigits(headline.normalize('NFC').replace(harakatAndTatweel, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .split(notSlugChar)
    .filter(Boolean)
}

function cutEncoded(word: string): string {
  let out = ''
  for (const char of word) {
    if (encodeURIComponent(out + char).length > MAX_SLUG_ENCODED_BYTES) break
    out += char
  }
  return out
}

function fitEncoded(words: string[]): string {
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (encodeURIComponent(next).length > MAX_SLUG_ENCODED_BYTES) {
      if (!slug) return cutEncoded(word)
      break
    }
    slug = next
  }
  return slug
}

export const arabicSlugOfVersion3 = (headline: string): string => fitEncoded(slugWords(headline))
