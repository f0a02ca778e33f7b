import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SUPERGRAPH_CONFIG = resolve(ROOT, 'supergraph.yaml');
export const SUPERGRAPH_FILE = resolve(ROOT, 'schema/supergraph.graphql');

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** Reads supergraph.yaml (rover's format: subgraphs.<name>.routing_url and schema.file). */
export function readSupergraphConfig(file = SUPERGRAPH_CONFIG): SubgraphSource[] {
  const config = parseYaml(readFileSync(file, 'utf8')) as {
    subgraphs?: Record<string, { routing_url?: string; schema?: { file?: string } }>;
  };
  const problems: string[] = [];
  const sources: SubgraphSource[] = [];
  for (const [name, entry] of Object.entries(config.subgraphs ?? {})) {
    if (!entry.routing_url) problems.push(`subgraph ${name} has no routing_url`);
    if (!entry.schema?.file) problems.push(`subgraph ${name} has no schema.file`);
    if (!entry.routing_url || !entry.schema?.file) continue;
    try {
      sources.push({ name, url: entry.routing_url, sdl: readFileSync(resolve(dirname(file), entry.schema.file), 'utf8') });
    } catch {
      problems.push(`subgraph ${name}: cannot read ${entry.schema.file}`);
    }
  }
  if (sources.length === 0 && problems.length === 0) problems.push('supergraph.yaml lists no subgraphs');
  if (problems.length > 0) throw new Error(`supergraph.yaml is invalid:\n  - ${problems.join('\n  - ')}`);
  return sources;
}

export type CompositionOutcome =
  | { kind: 'success'; supergraphSdl: string; hints: string[] }
  | { kind: 'failure'; errors: string[] };

/** Composes subgraphs; a typed success or failure with every error, never half a result. */
export function composeSupergraph(sources: SubgraphSource[]): CompositionOutcome {
  const parseErrors: string[] = [];
  const services = sources.flatMap((source) => {
    try {
      return [{ name: source.name, url: source.url, typeDefs: parse(source.sdl) }];
    } catch (error) {
      parseErrors.push(`${source.name}: ${(error as Error).message}`);
      return [];
    }
  });
  if (parseErrors.length > 0) return { kind: 'failure', errors: parseErrors };
  const result = composeServices(services);
  if (result.errors) return { kind: 'failure', errors: result.errors.map((e) => e.message) };
  return { kind: 'success', supergraphSdl: result.supergraphSdl, hints: result.hints.map((h) => h.toString()) };
}
