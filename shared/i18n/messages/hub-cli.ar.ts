// The newsroom hub as the command line words it: running it, its members, and a desk's join, share and sync.
export const hubCliAr = {
  'cli.hub.running': 'المركز يعمل، وبياناته في {dataDir}. يوقفه Ctrl+C.',
  'cli.hub.member': '{name}\t{role}\t{state, select, revoked {أُلغيت عضويته} expired {انتهت عضويته} other {عضو}}\t{expires}',
  'cli.hub.no_members': 'لا أعضاء في المركز بعد. أضف عضوًا بـ midad hub member add.',
  'cli.hub.member_exists': 'في المركز عضو باسم «{name}» من قبل. اختر اسمًا آخر، أو ألغِ عضويته أولًا. لم يتغير شيء.',
  'cli.hub.no_such_member': 'لا عضو باسم «{name}» في المركز. لم يتغير شيء.',
  'cli.hub.revoked': 'أُلغيت عضوية {name}: لن يقبل المركز رمزه بعد الآن.',
  'cli.hub.joined': 'انضم هذا المكتب إلى المركز {url} باسم {name} ({role}).',
  'cli.hub.shared': '{count, plural, one {شورك مقال واحد} two {شورك مقالان} few {شوركت # مقالات} many {شورك # مقالًا} other {شورك # مقال}} مع المركز؛ المقالات المشتركة الآن: {total}.',
  'cli.hub.synced': 'تمت المزامنة مع المركز: أُرسل {sent}، ووصل {received}، منها {created} جديدة؛ الصور: أُرسل {picturesSent}، ووصل {picturesReceived}.'
} as const
