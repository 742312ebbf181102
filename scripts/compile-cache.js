// Node keeps the compiled code of the app and of its packages between starts
// (in the system's temporary folder, per Node version): a host or a CLI command
// then starts without compiling hundreds of modules again. Without the cache
// (an older Node, or a folder it cannot write) everything simply compiles.
import module from 'node:module'

module.enableCompileCache?.()
