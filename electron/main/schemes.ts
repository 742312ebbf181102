import type { Protocol } from 'electron'
import { appSchemePrivileges } from './app-protocol'
import { mediaSchemePrivileges } from './media-protocol'

/**
 * Electron accepts one registerSchemesAsPrivileged call, before `ready`: a
 * second call replaces the first. Every scheme the app serves is named here.
 */
export function registerSchemes(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges, mediaSchemePrivileges])
}
