export type ElectronBinary = { available: true; path: string } | { available: false; reason: string }

export function findElectronBinary(projectRoot: string, env?: Record<string, string | undefined>): ElectronBinary
