/**
 * One GraphQL request from a service to another over HTTP (a feed page, a fact owned by another subgraph):
 * a POST with a bearer token and a timeout. Failures never carry the token or the body: the caller gets the
 * HTTP status and the error codes the other service answered with.
 */

export interface GraphQLRequest {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The bearer token to send. */
  token: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface GraphQLReply<TData> {
  status: number;
  data: TData | null;
  /** The `extensions.code` of each error entry (`UNKNOWN` when it has none). */
  codes: string[];
}

/** Raised when the other service cannot be reached at all (refused, reset, timed out). */
export class ServiceUnreachableError extends Error {}

export async function postGraphQL<TData>(request: GraphQLRequest): Promise<GraphQLReply<TData>> {
  let response: Response;
  try {
    response = await (request.fetch ?? fetch)(request.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new ServiceUnreachableError(`unreachable: ${(error as Error).name}`);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TData | null;
    errors?: { extensions?: { code?: string } }[];
  } | null;
  return { status: response.status, data: body?.data ?? null, codes: (body?.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN') };
}
