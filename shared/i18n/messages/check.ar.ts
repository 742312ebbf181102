// The pre-publish check: what each rule says, and the panel around it.
export const checkAr = {
  'check.headline_missing': 'لا عنوان للمقال.',
  'check.figure_image_missing': 'صورة في النص لم يُختر ملفها بعد.',
  'check.figure_alt_missing': 'صورة بلا نص بديل؛ لن يصفها قارئ الشاشة.',
  'check.caption_credit_missing': 'تعليق صورة بلا مصدر؛ اذكر الوكالة أو المصوّر.',
  'check.heading_empty': 'عنوان فرعي فارغ.',
  'check.article_link_missing': 'الرابط «{text}» يشير إلى مقال لم يعد في المكتبة.',
  'check.approval_needed': 'اعتُمد هذا المقال ثم تغيّر، أو أُعيد إلى المراجعة: يحتاج اعتمادًا جديدًا قبل تصديره للنشر.',
  'check.headline_over_target':
    'العنوان أطول من الطول المستهدف: {count, plural, one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}} والمستهدف {target}.',
  'check.latin_punctuation':
    'علامة لاتينية «{mark}» بين كلمات عربية ({count, plural, one {موضع واحد} two {موضعان} few {# مواضع} many {# موضعًا} other {# موضع}})؛ اكتب ، أو ؛ أو ؟',
  'check.doubled_spaces': 'مسافتان متتاليتان ({count, plural, one {موضع واحد} two {موضعان} few {# مواضع} many {# موضعًا} other {# موضع}}).',
  'check.unbalanced_quotes': 'علامة التنصيص {mark} بلا نظيرتها في الفقرة نفسها.',
  'check.paragraph_long':
    'فقرة طويلة: {words, plural, one {كلمة واحدة} two {كلمتان} few {# كلمات} many {# كلمةً} other {# كلمة}}، والمقترح ألا تزيد على {limit}.',
  'check.suggestions_pending':
    'في النص {count, plural, one {اقتراح واحد ينتظر} two {اقتراحان ينتظران} few {# اقتراحات تنتظر} many {# اقتراحًا ينتظر} other {# اقتراح ينتظر}} قرارًا: اقبله أو ارفضه قبل تصدير المقال للنشر.',
  'check.threads_open':
    '{count, plural, one {تعليق واحد لم يُحسم} two {تعليقان لم يُحسما} few {# تعليقات لم تُحسم} many {# تعليقًا لم يُحسم} other {# تعليق لم يُحسم}} بعد؛ التعليقات لا تمنع النشر ولا تظهر فيه.',
  'check.lead_image_missing': 'لا صورة رئيسية للمقال؛ ستأخذ المعاينات أول صورة في النص إن وُجدت.',

  'check.where.headline': 'العنوان',
  'check.where.leadImage': 'الصورة الرئيسية',
  'check.where.leadImage.alt': 'النص البديل للصورة الرئيسية',
  'check.where.leadImage.credit': 'مصدر الصورة الرئيسية',
  'check.where.body': 'النص، الكتلة {block}',

  'check.severity.error': 'خطأ',
  'check.severity.warning': 'تحذير',
  'check.title': 'فحص ما قبل النشر',
  'check.errors': '{count, plural, zero {لا أخطاء} one {خطأ واحد} two {خطآن} few {# أخطاء} many {# خطأً} other {# خطأ}}',
  'check.warnings': '{count, plural, zero {لا تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيرًا} other {# تحذير}}',
  'check.clean': 'لا ملاحظات: المقال جاهز للنشر.',
  'check.checking': 'جارٍ الفحص…',
  'check.rule': 'الأخطاء تمنع التصدير للنشر، والتحذيرات لا تمنعه.',
  'check.locate': 'انتقل إلى الموضع: {where}',
  'check.showMore': 'عرض {count, plural, one {ملاحظة أخرى} two {ملاحظتين أخريين} few {# ملاحظات أخرى} many {# ملاحظةً أخرى} other {# ملاحظة أخرى}}',
  'check.failed': 'تعذّر فحص المقال: {message}',
  'check.byline_missing': 'لا توقيع للمقال؛ اذكر المراسل أو الوكالة أو القسم.',
  'check.section_missing': 'لم يُختر قسم للمقال.',
  'check.mixed_digits':
    'أرقام بنوعين في النص نفسه: «{digits}» يخالف أرقام غرفة الأخبار ({style, select, western {0–9} other {٠–٩}}) ({count, plural, one {موضع واحد} two {موضعان} few {# مواضع} many {# موضعًا} other {# موضع}}).',
  'check.where.section': 'القسم',
  'check.where.bylines': 'التوقيع',
  'check.where.kicker': 'العنوان التمهيدي',
  'check.where.dek': 'الموجز',
  'check.where.dateline': 'المكان والتاريخ',
  'check.where.slug': 'الرابط المختصر',
  'check.where.leadImage.caption': 'تعليق الصورة الرئيسية',
  'check.where.status': 'حالة المقال',
  'check.where.body.caption': 'النص، تعليق الصورة في الكتلة {block}',
  'check.where.body.credit': 'النص، مصدر الصورة في الكتلة {block}',
  'check.where.body.attribution': 'النص، قائل الاقتباس في الكتلة {block}'
} as const
