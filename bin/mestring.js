#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that operators need no separate build step (see docs/decisions/0002).
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
