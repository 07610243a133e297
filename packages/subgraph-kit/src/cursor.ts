import { userInputError } from './errors';

// Cursors are opaque to clients; today they carry an offset, which keeps `after` stable for a fixed ordering.
const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null || cursor === '') return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw userInputError(`分页游标 after 无效:${cursor}`, 'after');
  }
  return offset;
}
