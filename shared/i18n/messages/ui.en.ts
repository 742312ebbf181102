import type { uiAr } from './ui.ar'

export const uiEn: Record<keyof typeof uiAr, string> = {
  'app.name': 'Midad'
}
