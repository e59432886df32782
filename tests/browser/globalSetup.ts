/** Serve dist/ (plus test-only datasets under /data/) once for all browser test files. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from './staticServer';

const root = path.resolve(__dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Test-only files that cannot live as .json fixtures (Prettier would reject them). */
export const VIRTUAL_DATA: Record<string, string> = {
  'not-json.json': '{\n  "schemaVersion": 1,\n  "id": "not-json",\n',
};

/**
 * The build under test. Its own folder, not dist/, so a build someone else starts while
 * the tests run cannot swap the chunks under the browser.
 */
export const BUILD_DIR = process.env.STANCE_MAP_BUILD ?? 'test-results/dist';

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const dist = path.resolve(root, BUILD_DIR);
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `${BUILD_DIR}/index.html is missing: build first (npm run test:browser builds it).`,
    );
  }
  mkdirSync(path.join(root, 'test-results'), { recursive: true });
  server = await startStaticServer({
    root: dist,
    dataDirs: [path.join(root, 'tests/fixtures/broken')],
    dataFiles: VIRTUAL_DATA,
  });
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
