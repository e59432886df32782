import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // The first-layout worker is an entry of its own, under a fixed name, because the
      // boot script in index.html starts it before any bundled code has run.
      input: { index: 'index.html', 'first-layout': 'src/layout/firstLayout.worker.ts' },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'first-layout' ? 'assets/first-layout.js' : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    testTimeout: 20000,
  },
});
