// What a news site's theme puts around an article, copied along with it:
// the related-articles heading, the comment form, share and back-to-top
// buttons: the site adds these to every page, they are not the article's. A line is chrome only
// when it is one of these phrases as a whole, so a sentence that mentions
// comments is never dropped.
const chromeLines: RegExp[] = [
  /^(مقالات|أخبار|مواضيع|موضوعات) (ذات صلة|مشابهة|متعلقة)$/,
  /^(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|أيضًا|ايضا|المزيد)$/,
  /^(اترك|أترك|أضف|اضف) (تعليقا|تعليقاً|تعليقًا|تعليق|ردا|رداً|ردًا)$/,
  /^لن يتم نشر عنوان بريدك الإلكتروني\.?( الحقول الإلزامية مشار إليها بـ ?\*)?$/,
  /^الحقول الإلزامية مشار إليها بـ ?\*$/,
  /^(زر )?(الذهاب|العودة|الرجوع|انتقل) (إلى|الى) (الأعلى|أعلى الصفحة)$/,
  /^(شارك|مشاركة|شارك المقال|شارك هذا المقال|مشاركة المقال)$/,
  /^(التعليقات|تعليقات|أرسل التعليق|إرسال التعليق|نشر التعليق)$/,
  /^(الاسم|البريد الإلكتروني|الموقع الإلكتروني) ?\*?$/,
  /^(related (articles|posts|stories)|read (also|more)|leave a (reply|comment)|back to top|share( this( article)?)?|comments?|post comment)$/i,
  /^your email address will not be published\.?( required fields are marked \*)?$/i
]

export function isWebsiteChrome(line: string): boolean {
  const bare = line.trim().replace(/[:：.…\s]+$/u, '').replace(/\s+/g, ' ')
  return bare.length <= 120 && chromeLines.some((pattern) => pattern.test(bare))
}
