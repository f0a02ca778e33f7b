import { randomFillSync } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@aid/shared/runtime/logger.js';
import type { GatewayContext } from './context.js';

/** A W3C trace context (traceparent: version-traceId-parentId-flags). */
export interface TraceContext {
  /** The request's id, returned in `x-request-id` and written on every log line of the request. */
  readonly requestId: string;
  readonly traceId: string;
  readonly flags: string;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The trace of an incoming request: the caller's `traceparent` when it is well formed (its trace continues
 * here), else a new trace; the caller's `x-request-id` when it is a short plain token, else the trace id.
 */
export function traceOf(headers: IncomingHttpHeaders): TraceContext {
  const given = typeof headers.traceparent === 'string' ? TRACEPARENT.exec(headers.traceparent.trim()) : null;
  const traceId = given && !/^0+$/.test(given[1]!) ? given[1]! : randomHex(16);
  const flags = given ? given[3]! : '01';
  const asked = headers['x-request-id'];
  const requestId = typeof asked === 'string' && REQUEST_ID.test(asked) ? asked : traceId;
  return { requestId, traceId, flags };
}

/**
 * Random hex ids for trace and span ids, cut from a pool refilled 4 KiB at a time: one `randomBytes` call per
 * subgraph request was a visible cost in the gateway's profile (a system call each).
 */
const pool = Buffer.alloc(4096);
let used = pool.length;
function randomHex(bytes: number): string {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += bytes;
  return pool.toString('hex', used - bytes, used);
}

/** The `traceparent` to send to a subgraph: the same trace, a new span of the gateway. */
export function childTraceparent(trace: TraceContext): string {
  return `00-${trace.traceId}-${randomHex(8)}-${trace.flags}`;
}

/**
 * One log line per operation (info): request id, trace id, operation name and type, duration, error codes.
 * Never variables or the document (they may hold personal data). The answer carries `x-request-id`.
 */
export function operationLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operation, operationName, response }) {
          if (contextValue.trace) response.http.headers.set('x-request-id', contextValue.trace.requestId);
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          logger.info(
            {
              requestId: contextValue.trace?.requestId,
              traceId: contextValue.trace?.traceId,
              operationName: operationName ?? null,
              operation: operation?.operation ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errorCodes: [...new Set(errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))],
            },
            'operation',
          );
        },
      };
    },
  };
}
