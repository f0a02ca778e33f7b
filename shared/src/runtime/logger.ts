import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Personal data never goes into a log line: callers log ids and codes only,
 * and the redact list below is a second line of defence for well-known sensitive keys.
 */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'silent' : 'info'),
    redact: {
      paths: [
        'req.headers.authorization',
        '*.authorization',
        '*.idNumber',
        '*.phone',
        '*.fullName',
        '*.address',
        'variables',
        '*.variables',
      ],
      censor: '[redacted]',
    },
  });
}
