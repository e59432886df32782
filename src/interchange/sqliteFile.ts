/** The first 16 bytes of every SQLite database file ("SQLite format 3" and a NUL). */
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Whether these bytes start as an SQLite database (a DNA file) does: no sql.js needed. */
export function startsLikeSqlite(bytes: Uint8Array): boolean {
  for (let i = 0; i < SQLITE_HEADER.length; i++)
    if (bytes[i] !== SQLITE_HEADER.charCodeAt(i)) return false;
  return true;
}
