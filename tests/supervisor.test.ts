import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { backoffDelay, supervise, type SupervisedChild } from '../scripts/supervisor.js';

/** A child process stand-in: `crash()` makes it exit on its own; `kill` records the signal and exits. */
class FakeChild extends EventEmitter implements SupervisedChild {
  static next = 1;
  readonly pid = FakeChild.next++;
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  readonly signals: string[] = [];
  constructor(private readonly ignoreTerm = false) {
    super();
  }
  kill(signal: NodeJS.Signals = 'SIGTERM') {
    this.signals.push(signal);
    if (signal === 'SIGTERM' && this.ignoreTerm) return true;
    this.exit(signal === 'SIGTERM' ? 0 : null, signal === 'SIGTERM' ? null : signal);
    return true;
  }
  crash(code = 1) {
    this.exit(code, null);
  }
  private exit(code: number | null, signal: NodeJS.Signals | null) {
    this.exitCode = code;
    this.signalCode = signal;
    this.emit('exit', code, signal);
  }
}

/** A manual clock and timer queue. */
function fakeTime() {
  let now = 0;
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const timer = { at: now + ms, fn, cancelled: false };
      timers.push(timer);
      return { cancel: () => (timer.cancelled = true) };
    },
    pendingDelays: () => timers.filter((t) => !t.cancelled && t.at > now).map((t) => t.at - now),
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
        timer.cancelled = true;
        timer.fn();
      }
    },
  };
}

function harness(options: { ignoreTerm?: boolean } = {}) {
  const time = fakeTime();
  const children: FakeChild[] = [];
  const logs: Record<string, unknown>[] = [];
  const supervisor = supervise({
    name: 'charity',
    start: () => {
      const child = new FakeChild(options.ignoreTerm);
      children.push(child);
      return child;
    },
    log: (entry) => logs.push(entry),
    killAfterMs: 15_000,
    now: time.now,
    setTimer: time.setTimer,
  });
  return { time, children, logs, supervisor };
}

describe('the npm start supervisor', () => {
  it('backs off 0.5 s, doubling to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 10].map((n) => backoffDelay(n))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('restarts a crashed service after the backoff and logs the exit and the restart as JSON', () => {
    // Scenario: charity dies (the postgres.js crash) under load.
    const { time, children, logs, supervisor } = harness();
    expect(children).toHaveLength(1);
    time.advance(2_000);
    children[0]!.crash(1);
    expect(supervisor.child).toBeUndefined();
    expect(time.pendingDelays()).toEqual([500]);
    time.advance(499);
    expect(children).toHaveLength(1);
    time.advance(1);
    expect(children).toHaveLength(2);
    expect(supervisor.child).toBe(children[1]);
    expect(supervisor.restarts).toBe(1);
    expect(logs).toEqual([
      expect.objectContaining({ level: 'error', name: 'supervisor', service: 'charity', event: 'exited', code: 1, signal: null, uptimeMs: 2000, restartInMs: 500, restarts: 0 }),
      expect.objectContaining({ level: 'warn', service: 'charity', event: 'restarting', restarts: 1 }),
    ]);
    // Each entry is one JSON line.
    for (const entry of logs) expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
  });

  it('doubles the wait for a service that keeps crashing, and resets it after a healthy run', () => {
    const { time, children } = harness();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      children.at(-1)!.crash(1);
      waits.push(time.pendingDelays()[0]!);
      time.advance(waits.at(-1)!);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000]);
    // A run of 30 s or more counts as healthy.
    time.advance(30_000);
    children.at(-1)!.crash(1);
    expect(time.pendingDelays()).toEqual([500]);
  });

  it('does not restart on stop: SIGTERM, then SIGKILL if the service does not drain in time', async () => {
    const { time, children, supervisor } = harness({ ignoreTerm: true });
    const stopped = supervisor.stop();
    expect(children[0]!.signals).toEqual(['SIGTERM']);
    time.advance(15_000);
    await stopped;
    expect(children[0]!.signals).toEqual(['SIGTERM', 'SIGKILL']);
    time.advance(60_000);
    expect(children).toHaveLength(1);
  });

  it('a stop during a backoff cancels the restart', async () => {
    const { time, children, supervisor } = harness();
    children[0]!.crash(1);
    await supervisor.stop();
    time.advance(60_000);
    expect(children).toHaveLength(1);
  });
});
