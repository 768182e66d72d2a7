/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI is loaded by the Tauri shell from `ui/dist` (relative paths, no server) and, while
// developing, from the dev server on a fixed port that the shell's config points at.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // WebKitGTK (Linux), WKWebView (macOS) and WebView2 (Windows) are all evergreen enough.
    target: ['es2022', 'safari15'],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
