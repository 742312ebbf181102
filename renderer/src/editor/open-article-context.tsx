import { createContext, useContext } from 'react'

const OpenArticleContext = createContext<string | null>(null)

/** The article on screen, for pickers that must not offer it to itself. */
export const OpenArticleProvider = OpenArticleContext.Provider

export function useOpenArticleId(): string | null {
  return useContext(OpenArticleContext)
}
