// Fonts ship with the app (offline-first, `font-src 'self'`): Naskh for the
// copy, Sans Arabic for the interface.
import '@fontsource/noto-naskh-arabic/400.css'
import '@fontsource/noto-naskh-arabic/700.css'
import '@fontsource/noto-sans-arabic/400.css'
import '@fontsource/noto-sans-arabic/500.css'
import '@fontsource/noto-sans-arabic/600.css'
import './styles/base.css'
import './styles/controls.css'
import './styles/library.css'
import './styles/article.css'
import './styles/editor.css'
import './styles/theme.css'
import './styles/metadata.css'
import './styles/settings.css'
import './styles/window-widths.css'
import { createRoot } from 'react-dom/client'
import { translate } from '../../shared/i18n/translate'
import { App } from './App'
import { connectBackend } from './backend/backend'
import { preloadFonts } from './fonts/preload-fonts'
import { reportProblem } from './backend/report-problem'
import { BackendContext } from './backend/backend-context'
import { LocaleProvider } from './i18n/locale-context'
import { SettingsProvider } from './settings/SettingsProvider'
import { ProfileProvider } from './people/ProfileProvider'

const backend = connectBackend(() => translate(document.documentElement.lang === 'en' ? 'en' : 'ar', 'backend.unreachable'))

preloadFonts((face, error) => reportProblem(backend.api, `the font face ${face} did not preload; it loads when first used`, error))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

createRoot(root).render(
  <BackendContext.Provider value={backend}>
    <LocaleProvider>
      {/* Outside the settings: the settings screen, which that provider shows, edits the profile. */}
      <ProfileProvider>
        <SettingsProvider>
          <App />
        </SettingsProvider>
      </ProfileProvider>
    </LocaleProvider>
  </BackendContext.Provider>
)
