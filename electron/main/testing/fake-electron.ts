import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'

/**
 * A stand-in for the `electron` module that records what the shell asks of
 * it, for `vi.mock('electron', …)`. It imitates only what Midad's shell uses,
 * and the bits of Electron behaviour the guards depend on (e.g. every new
 * webContents is announced through app's 'web-contents-created').
 */

export interface FakeEvent {
  defaultPrevented: boolean
  preventDefault(): void
  url?: string
}

export function fakeEvent(extra: Record<string, unknown> = {}): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    },
    ...extra
  }
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public readonly processId: number,
    public readonly routingId: number
  ) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }

let nextId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++
  readonly mainFrame = new FakeWebFrame('about:blank', this.id, 1)
  windowOpenHandler: WindowOpenHandler | undefined
  /** What the main process sent the page (webContents.send). */
  readonly sent: Array<{ channel: string; args: unknown[] }> = []
  destroyed = false
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
  /** What Electron does before following a link or location change. */
  tryNavigate(url: string): { prevented: boolean } {
    const event = fakeEvent({ url })
    this.emit('will-navigate', event, url)
    return { prevented: event.defaultPrevented }
  }
  tryRedirect(url: string): { prevented: boolean } {
    const event = fakeEvent({ url })
    this.emit('will-redirect', event, url)
    return { prevented: event.defaultPrevented }
  }
  tryFrameNavigate(url: string): { prevented: boolean } {
    const event = fakeEvent({ url, isMainFrame: false })
    this.emit('will-frame-navigate', event)
    return { prevented: event.defaultPrevented }
  }
  tryAttachWebview(): { prevented: boolean } {
    const event = fakeEvent()
    this.emit('will-attach-webview', event, {}, {})
    return { prevented: event.defaultPrevented }
  }
  /** What window.open in the page asks the main process. */
  tryOpenWindow(url: string): { action: 'allow' | 'deny' } {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }) : { action: 'allow' }
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  visible = false
  destroyed = false
  loaded: { file?: string; url?: string } = {}

  constructor(readonly options: { webPreferences?: Record<string, unknown>; show?: boolean; title?: string }) {
    super()
    FakeBrowserWindow.all.push(this)
    fake.app.emit('web-contents-created', fakeEvent(), this.webContents)
  }
  loadFile(path: string): Promise<void> {
    this.loaded = { file: path }
    this.webContents.mainFrame.url = pathToFileURL(path).href
    return Promise.resolve()
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url }
    this.webContents.mainFrame.url = url
    return Promise.resolve()
  }
  show(): void {
    this.visible = true
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
    fake.calls.push('window.destroy')
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {
    fake.calls.push('window.focus')
  }
  /** A user clicking the close button: listeners may cancel; otherwise the window goes. */
  userClose(): { prevented: boolean } {
    const event = fakeEvent()
    this.emit('close', event)
    if (!event.defaultPrevented && !this.destroyed) {
      this.destroyed = true
      this.emit('closed')
    }
    return { prevented: event.defaultPrevented }
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void
) => void
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean
type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown

function createFake() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    paths: new Map<string, string>(),
    singleInstance: true,
    ready: Promise.resolve(),
    enableSandbox: () => void fake.calls.push('app.enableSandbox'),
    requestSingleInstanceLock: () => app.singleInstance,
    quit: () => void fake.calls.push('app.quit'),
    exit: (code?: number) => void fake.calls.push(`app.exit(${code ?? 0})`),
    whenReady: () => app.ready,
    getPath: (name: string) => {
      const path = app.paths.get(name)
      if (!path) throw new Error(`fake app has no path for ${name}`)
      return path
    },
    setPath: (name: string, path: string) => void app.paths.set(name, path)
  })

  const defaultSession = {
    headersListener: undefined as HeadersListener | undefined,
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => {
        defaultSession.headersListener = listener
      }
    },
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => {
      defaultSession.permissionRequestHandler = handler
    },
    setPermissionCheckHandler: (handler: PermissionCheckHandler) => {
      defaultSession.permissionCheckHandler = handler
    }
  }

  const ipcMain = {
    handlers: new Map<string, InvokeHandler>(),
    listeners: new Map<string, unknown>(),
    handle: (channel: string, handler: InvokeHandler) => {
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      ipcMain.handlers.set(channel, handler)
    },
    on: (channel: string, listener: unknown) => void ipcMain.listeners.set(channel, listener)
  }

  const protocol = {
    privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    registeredBeforeReady: false,
    handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    registerSchemesAsPrivileged: (schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) => {
      // Electron keeps only the last call's schemes: a second call would silently drop the first's.
      if (fake.calls.includes('protocol.registerSchemesAsPrivileged')) throw new Error('registerSchemesAsPrivileged called twice')
      protocol.privileged.push(...schemes)
      fake.calls.push('protocol.registerSchemesAsPrivileged')
    },
    handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
      protocol.handlers.set(scheme, handler)
    }
  }

  const shell = {
    opened: [] as string[],
    openExternal: (url: string) => {
      shell.opened.push(url)
      return Promise.resolve()
    },
    openedPaths: [] as string[],
    /** What the next openPath answers: empty for success, else the system's error text. */
    nextOpenPathError: '',
    openPath: (path: string) => {
      shell.openedPaths.push(path)
      return Promise.resolve(shell.nextOpenPathError)
    }
  }

  const dialog = {
    nextOpenResult: { canceled: true, filePaths: [] as string[] },
    openDialogs: [] as Array<Record<string, unknown>>,
    errorBoxes: [] as Array<{ title: string; content: string }>,
    showOpenDialog: (...args: unknown[]) => {
      dialog.openDialogs.push(args[args.length - 1] as Record<string, unknown>)
      return Promise.resolve(dialog.nextOpenResult)
    },
    showErrorBox: (title: string, content: string) => {
      dialog.errorBoxes.push({ title, content })
      fake.calls.push('dialog.showErrorBox')
    }
  }

  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld: (key: string, api: unknown) => void contextBridge.exposed.set(key, api)
  }

  const ipcRenderer = {
    invoked: [] as Array<{ channel: string; args: unknown[] }>,
    invoke: (channel: string, ...args: unknown[]) => {
      ipcRenderer.invoked.push({ channel, args })
      return Promise.resolve({ ok: true, value: channel })
    },
    /** Listeners by channel, as ipcRenderer.on keeps them; `receive` plays a message from the main process. */
    listeners: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      const set = ipcRenderer.listeners.get(channel) ?? new Set()
      set.add(listener)
      ipcRenderer.listeners.set(channel, set)
      return ipcRenderer
    },
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      ipcRenderer.listeners.get(channel)?.delete(listener)
      return ipcRenderer
    },
    receive(channel: string, ...args: unknown[]) {
      for (const listener of ipcRenderer.listeners.get(channel) ?? []) listener({}, ...args)
    }
  }

  return {
    calls: [] as string[],
    app,
    session: { defaultSession },
    ipcMain,
    protocol,
    shell,
    dialog,
    contextBridge,
    ipcRenderer,
    /** The module `vi.mock('electron')` hands to the code under test. */
    get module() {
      return {
        app,
        session: { defaultSession },
        ipcMain,
        protocol,
        shell,
        dialog,
        contextBridge,
        ipcRenderer,
        BrowserWindow: FakeBrowserWindow,
        default: {}
      }
    }
  }
}

export const fake = createFake()
