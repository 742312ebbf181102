// Searching the archive, in the library and wherever an article is picked.
export const searchAr = {
  'link.article.search': 'ابحث عن مقال في الأرشيف…',
  'search.label': 'ابحث في الأرشيف',
  'search.placeholder': 'ابحث في الأرشيف بكلمات أو بعبارة بين علامتي تنصيص…',
  'search.hint': 'تُبحث الكلمات كلها بأي رسم أو تشكيل. ضع عبارة بين علامتي تنصيص لتُطابق كما هي، ونجمة بعد أول الكلمة لتطابق ما يبدأ بها، وعلامة ناقص قبل كلمة لتستبعد ما فيه إياها. Escape يمسح البحث.',
  'search.searching': 'يجري البحث…',
  'search.resultsLabel': 'نتائج البحث',
  'search.count': '{count, plural, zero {لا نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}',
  'search.ignored': '(لم يُبحث عن الكلمات الشائعة: {words})',
  'search.more': '{count, plural, one {نتيجة أخرى} two {نتيجتان أخريان} few {# نتائج أخرى} many {# نتيجة أخرى} other {# نتيجة أخرى}}',
  'search.section': 'القسم',
  'search.anySection': 'كل الأقسام',
  'search.sort': 'الترتيب',
  'search.sort.relevance': 'الأقرب إلى البحث',
  'search.sort.date': 'الأحدث أولًا'
} as const
