/** Where services write diagnostics. Tests pass a recording logger; production writes to stderr. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that prefixes each line with a timestamp and writes to the console. */
export function createConsoleLogger(prefix = 'crisis-room'): Logger {
  const line = (level: string, message: string) =>
    `${new Date().toISOString()} ${prefix} ${level} ${message}`;
  return {
    info: (message) => console.log(line('info', message)),
    warn: (message) => console.warn(line('warn', message)),
    error: (message) => console.error(line('error', message)),
  };
}
