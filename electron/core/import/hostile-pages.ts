// Saved pages written to trip an HTML parser: each lists the paragraphs a
// reader sees in a browser, which must all reach the imported article, and
// text a reader never sees (scripts, styles, templates), which must not.

/** Twenty-six distinct Arabic paragraphs, numbered so a lost one is named. */
export const paragraphs = Array.from({ length: 26 }, (_, i) => `الفقرة رقم ${i + 1} من تقرير المراسل عن جلسة البرلمان المطولة.`)

const p = (text: string) => `<p>${text}</p>`

export interface HostilePage {
  name: string
  html: string
  visible: string[]
  hidden: string[]
}

export const hostilePages: HostilePage[] = [
  {
    name: 'an inline svg holding a <style>, then 26 paragraphs',
    html: `<!doctype html><html lang="ar"><head><title>جلسة البرلمان</title></head><body><article><h1>جلسة البرلمان</h1>
<svg width="24" height="24" viewBox="0 0 24 24"><style>.icon{fill:red}</style><path d="M0 0h24v24z"/></svg>
${paragraphs.map(p).join('\n')}</article></body></html>`,
    visible: paragraphs,
    hidden: ['.icon{fill:red}']
  },
  {
    // Inside an svg a <script> is markup, not raw text, as browsers read it.
    name: 'an inline svg holding a <script>, then 26 paragraphs',
    html: `<!doctype html><html><body><svg><script>var track = function () { return "تتبع" }; track()</script><g><title>أيقونة</title></g></svg>
${paragraphs.map(p).join('')}</body></html>`,
    visible: paragraphs,
    hidden: ['var track', 'تتبع', 'أيقونة']
  },
  {
    name: 'unclosed tags and misnested formatting',
    html: `<body><div><p>أولا <b>بخط عريض <i>ومائل</b> ثم مائل</i> فقط<p>ثانيا فقرة بلا إغلاق<div>ثالثا في كتلة<p>رابعا بعدها <a href="https://news.example/x">رابط <b>غامق</a> بعده</b> نص
<ul><li>بند أول<li>بند ثان</ul><p>خامسا أخيرة`,
    visible: ['أولا بخط عريض ومائل ثم مائل فقط', 'ثانيا فقرة بلا إغلاق', 'ثالثا في كتلة', 'رابعا بعدها رابط غامق بعده نص', 'بند أول', 'بند ثان', 'خامسا أخيرة'],
    hidden: []
  },
  {
    name: 'nested tables, text fostered out of a table',
    html: `<!doctype html><body><p>قبل الجدول</p><table>نص ضائع في الجدول<tr><td>خلية أولى</td><td><table><tr><td>خلية داخلية</td></tr></table></td></tr><tr><td><p>فقرة في خلية</p></td></tr></table><p>بعد الجدول</p></body>`,
    visible: ['قبل الجدول', 'نص ضائع في الجدول', 'خلية أولى', 'خلية داخلية', 'فقرة في خلية', 'بعد الجدول'],
    hidden: []
  },
  {
    name: 'comments, odd comments and CDATA',
    html: `<!doctype html><body><p>قبل التعليق</p><!-- <p>مخفي في تعليق</p> --><p>بين التعليقين</p><!--><p>بعد تعليق فارغ</p><!---><p>بعد تعليق غريب</p>
<![CDATA[ بيانات مخفية ]]><p>بعد CDATA</p><!-- غير مغلق -- > <p>ما زال تعليقا</p> --><p>الختام</p></body>`,
    visible: ['قبل التعليق', 'بين التعليقين', 'بعد تعليق فارغ', 'بعد تعليق غريب', 'بعد CDATA', 'الختام'],
    hidden: ['مخفي في تعليق', 'بيانات مخفية', 'ما زال تعليقا']
  },
  {
    name: '<noscript>, <template>, <style> and <script> in the body',
    html: `<!doctype html><html><head><noscript><style>p{display:none}</style></noscript><script>window.x = "<p>"</script></head><body>
<p>الفقرة الأولى</p><noscript><p>فعّل جافاسكربت</p></noscript><template><p>قالب لا يظهر</p></template><style>p::after{content:"زخرفة"}</style>
<p>الفقرة الثانية</p><script>document.write("<p>مكتوب بالسكربت</p>")</script><p>الفقرة الثالثة</p><iframe><p>داخل إطار</p></iframe><p>الفقرة الرابعة</p></body></html>`,
    visible: ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة', 'الفقرة الرابعة'],
    hidden: ['فعّل جافاسكربت', 'قالب لا يظهر', 'زخرفة', 'مكتوب بالسكربت', 'window.x', 'داخل إطار', 'display:none']
  },
  {
    name: 'math and svg inside paragraphs, raw-text elements left open',
    html: `<body><p>معادلة <math><mi>x</mi><mo>=</mo><mn>2</mn></math> في السطر</p><p>صورة <svg><foreignObject><p>داخل الرسم</p></foreignObject></svg> ثم نص</p>
<p>قبل العنوان الخاطئ</p><textarea>نص في مربع</textarea><p>بعد المربع</p><style>/* لم يُغلق`,
    visible: ['معادلة في السطر', 'صورة ثم نص', 'قبل العنوان الخاطئ', 'بعد المربع'],
    hidden: ['داخل الرسم', 'لم يُغلق']
  }
]
