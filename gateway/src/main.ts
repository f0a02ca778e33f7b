import { startService } from '@aid/shared/config.js';
import { createLogger } from '@aid/shared/logger.js';
import { gatewayConfigFromEnv } from './config.js';
import { createGateway } from './server.js';

startService(async () => {
  const logger = createLogger('gateway');
  const config = await gatewayConfigFromEnv();
  const gateway = await createGateway(config, { logger });
  const running = await gateway.listen();
  logger.info({ url: running.url }, 'gateway ready');
  console.log(`gateway: ${running.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
