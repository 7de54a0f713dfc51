// The application log: one file in the data folder (logs/pzk.log), rotated by size, for the IT department
// when something went wrong. It never holds what the team wrote: a line is a fixed English event name
// from the code and fields that are numbers, booleans or short tokens (ids, method names, error codes);
// anything else in a field is written as "[text]". An error is logged by its name, code and stack frames
// — never by its message, which may quote what was typed (SQLite and zod quote values). Appends are
// synchronous so that the line before a crash is on disk; rotation is a rename of at most five files,
// which no stream library does synchronously.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type LogField = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogField>;

export interface Logger {
  /** The file written, or null (the console only). */
  readonly file: string | null;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, error: unknown, fields?: LogFields): void;
}

export const LOG_DIR_NAME = 'logs';
export const LOG_FILE_NAME = 'pzk.log';

/** Ids, codes, method names, versions, file names without spaces: a token cannot carry a sentence. */
const TOKEN = /^[A-Za-z0-9_.:/@+=,#-]{0,120}$/;
/** A PESEL, a phone or an account number is digits; a token of many digits is not logged either. */
const LONG_NUMBER = /\d{7,}/;

export function safeField(value: LogField): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const home = homedir();
  const text = home && value.startsWith(home) ? `~${value.slice(home.length)}` : value;
  return TOKEN.test(text) && !LONG_NUMBER.test(text) ? text : '[text]';
}

/** Name, code and the stack's frames (file:line and function), without the message. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  // The frames come after the message, which may span lines (and could even hold a line that looks like a frame).
  const stack = error.stack ?? '';
  const at = error.message ? stack.indexOf(error.message) : -1;
  const frames = (at >= 0 ? stack.slice(at + error.message.length) : stack)
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim().replace(homedir() || '\u0000', '~'));
  return [`${safeField(error.name)}${typeof code === 'string' ? ` ${safeField(code)}` : ''}`, ...frames].join(' | ');
}

function line(level: string, event: string, fields: LogFields | undefined, now: Date, error?: unknown): string {
  const parts = Object.entries(fields ?? {}).map(([key, value]) => `${key}=${safeField(value)}`);
  if (error !== undefined) parts.push(`error="${describeError(error)}"`);
  return `${now.toISOString()} ${level} ${safeField(event.replace(/ /g, '_'))}${parts.length ? ` ${parts.join(' ')}` : ''}\n`;
}

export interface FileLoggerOptions {
  maxBytes?: number;
  /** Files kept: pzk.log and pzk.1.log … pzk.(files-1).log. */
  files?: number;
  clock?: () => Date;
  /** Warnings and errors also to stderr (the hosts' console), as before the log file existed. */
  echo?: boolean;
}

export function logFiles(dir: string, files = 5): string[] {
  return [LOG_FILE_NAME, ...Array.from({ length: files - 1 }, (_, i) => `pzk.${i + 1}.log`)].map((name) => join(dir, name));
}

export function fileLogger(dataDir: string, options: FileLoggerOptions = {}): Logger {
  const dir = join(dataDir, LOG_DIR_NAME);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const names = logFiles(dir, options.files ?? 5);
  const clock = options.clock ?? (() => new Date());
  let broken = false;
  const rotate = () => {
    rmSync(names.at(-1)!, { force: true });
    for (let i = names.length - 2; i >= 0; i--) if (existsSync(names[i]!)) renameSync(names[i]!, names[i + 1]!);
  };
  const write = (text: string) => {
    if (options.echo && !text.includes(' INFO ')) process.stderr.write(`[pzk] ${text}`);
    if (broken) return;
    try {
      mkdirSync(dir, { recursive: true });
      if (existsSync(names[0]!) && statSync(names[0]!).size + text.length > maxBytes) rotate();
      appendFileSync(names[0]!, text);
    } catch {
      // A log that cannot be written (read-only data folder) must never stop the app.
      broken = true;
    }
  };
  return {
    file: names[0]!,
    info: (event, fields) => write(line('INFO', event, fields, clock())),
    warn: (event, fields) => write(line('WARN', event, fields, clock())),
    error: (event, error, fields) => write(line('ERROR', event, fields, clock(), error)),
  };
}

/** For the CLI and in-memory cores: the console only, with the same redaction. */
export function consoleLogger(): Logger {
  const out = (text: string) => process.stderr.write(`[pzk] ${text}`);
  return {
    file: null,
    info: () => undefined,
    warn: (event, fields) => out(line('WARN', event, fields, new Date())),
    error: (event, error, fields) => out(line('ERROR', event, fields, new Date(), error)),
  };
}
