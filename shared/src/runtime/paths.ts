import { fileURLToPath } from 'node:url';

/** The repository root, found relative to this module (never the working directory). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where embedded databases and dev keys live: AID_DATA_DIR, or `.data/` in the repository (git-ignored). */
export function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.AID_DATA_DIR?.trim() || `${REPO_ROOT}.data`;
}

export function devKeysFile(env: NodeJS.ProcessEnv = process.env): string {
  return `${dataRoot(env)}/keys/dev-keys.json`;
}

/** The development key pair of the gateway (anonymous tokens, gateway assertions), apart from the dev token key. */
export function gatewayKeysFile(env: NodeJS.ProcessEnv = process.env): string {
  return `${dataRoot(env)}/keys/gateway-keys.json`;
}
