import { exportResource } from './export-resource'

/** The page's stylesheet, inlined so the exported folder needs nothing else. */
export const exportStylesheet = (): string => exportResource('article.css')
