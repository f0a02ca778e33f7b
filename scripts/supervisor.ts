/**
 * Keeps one service process running for `npm start`: a child that exits when nobody asked it to is started
 * again after a backoff (0.5 s, doubling to 30 s; reset once a run has lasted 30 s), while the other services
 * keep serving. Every exit and restart is one JSON log line.
 */

/** What the supervisor needs of a child process (a `ChildProcess`, or a fake in tests). */
export interface SupervisedChild {
  readonly pid?: number;
  readonly exitCode: number | null;
  readonly signalCode: NodeJS.Signals | null;
  kill(signal?: NodeJS.Signals): boolean;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** A run this long counts as healthy: the next crash restarts after `initialMs` again. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 30_000, factor: 2, resetAfterMs: 30_000 };

export interface SupervisorOptions {
  name: string;
  start: () => SupervisedChild;
  /** Receives each log entry (start.ts prints it as one JSON line). */
  log: (entry: Record<string, unknown>) => void;
  backoff?: Partial<BackoffOptions>;
  /** How long `stop()` waits after SIGTERM before SIGKILL (the service's own drain deadline plus slack). */
  killAfterMs?: number;
  /** Clock and timers (tests pass fakes). */
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => { cancel(): void };
}

export interface Supervisor {
  readonly name: string;
  /** Restarts so far. */
  readonly restarts: number;
  /** The running child, if any (none while waiting out a backoff). */
  readonly child: SupervisedChild | undefined;
  /** Stops supervising and the child: SIGTERM, then SIGKILL after `killAfterMs`. */
  stop(): Promise<void>;
}

/** The wait before restart number `attempt` (0-based). */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  return Math.min(options.maxMs, options.initialMs * options.factor ** attempt);
}

const realTimer = (fn: () => void, ms: number) => {
  const timer = setTimeout(fn, ms);
  return { cancel: () => clearTimeout(timer) };
};

export function supervise(options: SupervisorOptions): Supervisor {
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? realTimer;
  const killAfterMs = options.killAfterMs ?? 15_000;
  let child: SupervisedChild | undefined;
  let startedAt = 0;
  let attempt = 0;
  let restarts = 0;
  let stopping = false;
  let pending: { cancel(): void } | undefined;

  const log = (level: 'info' | 'warn' | 'error', event: string, fields: Record<string, unknown> = {}) =>
    options.log({ level, time: new Date(now()).toISOString(), name: 'supervisor', service: options.name, event, ...fields });

  const launch = () => {
    pending = undefined;
    if (stopping) return;
    startedAt = now();
    const current = options.start();
    child = current;
    current.once('exit', (code, signal) => {
      if (child === current) child = undefined;
      if (stopping) return;
      const uptimeMs = now() - startedAt;
      if (uptimeMs >= backoff.resetAfterMs) attempt = 0;
      const restartInMs = backoffDelay(attempt, backoff);
      attempt++;
      log('error', 'exited', { code, signal, uptimeMs, restartInMs, restarts });
      pending = setTimer(() => {
        restarts++;
        log('warn', 'restarting', { restarts });
        launch();
      }, restartInMs);
    });
  };
  launch();

  return {
    name: options.name,
    get restarts() {
      return restarts;
    },
    get child() {
      return child;
    },
    async stop() {
      stopping = true;
      pending?.cancel();
      pending = undefined;
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        const kill = setTimer(() => {
          log('warn', 'killed', { afterMs: killAfterMs });
          current.kill('SIGKILL');
        }, killAfterMs);
        current.once('exit', () => {
          kill.cancel();
          resolve();
        });
        current.kill('SIGTERM');
      });
    },
  };
}
