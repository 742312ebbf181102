export function builtProgram(name: 'cli' | 'host'): string
