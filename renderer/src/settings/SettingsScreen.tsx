import { useEffect, useRef, useState } from 'react'
import {
  digitStyles,
  interfaceLocales,
  monthNameStyles,
  quoteStyles,
  themes,
  type NewsroomSettings
} from '../../../shared/settings/newsroom-settings'
import { ErrorMessage } from '../common/ErrorMessage'
import { useReturnFocus } from '../common/use-return-focus'
import type { ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import { PageFontSelects } from './PageFontSelects'
import { SectionListEditor } from './SectionListEditor'
import { ShowLogGroup } from './ShowLogGroup'
import { ProfileGroup } from '../people/ProfileGroup'
import { SiteSettingsGroup } from './SiteSettingsGroup'
import { HubSettingsGroup } from '../hub/HubSettingsGroup'
import { useNewsroomSettings, type SettingsPart } from './settings-context'

const choiceLabel = {
  locale: 'settings.language',
  theme: 'settings.theme',
  quoteStyle: 'settings.quoteStyle',
  digitStyle: 'settings.digitStyle'
} as const

interface Props {
  part: SettingsPart
  onClose: () => void
}

/**
 * The newsroom's settings, over whatever screen was open (an article stays
 * open and keeps saving underneath). Each choice is stored as it is made.
 */
export function SettingsScreen({ part, onClose }: Props) {
  const t = useT()
  const { settings, saveSettings } = useNewsroomSettings()
  const [error, setError] = useState<ShownMessage | null>(null)
  const [saved, setSaved] = useState(false)
  const [target, setTarget] = useState(String(settings.headlineTarget))
  const sectionsRef = useRef<HTMLElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  useReturnFocus()

  useEffect(() => {
    if (part === 'sections') sectionsRef.current?.scrollIntoView({ block: 'start' })
    closeRef.current?.focus()
  }, [part])

  const save = async (patch: Partial<NewsroomSettings>) => {
    setSaved(false)
    const refused = await saveSettings(patch)
    setError(refused)
    setSaved(!refused)
    return refused
  }

  const choice = <K extends 'locale' | 'theme' | 'quoteStyle' | 'digitStyle'>(
    key: K,
    options: readonly NewsroomSettings[K][],
    label: (option: NewsroomSettings[K]) => string
  ) => (
    <div className="settings-choice" role="radiogroup" aria-labelledby={`settings-${key}`}>
      <span className="settings-label" id={`settings-${key}`}>
        {t(choiceLabel[key])}
      </span>
      <span className="segmented">
        {options.map((option) => (
          <label key={option} className="segment" data-checked={settings[key] === option}>
            <input
              type="radio"
              name={key}
              value={option}
              data-testid={`settings-${key}-${option}`}
              checked={settings[key] === option}
              onChange={() => void save({ [key]: option })}
            />
            <span lang={key === 'locale' ? option : undefined}>{label(option)}</span>
          </label>
        ))}
      </span>
    </div>
  )

  return (
    <div className="settings-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="settings-panel" role="dialog" aria-modal="true" aria-labelledby="settings-title" data-testid="settings">
        {/* A div, not a <header>: inside a dialog a header would be a second banner landmark. */}
        <div className="settings-header">
          <h1 id="settings-title">{t('settings.title')}</h1>
          <button ref={closeRef} type="button" className="button" data-testid="close-settings" onClick={onClose}>
            {t('settings.back')}
          </button>
        </div>
        <div className="messages">
          {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
          {saved && (
            <p className="notice" role="status" data-testid="settings-notice">
              {t('settings.saved')}
            </p>
          )}
        </div>

        <ProfileGroup />

        <section className="settings-group">
          <h2>{t('settings.interface')}</h2>
          {choice('locale', interfaceLocales, (locale) => t(`settings.language.${locale}`))}
          {choice('theme', themes, (theme) => t(`settings.theme.${theme}`))}
        </section>

        <section className="settings-group">
          <h2>{t('settings.writing')}</h2>
          {choice('quoteStyle', quoteStyles, (style) => t(`settings.quoteStyle.${style}`))}
          {choice('digitStyle', digitStyles, (style) => t(`settings.digitStyle.${style}`))}
          <label className="settings-choice">
            <span className="settings-label">{t('settings.headlineTarget')}</span>
            <input
              type="number"
              inputMode="numeric"
              className="settings-number"
              data-testid="settings-headline-target"
              min={10}
              max={500}
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              onBlur={() => {
                const value = Number(target)
                if (value === settings.headlineTarget) return
                // A refused target puts the stored one back in the box, beside the message.
                void save({ headlineTarget: value }).then((refused) => refused && setTarget(String(settings.headlineTarget)))
              }}
            />
          </label>
          <label className="settings-choice settings-check">
            <input
              type="checkbox"
              data-testid="settings-hijri"
              checked={settings.hijriTwin}
              onChange={(event) => void save({ hijriTwin: event.target.checked })}
            />
            <span>{t('settings.hijriTwin')}</span>
          </label>
          <label className="settings-choice settings-check">
            <input
              type="checkbox"
              data-testid="settings-editors-approve"
              checked={settings.editorsApprove}
              onChange={(event) => void save({ editorsApprove: event.target.checked })}
            />
            <span>{t('settings.editorsApprove')}</span>
          </label>
          <label className="settings-choice settings-check">
            <input
              type="checkbox"
              data-testid="settings-editors-suggest"
              checked={settings.editorsSuggest}
              onChange={(event) => void save({ editorsSuggest: event.target.checked })}
            />
            <span>{t('settings.editorsSuggest')}</span>
          </label>
          <label className="settings-choice">
            <span className="settings-label">{t('settings.monthNames')}</span>
            <select
              data-testid="settings-month-names"
              value={settings.monthNames}
              onChange={(event) => void save({ monthNames: event.target.value as NewsroomSettings['monthNames'] })}
            >
              {monthNameStyles.map((style) => (
                <option key={style} value={style}>
                  {t(`settings.monthNames.${style}`)}
                </option>
              ))}
            </select>
          </label>
          <PageFontSelects settings={settings} save={save} />
        </section>

        <SiteSettingsGroup settings={settings} save={save} />

        <section className="settings-group" ref={sectionsRef}>
          <h2>{t('settings.sections')}</h2>
          <p className="settings-hint">{t('settings.sections.hint')}</p>
          <SectionListEditor />
        </section>

        <HubSettingsGroup />
        <ShowLogGroup />
      </div>
    </div>
  )
}
