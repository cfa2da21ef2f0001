import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeReturnPath } from '../../src/features/auth/return-path.js';

test('paths on this site are kept, with their query', () => {
  for (const path of ['/', '/min-side', '/admin/brugere?side=2', '/borgere/%C3%A6bler']) assert.equal(safeReturnPath(path), path);
});

test('anything that could leave the site, or nothing at all, means /min-side', () => {
  for (const value of [undefined, '', 'min-side', '//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/ok\nLocation: x', `/${'a'.repeat(600)}`]) {
    assert.equal(safeReturnPath(value), '/min-side', String(value));
  }
});
