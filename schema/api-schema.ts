import { resolve } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema, type GraphQLSchema } from 'graphql';
import { SUPERGRAPH_FILE } from './composition.js';

/** The schema clients see, derived from the supergraph: committed beside it for codegen and editors. */
export const API_SCHEMA_FILE = resolve(SUPERGRAPH_FILE, '../api.graphql');

/**
 * The API schema of a supergraph: what the gateway serves and introspection shows, without federation's
 * internals (`join__*`, `link__*`, `_entities`, `_service`) or the authorization directives, which clients
 * cannot send. Every feature the supergraph links is accepted here: this reads the contract, it enforces nothing.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
}

/** `apiSchemaOf` printed as SDL, as `schema/api.graphql` holds it. */
export function apiSchemaSdl(supergraphSdl: string): string {
  return `${printSchema(apiSchemaOf(supergraphSdl))}\n`;
}
