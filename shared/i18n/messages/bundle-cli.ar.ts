// Review bundles as the command line words them: writing one, and what merging one did.
export const bundleCliAr = {
  'cli.bundle.written': 'كُتبت الحزمة: {file} ({articles, plural, one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}}، {size})',
  'cli.bundle.exists': 'الملف {file} موجود من قبل، ولا يكتب مداد فوق ملف موجود. اختر اسمًا آخر بـ --out. لم يُكتب شيء.',
  'cli.bundle.from': 'من {name} (الجهاز {device}، بصمة المفتاح {fingerprint}){known, select, true {} other {؛ أول حزمة من هذا الجهاز}}',
  'cli.bundle.nobody': 'مرسل لم يذكر اسمه',
  'cli.bundle.article': '{outcome, select, new {جديد} returns {عاد بعد حذفه} merged {دُمج} other {بلا تغيير}}: {headline} ({id}) +{added} −{removed}'
} as const
