import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The client calls `/graphql` on its own origin; the dev server and `vite preview` proxy it to
// the gateway, so no CORS set-up is needed. Point it elsewhere with RAPPORT_GATEWAY_URL.
const gateway = process.env.RAPPORT_GATEWAY_URL ?? 'http://localhost:4000';
const proxy = { '/graphql': { target: gateway, changeOrigin: true } };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: '../../node_modules/.vite/web',
  plugins: [react()],
  server: { port: 4200, host: 'localhost', proxy },
  preview: { port: 4200, host: 'localhost', proxy },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    sourcemap: false,
  },
});
