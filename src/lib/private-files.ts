import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs'

/**
 * The data folder holds the SQLite database and the generated secrets: readable by the app's own
 * user only (folder 0700, files 0600), whatever the umask, also when they already exist.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(dir, 0o700)
}

/** Creates the file empty when missing (SQLite then opens it as a new database), then makes it 0600. */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', 0o600))
  chmodSync(file, 0o600)
}
