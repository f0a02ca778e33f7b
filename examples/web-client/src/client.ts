/**
 * A tiny fetch-based client for the graph: it sends a typed document with its variables and a bearer token and
 * returns the typed data next to the errors, each with its code. No GraphQL library: the generated documents
 * are strings (`documentMode: 'string'`).
 */
import { errorCodeOf, errorCodes, type AidErrorCode } from './error-codes.js';
import type { TypedDocumentString } from './gql/graphql.js';

/** One entry of `errors[]`, with its code read from `extensions.code`. */
export interface AidError {
  code: AidErrorCode;
  message: string;
  /** Where in `data` the error belongs (field errors); absent for request errors. */
  path?: (string | number)[];
  /** Whether sending the same request again may succeed (docs/errors.md, "Retry"). */
  retry: boolean;
  extensions: Record<string, unknown>;
}

/**
 * What an operation returned. `data` is null when nothing executed (a request error, e.g. UNAUTHENTICATED);
 * otherwise it holds what could be answered, and `errors` say which fields are null and why (e.g.
 * UNAUTHORIZED_FIELD_OR_TYPE at a field the token may not read, NOT_FOUND at a record out of scope).
 */
export interface AidResult<TData> {
  status: number;
  data: TData | null;
  errors: AidError[];
}

export interface AidClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** A bearer token, or none for the anonymous public role. */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** Another fetch (tests, a browser polyfill); the global one by default. */
  fetch?: typeof fetch;
}

interface WireError {
  message?: unknown;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

function toAidError(error: WireError): AidError {
  const code = errorCodeOf(error.extensions);
  return {
    code,
    message: typeof error.message === 'string' ? error.message : errorCodes[code].zhCN,
    ...(error.path ? { path: error.path } : {}),
    retry: errorCodes[code].retry,
    extensions: error.extensions ?? {},
  };
}

export interface AidClient {
  /** Runs one operation; its variables may be left out when none is required. */
  execute<TData, TVariables>(
    document: TypedDocumentString<TData, TVariables>,
    ...variables: {} extends TVariables ? [variables?: TVariables] : [variables: TVariables]
  ): Promise<AidResult<TData>>;
}

export function createAidClient(options: AidClientOptions): AidClient {
  const doFetch = options.fetch ?? fetch;
  return {
    async execute<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables?: TVariables): Promise<AidResult<TData>> {
      const token = typeof options.token === 'function' ? await options.token() : options.token;
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // The GraphQL-over-HTTP media type: request errors come back with their 4xx status.
          accept: 'application/graphql-response+json, application/json;q=0.9',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      let body: { data?: unknown; errors?: WireError[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        // Not a GraphQL answer (a proxy's error page): report it with a code the UI knows.
        const code: AidErrorCode = response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'BAD_REQUEST';
        return { status: response.status, data: null, errors: [{ code, message: `HTTP ${response.status}`, retry: errorCodes[code].retry, extensions: {} }] };
      }
      return {
        status: response.status,
        data: (body.data ?? null) as TData | null,
        errors: (body.errors ?? []).map(toAidError),
      };
    },
  };
}
