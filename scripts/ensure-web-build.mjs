#!/usr/bin/env node
// Builds the web app when its sources changed since the last build, so `npm start` always serves the current UI
// without paying for a build on every start.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const builtIndex = join(repo, 'dist/web/index.html');
// The app also bundles pure rules from src/domain (the role list, the organisation tree), so their changes need a new build too.
const sources = ['src/web', 'src/domain', 'vite.config.ts'].map((path) => join(repo, path));

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestChange));

if (changedAt > builtAt) {
  console.log('Building the web app …');
  const { build } = await import('vite');
  await build({ configFile: join(repo, 'vite.config.ts'), logLevel: 'warn' });
}
