import type sharpLibrary from 'sharp'

export type SharpLibrary = typeof sharpLibrary

let loading: Promise<SharpLibrary> | undefined

/**
 * sharp, loaded when a picture is first read rather than when core starts:
 * its native libvips is the heaviest thing core could load, and opening the
 * app, the host or a CLI command that touches no picture needs none of it.
 */
export const loadSharp = (): Promise<SharpLibrary> => (loading ??= import('sharp').then((module) => module.default))
