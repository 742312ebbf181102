import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import { operationNames } from '../../shared/contract/operations'
import { channelFor, EVENT_CHANNEL } from '../../shared/contract/wire'
import type { Handlers } from '../../shared/contract/api'
import { MidadError, type Result } from '../../shared/contract/errors'
import { dispatch, failure } from '../../shared/contract/dispatch'
import type { ContractEvent } from '../../shared/contract/events'
import type { Locale } from '../../shared/i18n/translate'
import type { CoreEvents, Log } from '../core'
import type { RendererLocation } from './renderer-location'

/**
 * Only the app's own page, in the main frame of the app's own window, may
 * speak the contract. A subframe, another window or a page the window was
 * navigated to by mistake is refused before anything reaches core.
 */
export function isAppSender(event: IpcMainInvokeEvent, window: BrowserWindow | null, location: RendererLocation): boolean {
  if (!window || window.isDestroyed()) return false
  const contents = window.webContents
  const frame = event.senderFrame
  if (event.sender !== contents || !frame) return false
  const main = contents.mainFrame
  return frame.processId === main.processId && frame.routingId === main.routingId && location.isAppPage(frame.url)
}

/** One ipcMain.handle per operation of the contract; nothing else is listened to. */
export function bindContract(options: {
  ipcMain: IpcMain
  handlers: Handlers
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
  locale: () => Locale
  /** Where an unexpected failure is written, beside the console (a packaged app's console goes nowhere). */
  log?: Log
}): void {
  const { ipcMain, handlers, isTrustedSender, locale } = options
  for (const name of operationNames) {
    ipcMain.handle(channelFor(name), async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: failure(new MidadError('unauthorized'), locale()) }
      }
      return dispatch(handlers, name, payload, {
        locale: locale(),
        onUnexpected: (error) => {
          console.error(`Midad: ${name} failed unexpectedly`, error)
          options.log?.error('an operation failed unexpectedly', { operation: name, error })
        }
      })
    })
  }
}

type EventTarget = { send(channel: string, message: unknown): void; isDestroyed(): boolean }

/** One contract event to the window, on the contract's event channel; a window that is gone, or not yet there, is skipped. */
export function tellWindow(target: EventTarget | null, event: ContractEvent): void {
  if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, event)
}

/**
 * Core's events to the article window, on the contract's one event channel.
 * A window that is gone, or not yet there, is skipped.
 */
export function forwardEvents(options: { events: CoreEvents; target: () => EventTarget | null }): () => void {
  return options.events.subscribe((event) => tellWindow(options.target(), event))
}
