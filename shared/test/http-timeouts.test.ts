import { connect } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { serveGraphQL } from '../src/runtime/http.js';
import { createLogger } from '../src/runtime/logger.js';

describe('slow clients', () => {
  it('a body trickled a byte at a time is cut when the request deadline passes', async () => {
    // Scenario: a client announces a 1 KB body and sends one byte every 100 ms.
    const apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
    await apollo.start();
    const running = await serveGraphQL({ apollo, port: 0, logger: createLogger('test'), context: async () => ({}), requestTimeoutMs: 600 });
    try {
      const socket = connect(running.port, '127.0.0.1');
      socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
      const timer = setInterval(() => socket.writable && socket.write('{'), 100);
      const started = Date.now();
      const answer = await new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
      });
      clearInterval(timer);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
    } finally {
      await running.close();
      await apollo.stop();
    }
  });
});
