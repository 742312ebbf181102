/**
 * Credits the figure's credit field offers: the agencies Arab newsrooms take
 * pictures from, written as they are credited in print, and the newsroom's own
 * photographers. The newsroom's own credit is this constant; the site
 * settings do not name it yet.
 */
export const newsroomOwnCredit = 'خاص'

export const figureCreditPresets: readonly string[] = ['أ ف ب', 'رويترز', 'أسوشيتد برس', 'الأناضول', 'Getty Images', newsroomOwnCredit]
