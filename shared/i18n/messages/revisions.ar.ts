// An article's history: revisions, comparing and restoring; shared by the app's screens and the command line.
export const revisionsAr = {
  'revision.kind.named': 'حفظ يدوي',
  'revision.kind.status': 'تغيير الحالة',
  'revision.kind.import': 'استيراد',
  'revision.kind.restore': 'استعادة',
  'revision.kind.before_restore': 'قبل الاستعادة',
  'revision.kind.closed': 'عند الإغلاق',
  'revision.kind.timed': 'حفظ دوري',
  'revision.nobody': 'غير معروف',
  'revision.words': '+{added} −{removed}',

  'diff.field.section': 'القسم',
  'diff.field.kicker': 'العنوان التمهيدي',
  'diff.field.headline': 'العنوان',
  'diff.field.dek': 'الموجز',
  'diff.field.bylines': 'الكتّاب',
  'diff.field.dateline': 'المكان والتاريخ',
  'diff.field.tags': 'الوسوم',
  'diff.field.slug': 'الرابط المختصر',
  'diff.field.seoTitle': 'عنوان محركات البحث',
  'diff.field.seoDescription': 'وصف محركات البحث',
  'diff.field.leadImage': 'الصورة الرئيسية',
  'diff.field.status': 'الحالة',
  'diff.now': 'الآن',

  'cli.history.none': 'لا نسخ محفوظة لهذا المقال بعد.',
  'cli.diff.header': 'من {from} إلى {to}: {added, plural, zero {لا كلمات مضافة} one {كلمة مضافة} two {كلمتان مضافتان} few {# كلمات مضافة} many {# كلمة مضافة} other {# كلمة مضافة}}، {removed, plural, zero {ولا كلمات محذوفة} one {وكلمة محذوفة} two {وكلمتان محذوفتان} few {و# كلمات محذوفة} many {و# كلمة محذوفة} other {و# كلمة محذوفة}}.',
  'cli.diff.same': 'لا فرق بين النسختين.',
  'cli.restored': 'استُعيد نص النسخة {revision}؛ سُجّلت الاستعادة نسخةً جديدة: {id}',
  'cli.revision_saved': 'حُفظت نسخة: {id}'
} as const
