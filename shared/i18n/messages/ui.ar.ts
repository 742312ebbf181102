// Interface text. Messages are ICU MessageFormat: counts use Arabic's six
// plural forms, e.g. '{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}}'.
export const uiAr = {
  'app.name': 'مداد'
} as const
