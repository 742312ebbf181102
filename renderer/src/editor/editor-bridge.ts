import type { EditorHooks } from './editor-extensions'

type Handlers = Omit<EditorHooks, 'mediaUrl'>

/**
 * The editor and its extensions are built once per article, but what they
 * call back (the placeholder in the current language, the screen's save and
 * link box, the slash menu, the newsroom's typography) changes with each
 * render. They call through this bridge, which always holds the latest handlers.
 */
export class EditorBridge {
  private handlers: Handlers

  constructor(handlers: Handlers) {
    this.handlers = handlers
  }

  update(handlers: Handlers): void {
    this.handlers = handlers
  }

  hooks(mediaUrl: (mediaId: string) => string): EditorHooks {
    return {
      mediaUrl,
      placeholder: () => this.handlers.placeholder(),
      onLink: () => this.handlers.onLink(),
      onFieldBlur: () => this.handlers.onFieldBlur(),
      onShortcutSheet: () => this.handlers.onShortcutSheet(),
      onSlashKey: (key) => this.handlers.onSlashKey(key),
      typography: () => this.handlers.typography(),
      onFiles: (files) => this.handlers.onFiles(files),
      onComment: () => this.handlers.onComment(),
      onSuggesting: () => this.handlers.onSuggesting(),
      onSuggested: (ids) => this.handlers.onSuggested(ids),
      isMySuggestion: (id) => this.handlers.isMySuggestion(id)
    }
  }
}
