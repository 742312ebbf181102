// Words the shells say outside the editor: the `midad` command line, the
// browser host's terminal lines and the desktop shell's native dialogs.
export const shellAr = {
  // The midad command line: its usage errors and the few lines it prints.
  'cli.usage.no_command': 'لم يُذكر أمر. الأوامر: import وlist وshow وstatus وexport وlint؛ للمساعدة: midad --help',
  'cli.usage.unknown_command': 'أمر غير معروف «{command}». الأوامر: import وlist وshow وstatus وexport وlint؛ للمساعدة: midad --help',
  'cli.usage.unknown_option': 'الخيار «{option}» غير معروف للأمر {command}. للمساعدة: midad --help',
  'cli.usage.bad_option': 'الخيار «{option}» مكتوب خطأً: {usage}. للمساعدة: midad --help',
  'cli.usage.missing_argument': 'الأمر {command} ينقصه {argument}: {usage}',
  'cli.usage.extra_argument': 'معامل زائد «{argument}» للأمر {command}: {usage}',
  'cli.usage.bad_value': '«{value}» ليست قيمة يقبلها {option}؛ القيم المقبولة: {allowed}',
  'cli.usage.option_needs': 'الخيار {option} لا يعمل إلا مع {needs}: {usage}',
  'cli.help': `مداد — سطر الأوامر لقاعدة مقالات مداد.

الاستعمال:
  midad import FILE [--json]   استيراد مقال من ملف نصي بترميز UTF-8: أول سطر غير فارغ عنوانه، وكل كتلة بعده تفصلها سطور فارغة فقرة.
  midad list [--status S] [--json]   المقالات، الأحدث تعديلًا أولًا، مع حالة كل منها؛ ‎--status‎ يُبقي ما كان في حالة واحدة.
  midad show ID [--json]       مقال مخزَّن: بياناته ونصه.
  midad status ID STATUS       نقل المقال في مسار التحرير: draft (مسودة) أو in_review (قيد المراجعة) أو approved (معتمد) أو published (منشور).
  midad export ID --out DIR [--format F]
                               تصدير المقال للنشر في المجلد DIR: ملف index.html (الصفحة) وfragment.html (المتن لنظام إدارة المحتوى) وninjs.json وصوره في images. ‎--format‎ بقيمة page أو fragment أو ninjs يكتب ذلك الملف وحده (مع صوره)؛ all هو الافتراضي. يُرفض ما دام فحص ما قبل النشر يجد أخطاء.
  midad export --all [--status S] --out DIR [--format F]
                               تصدير كل المقالات (أو ما كان منها في الحالة S) إلى DIR/ID/ (ID معرّف المقال)، مع شريط تقدّم في الطرفية. ما يرفضه الفحص يُذكر ويُتخطّى، ورمز الخروج حينئذ 1.
  midad lint ID [--json]       فحص ما قبل النشر: سطر لكل ملاحظة. يخرج بـ 0 حين لا أخطاء (ولو بقيت تحذيرات)، و1 حين توجد أخطاء، و2 لمقال غير معروف.

خيارات لكل الأوامر:
  --db PATH   ملف قاعدة البيانات؛ وإلا المتغير MIDAD_DB، وإلا قاعدة بيانات التطبيق.
  --json      مخرجات JSON للبرامج.
  --debug     عند الخطأ، أظهر تفاصيله كاملة.
  --help      هذه المساعدة.

اللغة من المتغير MIDAD_LOCALE: ar أو en.
رموز الخروج: 0 نجاح، 2 خطأ في طريقة الاستعمال، 1 أي خطأ آخر.`,
  'cli.imported': 'استُورد المقال «{headline}»: {id}',
  'cli.exported': 'صُدّر المقال إلى {folder} ({count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}).',
  'cli.no_articles': 'لا مقالات في قاعدة البيانات.',
  'cli.untitled': '(بلا عنوان)',
  'cli.lint.unknown_article': 'لا مقال بالمعرّف «{id}» في قاعدة البيانات.',
  'cli.lint.clean': 'لا ملاحظات على المقال: جاهز للنشر.',
  'cli.lint.summary': '{errors}، {warnings}.',
  'cli.status_set': 'صار المقال {id}: {status}.',
  'cli.batch.none_at_status': 'لا مقالات في حالة «{status}».',
  'cli.batch.exported': 'صُدّر «{headline}» إلى {folder}',
  'cli.batch.refused': '«{headline}» ({id}): {reason}',
  'cli.batch.summary': '{exported, plural, zero {لم يُصدَّر أي مقال} one {صُدّر مقال واحد} two {صُدّر مقالان} few {صُدّرت # مقالات} many {صُدّر # مقالًا} other {صُدّر # مقال}}، {refused, plural, zero {ولم يُرفض شيء} one {ورُفض مقال واحد} two {ورُفض مقالان} few {ورُفضت # مقالات} many {ورُفض # مقالًا} other {ورُفض # مقال}}.',

  // The browser host (`npm run web`).
  'host.running': 'مداد يعمل على {url}  (قاعدة البيانات: {dbPath}؛ Ctrl+C يوقفه)',
  'host.not_built': 'الواجهة لم تُبنَ بعد: شغّل `npm run build` أولًا (`npm run web` يفعل ذلك).',
  'host.port_in_use': 'المنفذ {port} على 127.0.0.1 مستعمل؛ مرّر --port 0 لأي منفذ حر.',
  'host.could_not_start': 'تعذّر تشغيل مداد: {detail}',

  // The desktop shell's native dialogs.
  'shell.startup_failed_title': 'تعذّر فتح مداد',
  'shell.export_folder_title': 'اختر المجلد الذي يُصدَّر المقال إليه',
  'shell.export_folder_button': 'صدِّر هنا',
  'shell.export_batch_folder_title': 'اختر المجلد الذي تُصدَّر المقالات إليه (لكل مقال مجلده)',
  'cli.exported_draft': 'صُدّر المقال مسودةً (لا تُفهرس ولا تاريخ نشر لها) إلى {folder} ({count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}).'
} as const
