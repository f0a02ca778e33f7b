import { EnvReader, startService } from '@aid/shared/runtime/config.js';
import { createLogger } from '@aid/shared/runtime/logger.js';
import { onTerminationSignal, shutdownTimeoutFromEnv } from '@aid/shared/runtime/http.js';
import { gatewayConfigFromEnv } from './config.js';
import { createGateway } from './server.js';

startService(async () => {
  const logger = createLogger('gateway');
  const config = await gatewayConfigFromEnv();
  // SHUTDOWN_TIMEOUT_MS (default 10 s): how long SIGTERM/SIGINT lets in-flight requests finish.
  const reader = new EnvReader();
  const shutdownTimeoutMs = shutdownTimeoutFromEnv(reader);
  reader.done();
  const gateway = await createGateway(config, { logger });
  const running = await gateway.listen();
  logger.info({ url: running.url }, 'gateway ready');
  console.log(`gateway: ${running.url}`);

  // Stop accepting, let in-flight requests (and their subgraph calls) finish up to the deadline, then close
  // the remaining sockets and stop Apollo (the gateway holds no pool of its own).
  onTerminationSignal(logger, shutdownTimeoutMs, () => running.close(shutdownTimeoutMs));
});
