import { describe, expect, it } from 'vitest'
import { databasePathFor, defaultDatabasePath, defaultUserDataDir } from './default-paths'

// The CLI must find the database the desktop app uses, i.e. the folder
// Electron's app.getPath('userData') gives for productName "Midad".
describe('where Midad keeps its data by default', () => {
  it('follows XDG on Linux', () => {
    expect(defaultUserDataDir({ platform: 'linux', env: {}, home: '/home/salma' })).toBe('/home/salma/.config/Midad')
    expect(defaultDatabasePath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, home: '/home/salma' }))
      .toBe('/data/cfg/Midad/midad.sqlite')
  })

  it('uses Application Support on macOS', () => {
    expect(defaultDatabasePath({ platform: 'darwin', env: {}, home: '/Users/salma' }))
      .toBe('/Users/salma/Library/Application Support/Midad/midad.sqlite')
  })

  it('uses the roaming AppData folder on Windows', () => {
    const env = { APPDATA: 'C:\\Users\\salma\\AppData\\Roaming' }
    expect(defaultDatabasePath({ platform: 'win32', env, home: 'C:\\Users\\salma' }))
      .toBe('C:\\Users\\salma\\AppData\\Roaming\\Midad\\midad.sqlite')
  })
})

// The CLI, the web host and the desktop app ask one rule which database to open.
describe('which database a shell opens', () => {
  it('takes the file named on the command line first, then MIDAD_DB', () => {
    expect(databasePathFor({ named: '/desk/a.sqlite', env: { MIDAD_DB: '/desk/b.sqlite' } })).toBe('/desk/a.sqlite')
    expect(databasePathFor({ env: { MIDAD_DB: '/desk/b.sqlite' } })).toBe('/desk/b.sqlite')
    expect(databasePathFor({ named: '', env: { MIDAD_DB: '' }, userDataDir: '/profile' })).toBe('/profile/midad.sqlite')
  })

  it('falls back to midad.sqlite in the user-data folder the app is given, or the one it would be given', () => {
    expect(databasePathFor({ userDataDir: '/tmp/profile' })).toBe('/tmp/profile/midad.sqlite')
    expect(databasePathFor({ env: {} })).toBe(defaultDatabasePath())
  })
})
