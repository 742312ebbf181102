// People: who uses this desk, and who wrote what; shared by the app's screens and the command line.
export const peopleAr = {
  'role.journalist': 'صحفي',
  'role.editor': 'محرر',
  'role.web_desk': 'مكتب النشر الإلكتروني',

  'profile.welcome.title': 'أهلًا بك في مداد',
  'profile.welcome.lead': 'قبل أن تبدأ: بأي اسم تظهر تعديلاتك وتعليقاتك لزملائك؟ يمكنك تغييره لاحقًا من الإعدادات.',
  'profile.name': 'الاسم كما يراه الزملاء',
  'profile.name.placeholder': 'مثلًا: سارة القاسم',
  'profile.role': 'عملك في غرفة الأخبار',
  'profile.start': 'ابدأ',
  'profile.name_needed': 'اكتب اسمك ليعرف زملاؤك من كتب ماذا.',
  'profile.settings.title': 'ملفك',
  'profile.settings.lead': 'يظهر اسمك ولونك على كل تعديل ونسخة وتغيير حالة تقوم به.',
  'profile.save': 'احفظ الملف',
  'profile.saved': 'حُفظ ملفك.',
  'profile.colour': 'لونك في المقالات',

  'cli.profile.none': 'لم يُعرَّف مستخدم لهذا الجهاز بعد. عرّفه بـ: midad profile --name "الاسم" --role journalist|editor|web_desk',
  'cli.profile.shown': '{name} — {role}',
  'cli.profile.name_needed': 'لا ملف لهذا الجهاز بعد: أعطه اسمًا بـ --name أولًا.'
} as const
