import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`The data directory ${dataDir} is in use by another Mestring process (pid ${pid}). Stop it first, or set MESTRING_DATA_DIR to another directory.`);
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Directories this process holds: the pid in the lock file cannot tell our own second open from a stale lock. */
const heldHere = new Set<string>();

/**
 * PGlite does not lock its directory, and two processes writing one data directory corrupt it.
 * A lock file with our pid keeps a second process out; a lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const key = resolve(dataDir);
  if (heldHere.has(key)) throw new DataDirLockedError(dataDir, process.pid);
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'mestring.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(key);
      return () => {
        heldHere.delete(key);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dataDir, pid);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
