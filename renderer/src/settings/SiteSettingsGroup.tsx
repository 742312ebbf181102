import { useState } from 'react'
import { articleUrlPlaceholders, authorUrlPlaceholders, normaliseSiteSettings, type SiteSettings } from '../../../shared/publishing/site-settings'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import type { ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'

type SiteField = keyof SiteSettings

interface FieldSpec {
  key: SiteField
  label:
    | 'settings.siteName'
    | 'settings.siteBaseUrl'
    | 'settings.articleUrlPattern'
    | 'settings.publisherName'
    | 'settings.publisherLogoUrl'
    | 'settings.authorUrlPattern'
  testId: string
  /** Addresses and patterns are Latin, read left to right whatever the interface language. */
  latin: boolean
  placeholders?: readonly string[]
  example?: string
}

const fields: FieldSpec[] = [
  { key: 'siteName', label: 'settings.siteName', testId: 'settings-site-name', latin: false },
  { key: 'siteBaseUrl', label: 'settings.siteBaseUrl', testId: 'settings-site-base-url', latin: true, example: 'https://example.com' },
  {
    key: 'articleUrlPattern',
    label: 'settings.articleUrlPattern',
    testId: 'settings-article-url-pattern',
    latin: true,
    placeholders: articleUrlPlaceholders,
    example: '{site}/{section}/{slug}/'
  },
  { key: 'publisherName', label: 'settings.publisherName', testId: 'settings-publisher-name', latin: false },
  { key: 'publisherLogoUrl', label: 'settings.publisherLogoUrl', testId: 'settings-publisher-logo-url', latin: true, example: 'https://example.com/logo.png' },
  {
    key: 'authorUrlPattern',
    label: 'settings.authorUrlPattern',
    testId: 'settings-author-url-pattern',
    latin: true,
    placeholders: authorUrlPlaceholders,
    example: '{site}/authors/{author}'
  }
]

interface Props {
  settings: NewsroomSettings
  /** Stores a change; resolves to the refusal, or null once stored. */
  save: (patch: Partial<NewsroomSettings>) => Promise<ShownMessage | null>
}

function SiteField({ spec, settings, save }: { spec: FieldSpec; settings: NewsroomSettings; save: Props['save'] }) {
  const t = useT()
  const stored = settings[spec.key]
  const [value, setValue] = useState(stored)
  const hintId = spec.placeholders ? `${spec.testId}-hint` : undefined
  return (
    <div className="settings-field">
      <label className="settings-label" htmlFor={spec.testId}>
        {t(spec.label)}
      </label>
      <input
        id={spec.testId}
        type={spec.key === 'siteBaseUrl' || spec.key === 'publisherLogoUrl' ? 'url' : 'text'}
        className="settings-text"
        data-testid={spec.testId}
        dir={spec.latin ? 'ltr' : undefined}
        spellCheck={!spec.latin}
        placeholder={spec.example}
        aria-describedby={hintId}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => {
          if (value === stored) return
          // Shown as stored: trimmed, the base URL without its trailing slash; a refusal puts the old value back.
          void save({ [spec.key]: value }).then((refused) =>
            setValue(refused ? stored : normaliseSiteSettings({ ...settings, [spec.key]: value })[spec.key])
          )
        }}
      />
      {spec.placeholders && (
        <p className="settings-hint" id={hintId}>
          {t('settings.placeholders')}{' '}
          {spec.placeholders.map((name) => (
            <code key={name} dir="ltr" className="settings-placeholder">{`{${name}}`}</code>
          ))}
        </p>
      )}
    </div>
  )
}

/**
 * The site the newsroom publishes to: what exported pages call it, where they
 * live and who publishes them. Each field is stored when it loses focus; a
 * refused value goes back to the stored one, beside the message saying why.
 */
export function SiteSettingsGroup({ settings, save }: Props) {
  const t = useT()
  return (
    <section className="settings-group" data-testid="settings-site">
      <h2>{t('settings.site')}</h2>
      <p className="settings-hint">{t('settings.site.hint')}</p>
      {fields.map((spec) => (
        <SiteField key={spec.key} spec={spec} settings={settings} save={save} />
      ))}
    </section>
  )
}
