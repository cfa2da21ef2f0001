import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRepo('./src/web'),
  plugins: [react()],
  resolve: {
    // dkfds only exports its script; the stylesheet, fonts and icons are reached by path.
    alias: { '@dkfds': fromRepo('./node_modules/dkfds/dist') },
  },
  build: {
    outDir: fromRepo('./dist/web'),
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
