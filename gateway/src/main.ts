import { startService } from '@aid/shared/runtime/config.js';
import { createLogger } from '@aid/shared/runtime/logger.js';
import { onTerminationSignal } from '@aid/shared/runtime/http.js';
import { gatewayConfigFromEnv } from './config.js';
import { createGateway } from './server.js';

startService(async () => {
  const logger = createLogger('gateway');
  // Every setting, read once; all problems reported together.
  const config = await gatewayConfigFromEnv();
  const gateway = await createGateway(config, { logger });
  const running = await gateway.listen();
  logger.info({ url: running.url }, 'gateway ready');

  // Stop accepting, let in-flight requests (and their subgraph calls) finish up to the deadline, then close
  // the remaining sockets and stop Apollo (the gateway holds no pool of its own).
  onTerminationSignal(logger, config.shutdownTimeoutMs, () => running.close(config.shutdownTimeoutMs));
});
