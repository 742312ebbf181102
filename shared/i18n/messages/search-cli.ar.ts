// The archive's search as the command line words it.
export const searchCliAr = {
  'cli.search.none': 'لم يُعثر على مقال يطابق البحث.',
  'cli.search.total': '{total, plural, zero {لا نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}، تُعرض {from} إلى {to}.',
  'cli.search.ignored': 'لم يُبحث عن: {words} (كلمات شائعة جدًا أو بادئة أقصر من حرفين).',
  'cli.reindex.done': 'أُعيد بناء فهرس البحث: {count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}} في {ms} م.ث.',
} as const
