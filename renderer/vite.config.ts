import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The built page runs under `script-src 'self'; style-src 'self'`, so nothing
// may be inlined: no modulepreload polyfill (it is an inline script) and no
// assets turned into data: URLs (fonts would be refused by font-src 'self').
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    // The passphrase dictionaries are large by nature; they load once, from disk.
    chunkSizeWarningLimit: 2048,
  },
});
