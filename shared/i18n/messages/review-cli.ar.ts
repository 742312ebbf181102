// Review inside the text as the command line words it: comments and suggestions.
export const reviewCliAr = {
  'cli.comments.none': 'لا تعليقات على هذا المقال.',
  'cli.comments.open': 'مفتوح',
  'cli.comments.resolved': 'محسوم',
  'cli.comments.detached': 'كلماته لم تعد في النص',
  'cli.comments.and': '، ',
  'cli.commented': 'أُضيف التعليق على «{words}»: {id}',
  'cli.suggestions.none': 'لا اقتراحات تنتظر قرارًا في هذا المقال.',
  'cli.suggestions.format': 'تغيير في الشكل',
  'cli.decided':
    'القرار: {decision, select, accept {قبول} other {رفض}} {count, plural, one {اقتراح واحد} two {اقتراحين} few {# اقتراحات} many {# اقتراحًا} other {# اقتراح}}.',
  'cli.decided.none': 'لا اقتراح ينتظر هذا القرار؛ لم يتغير شيء.',
  'cli.usage.one_of': 'اختر واحدًا فقط من {options}: {usage}',
  'cli.error.review_needs_profile': 'لكل تعليق وقرار صاحب: عرّف نفسك أولًا بالأمر midad profile --name الاسم --role الدور. لم يتغير شيء.'
} as const
