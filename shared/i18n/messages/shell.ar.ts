// Words the shells say outside the editor: the `midad` command line, the
// browser host's terminal lines and the desktop shell's native dialogs.
export const shellAr = {
  // The midad command line: its usage errors and the few lines it prints.
  'cli.usage.no_command': 'لم يُذكر أمر. الأوامر: init وimport وlist وshow وstatus وexport وlint وpicture وsettings وprofile وhistory وdiff وrestore وrevision وcomments وcomment وsuggestions وaccept وreject؛ للمساعدة: midad --help',
  'cli.usage.unknown_command': 'أمر غير معروف «{command}». الأوامر: init وimport وlist وshow وstatus وexport وlint وpicture وsettings وprofile وhistory وdiff وrestore وrevision وcomments وcomment وsuggestions وaccept وreject؛ للمساعدة: midad --help',
  'cli.usage.unknown_option': 'الخيار «{option}» غير معروف للأمر {command}. للمساعدة: midad --help',
  'cli.usage.bad_option': 'الخيار «{option}» مكتوب خطأً: {usage}. للمساعدة: midad --help',
  'cli.usage.missing_argument': 'الأمر {command} ينقصه {argument}: {usage}',
  'cli.usage.extra_argument': 'معامل زائد «{argument}» للأمر {command}: {usage}',
  'cli.usage.bad_value': '«{value}» ليست قيمة يقبلها {option}؛ القيم المقبولة: {allowed}',
  'cli.usage.option_needs': 'الخيار {option} لا يعمل إلا مع {needs}: {usage}',
  'cli.help': `مداد — سطر الأوامر لقاعدة مقالات مداد.

الاستعمال:
  midad init [--json]          إنشاء قاعدة بيانات فارغة في ‎--db‎ (أو MIDAD_DB، أو قاعدة التطبيق)؛ القاعدة الموجودة تُترك كما هي.
  midad import FILE|FOLDER… [--json]
                               استيراد مقالات من ملفات Word ‏(.docx) أو HTML ‏(.html) أو Markdown ‏(.md) أو نص ‏(.txt)؛ والمجلد FOLDER يُستورد كل ملف من هذه فيه. مع عدة ملفات يظهر شريط تقدّم في الطرفية وينتهي الأمر بملخّص يسمّي كل ملف مرفوض وسبب رفضه، ورمز الخروج حينئذ 1. يُنشئ قاعدة البيانات إن لم تكن موجودة.
  midad import FILE --into ID [--json]
                               نسخة أحدث لمقال موجود (من ملف الصحفي .docx أو .txt…) تُطبَّق تعديلًا عليه وتُسجَّل نسخةً، فيرى المحرر ما تغيّر بالضبط؛ ما كان قبلها يُحفظ نسخةً أيضًا.
  midad list [--status S] [--limit N] [--offset N] [--json]
                                     المقالات، الأحدث تعديلًا أولًا، مع حالة كل منها؛ ‎--status‎ يُبقي ما كان في حالة واحدة، و‎--limit‎ و‎--offset‎ يعرضان صفحة منها.
  midad search QUERY [--section S] [--status S] [--author A] [--tag T] [--from DATE] [--to DATE] [--limit N] [--json]
                               البحث في الأرشيف: كل كلمة يجب أن ترد، أيًّا كان رسمها أو تشكيلها وبسوابقها أو بدونها؛ "عبارة بنصها" وبادئة* و‎-كلمة‎ مستبعدة؛ ‎--from‎ و‎--to‎ يحدّان تاريخ آخر تعديل (YYYY-MM-DD). لكل نتيجة: العنوان والمعرّف والحالة ثم مقتطف، والكلمات المطابقة بين « ». البحث الذي يبدأ بـ ‎-‎ يُكتب بعد ‎--‎.
  midad reindex [--json]       إعادة بناء فهرس البحث من كل المقالات.
  midad show ID [--json]       المقال كاملًا: الحالة والقسم والعنوان التمهيدي والعنوان والموجز والكتّاب ومكان الخبر والوسوم، ثم المتن (العناوين والفقرات والاقتباسات مع قائليها والقوائم والصور مع تعليقها ومصدرها).
  midad status ID STATUS       نقل المقال في مسار التحرير: draft (مسودة) أو in_review (قيد المراجعة) أو approved (معتمد) أو published (منشور).
  midad export ID --out DIR [--format F] [--draft] [--json]
                               تصدير المقال للنشر في المجلد DIR/ID/ (ID معرّف المقال): ملف index.html (الصفحة) وfragment.html (المتن لنظام إدارة المحتوى) وninjs.json وصوره في images. ‎--format‎ بقيمة page أو fragment أو ninjs يكتب ذلك الملف وحده (مع صوره)؛ all هو الافتراضي. يُرفض ما دام فحص ما قبل النشر يجد أخطاء، إلا مع ‎--draft‎: مسودة معلَّمة (noindex، بلا تاريخ نشر) تُكتب ولو وجد الفحص أخطاء.
  midad export --all [--status S] --out DIR [--format F] [--json]
                               تصدير كل المقالات (أو ما كان منها في الحالة S) إلى DIR/ID/، مع شريط تقدّم في الطرفية. ما يرفضه الفحص يُذكر ويُتخطّى، ورمز الخروج حينئذ 1.
  midad lint ID [--json]       فحص ما قبل النشر: سطر لكل ملاحظة. يخرج بـ 0 حين لا أخطاء (ولو بقيت تحذيرات)، و1 حين توجد أخطاء.
  midad picture ID --figure N FILE [--json]
                               وضع صورة من ملف (JPEG أو PNG أو WebP أو GIF أو AVIF) في الصورة رقم N من المقال (تُعدّ من 1 بترتيبها في المتن)؛ يبقى تعليقها ومصدرها ونصها البديل.
  midad settings [--json]      إعدادات غرفة الأخبار والموقع، سطر «الاسم القيمة» لكل منها.
  midad settings NAME VALUE    تغيير إعداد واحد (مثلًا siteBaseUrl https://example.com)، ويُفحص كما يفحصه التطبيق.
  midad profile [--name N] [--role R] [--json]
                               من يستعمل هذا الجهاز: يُعرض، أو يُعرَّف باسم ودور (journalist صحفي، editor محرر، web_desk مكتب النشر). تحمله تعديلاته وتغييرات الحالة التي يقوم بها.
  midad history ID [--json]    نسخ المقال من الأقدم: المعرّف والوقت ومن قام بها وسببها (حفظ يدوي، تغيير حالة، استيراد، استعادة، إغلاق، كل 10 دقائق) والتسمية والكلمات المضافة والمحذوفة.
  midad diff ID [--from REV] [--to REV] [--json]
                               مقارنة نسختين كلمةً كلمة (آخر نسخة مع الآن إن لم تُذكرا): البيانات التي تغيّرت ثم كل كتلة تغيّرت، والكلمات المحذوفة بين [- -] والمضافة بين '{'+ +'}'.
  midad restore ID REV [--json]
                               إعادة نص النسخة REV (معرّفها أو أول 8 أحرف منه) تعديلًا جديدًا؛ ويُحفظ ما كان قبلها نسخةً.
  midad revision ID [--label TEXT] [--json]
                               حفظ المقال كما هو الآن نسخةً، مع تسمية اختيارية.
  midad comments ID [--json]   تعليقات المقال من الأقدم: الكلمات التي يدور عليها كل تعليق، وهل هو مفتوح أو محسوم، وهل ما زالت كلماته في النص، ثم الردود مع أصحابها.
  midad comment ID --on WORDS --text TEXT [--json]
                               تعليق على أول موضع ترد فيه الكلمات WORDS في النص (داخل فقرة واحدة) باسم مستخدم هذا الجهاز؛ ‎@الاسم‎ في النص يذكر زميلًا يعرفه الجهاز. الكلمات التي لا ترد في النص خطأ، ورمز الخروج 1.
  midad suggestions ID [--json]
                               الاقتراحات التي تنتظر قرارًا، بترتيبها في النص: المعرّف وصاحب الاقتراح وما يحذفه [- -] وما يضيفه '{'+ +'}'.
  midad accept ID (--all | --by PERSON | SUGGESTION) [--json]
  midad reject ID (--all | --by PERSON | SUGGESTION) [--json]
                               قبول الاقتراحات أو رفضها: كلها، أو اقتراحات شخص واحد (اسمه أو معرّفه)، أو اقتراح واحد (معرّفه أو أول 8 أحرف منه)؛ ويُسجَّل القرار ومن اتخذه.
  midad bundle ID… --out FILE.midad [--purpose review|back] [--json]
                               اكتب المقالات كاملةً في حزمة مراجعة واحدة يوقّعها هذا الجهاز: نصها بتعليقاته واقتراحاته، ونسخها، وسجل حالاتها، وصورها، والأشخاص فيها. احملها إلى جهاز آخر؛ ولا يُكتب فوق FILE أبدًا.
  midad import FILE.midad [--json]
                               ادمج حزمة مراجعة: المقال الجديد يُضاف، والمعروف يأخذ ما ينقصه (لا يُكتب فوق شيء). يطبع من أرسلها، ولكل مقال: جديد أو دُمج أو بلا تغيير، مع الكلمات المضافة والمحذوفة. الحزمة التالفة أو المعدّلة بعد توقيعها أو غير الصالحة لا تغيّر شيئًا: رمز الخروج 1.
  midad hub --data DIR [--port PORT] [--host ADDRESS]
                               شغّل مركز غرفة الأخبار: يطبع عنوانه (ws://127.0.0.1:PORT) وحده في السطر الأول، ويعمل حتى Ctrl+C. بياناته في DIR. لا يستمع إلا على 127.0.0.1 ما لم يُعطَ --host.
  midad hub member add NAME --role R --data DIR [--expires DATE]
                               أضف عضوًا إلى المركز (journalist أو editor أو web_desk، ومكتب الويب يقرأ ولا يكتب)؛ يطبع رمزه وحده في سطر، ولا يُعرض مرة أخرى.
  midad hub member list --data DIR [--json]   |   midad hub member revoke NAME --data DIR
                               أعضاء المركز وحالاتهم؛ أو إلغاء عضوية فلا يُقبل رمزها بعد ذلك.
  midad join URL --token TOKEN [--json]
                               انضم بهذا المكتب إلى مركز (ws:// أو wss://)؛ يُتحقق من الرمز مع المركز قبل حفظه.
  midad share ID… [--json]     شارك المقالات مع المركز: تتزامن معه من الآن.
  midad sync [--json]          زامن مرة واحدة ثم اخرج: يُرسل كل مقال مشترك ويصل كل مقال في المركز، ويطبع ما أُرسل وما وصل.

خيارات لكل الأوامر:
  --db PATH   ملف قاعدة البيانات؛ وإلا المتغير MIDAD_DB، وإلا قاعدة بيانات التطبيق. لا يُنشئه إلا init وimport؛ وبقية الأوامر ترفض مسارًا لا قاعدة فيه.
  --json      مخرجات JSON للبرامج.
  --debug     اعرض سطور السجل على stderr، وعند الخطأ أظهر تفاصيله كاملة.
  --help      هذه المساعدة.

المعرّف الذي لا يسمّي مقالًا خطأ واحد في كل الأوامر: رمز الخروج 2.
اللغة: المتغير MIDAD_LOCALE ‏(ar أو en)، وإلا LC_ALL أو LC_MESSAGES أو LANG ‏(en… للإنجليزية)؛ والعربية فيما سوى ذلك.
رموز الخروج: 0 نجاح، 2 خطأ في طريقة الاستعمال (ومنه مقال أو إعداد أو مسار قاعدة غير معروف)، 1 أي خطأ آخر.`,
  'cli.imported': 'استُورد المقال «{headline}»: {id}',
  'cli.imported_into': 'حُدّث المقال «{headline}» بنسخة الملف (+{added} −{removed})؛ سُجّل التحديث نسخةً: {revision}',
  'cli.exported': 'صُدّر المقال إلى {folder} ({count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}).',
  'cli.no_articles': 'لا مقالات في قاعدة البيانات.',
  'cli.list.page': 'المقالات {from}–{to} من {total}.',
  'cli.list.past_end': 'لا مقالات بعد أول {offset}: {total, plural, zero {لا مقالات هنا} one {هنا مقال واحد} two {هنا مقالان} few {هنا # مقالات} many {هنا # مقالًا} other {هنا # مقال}}.',
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
  'shell.bundle_folder_title': 'اختر المجلد الذي تُحفظ فيه حزمة المراجعة',
  'shell.bundle_folder_button': 'احفظ هنا',
  'shell.export_batch_folder_title': 'اختر المجلد الذي تُصدَّر المقالات إليه (لكل مقال مجلده)',
  'cli.error.export_blocked_by_check':
    'لم يُصدَّر المقال للنشر: فيه {errors, plural, one {خطأ واحد يجب إصلاحه} two {خطآن يجب إصلاحهما} few {# أخطاء يجب إصلاحها} many {# خطأً يجب إصلاحها} other {# خطأ يجب إصلاحها}} أولًا؛ يعرضها الأمر midad lint ID. التحذيرات لا تمنع التصدير. لم يُكتب شيء.',
  'cli.db_missing': 'لا قاعدة بيانات في «{path}»، ولم يُنشأ شيء. تحقّق من ‎--db‎ أو MIDAD_DB. الأمر midad init ينشئ قاعدة جديدة، وmidad import ينشئها مع أول مقال.',
  'cli.init.created': 'أُنشئت قاعدة بيانات جديدة: {path}',
  'cli.init.exists': 'قاعدة البيانات {path} موجودة من قبل، وتُركت كما هي.',
  'cli.import_batch.imported': '{file}: استُورد «{headline}» ({id})',
  'cli.import_batch.refused': '{file}: رُفض — {reason}',
  'cli.import_batch.summary': '{imported, plural, zero {لم يُستورد أي ملف} one {استُورد ملف واحد} two {استُورد ملفان} few {استُوردت # ملفات} many {استُورد # ملفًا} other {استُورد # ملف}}، {refused, plural, zero {ولم يُرفض شيء} one {ورُفض ملف واحد} two {ورُفض ملفان} few {ورُفضت # ملفات} many {ورُفض # ملفًا} other {ورُفض # ملف}}.',
  'cli.show.status': 'الحالة',
  'cli.show.section': 'القسم',
  'cli.show.kicker': 'العنوان التمهيدي',
  'cli.show.headline': 'العنوان',
  'cli.show.dek': 'الموجز',
  'cli.show.bylines': 'بقلم',
  'cli.show.dateline': 'مكان الخبر',
  'cli.show.tags': 'الوسوم',
  'cli.show.slug': 'المعرّف في الرابط',
  'cli.show.figure': 'الصورة {n}',
  'cli.show.figure_waiting': 'الصورة {n}: تنتظر صورتها',
  'cli.show.caption': 'التعليق',
  'cli.show.credit': 'المصدر',
  'cli.show.alt': 'النص البديل',
  'cli.settings.unknown': '«{name}» ليس إعدادًا. الإعدادات: {allowed}',
  'cli.picture.no_figure': 'ليس في المقال {id} صورة رقم {n}: {count, plural, zero {لا صور فيه} one {فيه صورة واحدة} two {فيه صورتان} few {فيه # صور} many {فيه # صورة} other {فيه # صورة}}. لم يتغيّر شيء.',
  'cli.picture.set': 'صارت الصورة {n} في المقال {id} تعرض {fileName}.',
  'cli.exported_draft': 'صُدّر المقال مسودةً (لا تُفهرس ولا تاريخ نشر لها) إلى {folder} ({count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}).'
} as const
