import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataRoot, REPO_ROOT } from '@aid/shared/runtime/paths.js';
import type { Logger } from '@aid/shared/runtime/logger.js';

/** The explorer's browser source (React + GraphiQL), bundled by esbuild. */
export const EXPLORER_SOURCE_DIR = fileURLToPath(new URL('../../explorer/', import.meta.url));

/** The bundled explorer, held in memory and served by the gateway. */
export interface ExplorerAssets {
  /** A hash of everything the bundle is made from; in the asset URLs, so a browser never keeps a stale copy. */
  version: string;
  script: string;
  stylesheet: string;
}

const SCRIPT = 'explorer.js';
const STYLESHEET = 'explorer.css';

// The browser bundle: one script, one stylesheet (GraphiQL's inlined fonts and icons stay data: URLs).
const BUILD_OPTIONS = {
  entryPoints: { explorer: join(EXPLORER_SOURCE_DIR, 'app.tsx') },
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
} as const;

/**
 * What the bundle is made from: the explorer's sources, the installed packages (npm's record of the tree it
 * installed, else the lockfile) and the build options. Any change makes a new version, hence a rebuild.
 */
function sourceVersion(): string {
  const hash = createHash('sha256').update(JSON.stringify(BUILD_OPTIONS));
  for (const name of readdirSync(EXPLORER_SOURCE_DIR).sort()) {
    hash.update(name).update(readFileSync(join(EXPLORER_SOURCE_DIR, name)));
  }
  const installed = [join(REPO_ROOT, 'node_modules/.package-lock.json'), join(REPO_ROOT, 'package-lock.json')].find((file) => existsSync(file));
  if (installed) hash.update(readFileSync(installed));
  return hash.digest('hex').slice(0, 16);
}

function readBuild(dir: string, version: string): ExplorerAssets {
  return { version, script: readFileSync(join(dir, SCRIPT), 'utf8'), stylesheet: readFileSync(join(dir, STYLESHEET), 'utf8') };
}

/**
 * The explorer's assets, built on first use and cached under `<data folder>/explorer/<version>/`: a gateway start
 * after the first (or after `npm ci`, with nothing changed) reads them in milliseconds; a changed source or package
 * rebuilds them (about a second). Nothing is fetched: esbuild bundles what `npm ci` installed. Concurrent starts
 * each build into a folder of their own and the first rename wins.
 */
export async function loadExplorerAssets(options: { cacheDir?: string; logger?: Logger } = {}): Promise<ExplorerAssets> {
  const cacheDir = options.cacheDir ?? join(dataRoot(), 'explorer');
  const version = sourceVersion();
  const target = join(cacheDir, version);
  if (existsSync(join(target, STYLESHEET))) return readBuild(target, version);

  const started = Date.now();
  const building = join(cacheDir, `.build-${version}-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(building, { recursive: true });
  try {
    // Loaded only here: a gateway without the explorer (production by default) never needs esbuild.
    const { build } = await import('esbuild');
    await build({ ...BUILD_OPTIONS, target: [...BUILD_OPTIONS.target], outdir: building });
    try {
      renameSync(building, target);
    } catch (error) {
      // Another process finished the same version first; its build is as good as ours.
      if (!existsSync(join(target, STYLESHEET))) throw error;
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  // Older versions are never served again (each process holds its own assets in memory).
  for (const entry of readdirSync(cacheDir)) {
    if (entry !== version && !entry.startsWith('.build-')) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  options.logger?.info({ version, tookMs: Date.now() - started }, 'explorer assets built');
  return readBuild(target, version);
}
