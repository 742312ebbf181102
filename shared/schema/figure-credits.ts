/**
 * Credits the figure's credit field offers: the agencies Arab newsrooms take
 * pictures from, written as they are credited in print, and the newsroom's own
 * photographers. The newsroom's name becomes a setting with the site settings
 * (issue #4); until then it is this constant.
 */
export const newsroomOwnCredit = 'خاص'

export const figureCreditPresets: readonly string[] = ['أ ف ب', 'رويترز', 'أسوشيتد برس', 'الأناضول', 'Getty Images', newsroomOwnCredit]
