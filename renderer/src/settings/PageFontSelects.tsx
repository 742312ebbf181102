import { pageFonts, type PageFont } from '../../../shared/publishing/page-fonts'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import { useT } from '../i18n/locale-context'

interface Props {
  settings: NewsroomSettings
  save: (patch: Partial<NewsroomSettings>) => Promise<unknown>
}

/**
 * The typefaces of the exported page (and of the preview): one for the copy,
 * one for the headlines. The page carries the files with it.
 */
export function PageFontSelects({ settings, save }: Props) {
  const t = useT()
  const select = (key: 'bodyFont' | 'headlineFont', testId: string) => (
    <label className="settings-choice">
      <span className="settings-label">{t(key === 'bodyFont' ? 'settings.bodyFont' : 'settings.headlineFont')}</span>
      <select data-testid={testId} value={settings[key]} onChange={(event) => void save({ [key]: event.target.value as PageFont })}>
        {pageFonts.map((font) => (
          <option key={font} value={font}>
            {t(`settings.pageFont.${font}`)}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <>
      {select('bodyFont', 'settings-body-font')}
      {select('headlineFont', 'settings-headline-font')}
    </>
  )
}
