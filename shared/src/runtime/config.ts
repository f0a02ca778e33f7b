/**
 * Reads configuration from the environment once, at startup, and fails with every problem listed,
 * each saying which variable to set.
 */
import { DEFAULT_PORTS, type SubgraphName } from './services.js';
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export class EnvReader {
  private readonly problems: string[] = [];
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  string(name: string, fallback?: string): string {
    const value = this.env[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback;
    this.problems.push(`${name} is required.`);
    return '';
  }

  optional(name: string): string | undefined {
    return this.env[name]?.trim() || undefined;
  }

  int(name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}").`);
    return fallback;
  }

  url(name: string, fallback?: string): string | undefined {
    const raw = this.env[name]?.trim() || fallback;
    if (!raw) return undefined;
    try {
      new URL(raw);
      return raw;
    } catch {
      this.problems.push(`${name} must be a URL (got "${raw}").`);
      return undefined;
    }
  }

  /** Records a problem found by a caller's own check. */
  problem(message: string): void {
    this.problems.push(message);
  }

  /** Throws a ConfigError naming every problem found so far. */
  done(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }
}

/** Environment variable prefix for a service name, e.g. civil-affairs -> CIVIL_AFFAIRS. */
export function envPrefix(service: string): string {
  return service.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * Where a subgraph answers, for the services that call it (the gateway, civil affairs asking charity and
 * services): `<NAME>_URL`, by default localhost at `<NAME>_PORT` (e.g. CHARITY_URL, CHARITY_PORT).
 */
export function subgraphUrlFromEnv(reader: EnvReader, name: SubgraphName): string | undefined {
  const prefix = envPrefix(name);
  const port = reader.int(`${prefix}_PORT`, DEFAULT_PORTS[name], { max: 65535 });
  return reader.url(`${prefix}_URL`, `http://localhost:${port}/graphql`);
}

/**
 * Runs a service's start-up. A configuration problem ends the process with the list of variables to set
 * (no stack trace); any other start-up failure with its message.
 */
export function startService(start: () => Promise<void>): void {
  start().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Start-up failed: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  });
}
