// Console output for the launcher and the test runner: coloured prefixes per process, step timings.
// No dependencies: this runs before `pnpm install`.

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : String(text));

export const colours = {
  bold: paint('1'),
  dim: paint('2'),
  red: paint('31'),
  green: paint('32'),
  yellow: paint('33'),
  blue: paint('34'),
  magenta: paint('35'),
  cyan: paint('36'),
};

const rotation = [colours.cyan, colours.magenta, colours.blue, colours.yellow, colours.green];
let next = 0;

/** A stable colour per process name, so that interleaved logs stay readable. */
export function prefixFor(name, width = 12) {
  const colour = rotation[next++ % rotation.length];
  return colour(`${name.padEnd(width)} │`);
}

export const info = (message) => console.log(`${colours.bold(colours.green('▸'))} ${message}`);
export const warn = (message) => console.warn(`${colours.bold(colours.yellow('!'))} ${colours.yellow(message)}`);
export const fail = (message) => console.error(`${colours.bold(colours.red('✗'))} ${colours.red(message)}`);

const PINO_LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };
const PINO_NOISE = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'name', 'v']);

/**
 * The servers log pino JSON (one object a line). On a terminal that is hard to read, so the launcher shows
 * level, message and the remaining fields compactly; anything that is not JSON passes through unchanged.
 */
export function humanize(line) {
  if (!line.startsWith('{')) return line;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof entry !== 'object' || entry === null || !('level' in entry)) return line;
  const level = PINO_LEVELS[entry.level] ?? String(entry.level);
  const tint = entry.level >= 50 ? colours.red : entry.level >= 40 ? colours.yellow : colours.dim;
  const rest = Object.entries(entry)
    .filter(([key]) => !PINO_NOISE.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${tint(level.padEnd(5))} ${entry.msg ?? ''}${rest ? ` ${colours.dim(rest)}` : ''}`;
}

/** Calls `write` once per complete line of a stream, keeping partial lines until they end. */
export function eachLine(stream, write) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) write(line.replace(/\r$/, ''));
  });
  stream.on('end', () => {
    if (pending) write(pending);
    pending = '';
  });
}

export function formatDuration(ms) {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
