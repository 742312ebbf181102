// Errors a journalist can meet, by code (shared/contract/errors.ts).
export const errorsAr = {
  'error.invalid_input': 'الطلب غير صالح (الحقل: {field}). لم يتغيّر شيء.',
  'error.unknown_operation': 'عملية غير معروفة. لم يتغيّر شيء.',
  'error.not_found': 'المقال غير موجود؛ ربما حُذف.',
  'error.stale_version': 'حُفظت نسخة أحدث من هذا المقال في مكان آخر. أعد تحميل المقال قبل المتابعة؛ لم يُكتب فوق النسخة الأحدث.',
  'error.invalid_body': 'محتوى المقال لا يطابق بنية المقال ({detail}). لم يُحفظ شيء.',
  'error.image_not_image': 'الملف «{fileName}» ليس صورة بصيغة مقبولة (JPEG أو PNG أو WebP أو GIF أو AVIF).',
  'error.image_too_large': 'الصورة «{fileName}» أكبر من الحد المسموح ({limitMb} ميغابايت).',
  'error.image_empty': 'الملف «{fileName}» فارغ.',
  'error.export_failed': 'تعذّر تصدير المقال: {detail}',
  'error.export_folder_not_empty': 'المجلد «{folder}» فيه ملفات أخرى غير تصدير سابق لمقال؛ اختر مجلدًا فارغًا أو جديدًا. لم يُكتب شيء.',
  'error.export_image_missing': 'صورة في المقال ليست في مكتبة الصور ({mediaId})؛ احذفها من المقال أو أضفها من جديد ثم أعد التصدير. لم يُكتب شيء.',
  'error.export_blocked_by_check':
    'لم يُصدَّر المقال للنشر: فيه {errors, plural, one {خطأ واحد يجب إصلاحه} two {خطآن يجب إصلاحهما} few {# أخطاء يجب إصلاحها} many {# خطأً يجب إصلاحها} other {# خطأ يجب إصلاحها}} أولًا؛ انظر لوحة «فحص ما قبل النشر» (أو midad lint). التحذيرات لا تمنع التصدير. لم يُكتب شيء.',
  'error.file_unreadable': 'تعذّرت قراءة الملف «{fileName}»؛ تأكّد أنه موجود وأنه ملف لا مجلد.',
  'error.import_binary': 'الملف «{fileName}» ليس ملفًا نصيًا (فيه بيانات ثنائية). لم يُستورد شيء.',
  'error.import_not_utf8': 'الملف «{fileName}» ليس بترميز UTF-8؛ احفظه بترميز UTF-8 ثم أعد المحاولة. لم يُستورد شيء.',
  'error.import_empty': 'الملف «{fileName}» فارغ، لا نص فيه. لم يُستورد شيء.',
  'error.import_too_large': 'الملف «{fileName}» أكبر من أن يكون مقالًا (الحد {limitMb} ميغابايت). لم يُستورد شيء.',
  'error.import_headline_too_long': 'السطر الأول من «{fileName}» أطول من أن يكون عنوانًا ({length} حرفًا، والحد {max}). اجعل العنوان وحده في السطر الأول. لم يُستورد شيء.',
  'error.import_unsupported_format': 'لا يمكن استيراد «{fileName}»: الصيغ المقبولة هي Word ‏(.docx) وHTML وMarkdown ‏(.md) والنص ‏(.txt). لم يُستورد شيء.',
  'error.import_docx_damaged': 'الملف «{fileName}» ليس مستند Word سليمًا (.docx)؛ قد يكون تالفًا أو بصيغة أخرى. لم يُستورد شيء.',
  'error.section_duplicate': 'لا يتكرر القسم في القائمة. لم تتغير القائمة.',
  'error.cancelled': 'أُلغيت العملية.',
  'error.db_too_new': 'قاعدة البيانات أنشأها إصدار أحدث من مداد (الإصدار {found}، وهذا البرنامج يعرف حتى {supported}). لم تُمسّ؛ حدّث مداد لفتحها.',
  'error.unauthorized': 'طلب غير مأذون.',
  'error.internal': 'حدث خطأ غير متوقع. لم يُفقد ما كُتب؛ حاول مرة أخرى.'
} as const
