import { z } from 'zod'
import { pageFonts } from '../publishing/page-fonts'

// Choices a newsroom makes once for everyone on the machine: they
// live in the database, so the app, the CLI and the exporter read the same.

export const quoteStyles = ['curly', 'guillemets'] as const // “ ” or « »
export const digitStyles = ['western', 'arabic-indic'] as const // 0-9 or ٠-٩
export const themes = ['system', 'light', 'dark'] as const
export const interfaceLocales = ['ar', 'en'] as const
// How Arabic dates name the Gregorian months: «ديسمبر» (Egypt, the Gulf, the
// Maghreb's east), «كانون الأول» (the Levant and Iraq), or both as «كانون الأول/ديسمبر».
export const monthNameStyles = ['western', 'levantine', 'both'] as const

export const NewsroomSettings = z.object({
  /** Headlines longer than this many graphemes show a warning, not a refusal. */
  headlineTarget: z.number().int().min(10).max(500),
  quoteStyle: z.enum(quoteStyles),
  digitStyle: z.enum(digitStyles),
  hijriTwin: z.boolean(),
  locale: z.enum(interfaceLocales),
  theme: z.enum(themes),
  // The site the newsroom publishes to (shared/publishing/site-settings.ts
  // checks and normalises these when saved). Empty means "not set": the
  // export then writes relative addresses and leaves out what needs a URL.
  siteName: z.string().max(200),
  siteBaseUrl: z.string().max(500),
  /** Placeholders {site} {section} {slug} {id} {yyyy} {mm} {dd}. */
  articleUrlPattern: z.string().max(500),
  publisherName: z.string().max(200),
  publisherLogoUrl: z.string().max(2048),
  /** Placeholders {site} {author}. */
  authorUrlPattern: z.string().max(500),
  /** The Gregorian month names of Arabic dates, in the app and on exported pages. */
  monthNames: z.enum(monthNameStyles),
  /** The typeface of the exported page's copy, and of its headlines (shared/publishing/page-fonts.ts). */
  bodyFont: z.enum(pageFonts),
  headlineFont: z.enum(pageFonts),
  /** Only an editor marks an article approved, and only an editor or the web desk marks it published. */
  editorsApprove: z.boolean(),
  /** An editor opening an article in review starts in suggesting mode, so what they change waits for the writer's decision. */
  editorsSuggest: z.boolean()
})
export type NewsroomSettings = z.infer<typeof NewsroomSettings>
export type QuoteStyle = NewsroomSettings['quoteStyle']
export type DigitStyle = NewsroomSettings['digitStyle']
export type Theme = NewsroomSettings['theme']
export type MonthNameStyle = NewsroomSettings['monthNames']

export const defaultSettings: NewsroomSettings = {
  // Search results show about 60–70 characters of a title; Arabic desks aim there.
  headlineTarget: 70,
  quoteStyle: 'curly',
  digitStyle: 'western',
  hijriTwin: false,
  locale: 'ar',
  theme: 'system',
  siteName: '',
  siteBaseUrl: '',
  articleUrlPattern: '',
  publisherName: '',
  publisherLogoUrl: '',
  authorUrlPattern: '',
  monthNames: 'western',
  bodyFont: 'naskh',
  headlineFont: 'naskh',
  editorsApprove: false,
  editorsSuggest: false
}

export const MAX_SECTION_NAME = 120
export const MAX_SECTIONS = 200

/** The newsroom's sections, in the order the select shows them. */
export const SectionList = z
  .array(z.string().trim().min(1).max(MAX_SECTION_NAME))
  .max(MAX_SECTIONS)
  .refine((names) => new Set(names).size === names.length, { message: 'duplicate section' })

export const defaultSections = ['أخبار', 'أخبار العالم', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'علوم وتكنولوجيا', 'رأي', 'منوعات']
