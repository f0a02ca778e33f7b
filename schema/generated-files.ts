import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface GeneratedFile {
  filename: string;
  content: string;
}

/**
 * Writes generated files, or with `check` compares them with the committed ones and exits 1 naming each stale
 * one and the command that regenerates it (`compose:check`, `codegen:check`).
 */
export function writeOrCheck(files: GeneratedFile[], options: { check: boolean; command: string }): void {
  const name = (file: string) => relative(ROOT, file);
  if (options.check) {
    const stale = files.filter(({ filename, content }) => {
      try {
        return readFileSync(filename, 'utf8') !== content;
      } catch {
        return true; // a missing file is stale
      }
    });
    for (const { filename } of stale) console.error(`${name(filename)} is stale: run \`${options.command}\` and commit the result.`);
    if (stale.length > 0) process.exit(1);
    console.log(`Up to date: ${files.map((f) => name(f.filename)).join(', ')}.`);
    return;
  }
  for (const { filename, content } of files) {
    mkdirSync(dirname(filename), { recursive: true });
    writeFileSync(filename, content);
    console.log(`Wrote ${name(filename)}`);
  }
}
