import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  schemaFilter: ['civil_affairs'],
  migrations: { schema: 'drizzle', table: 'civil_affairs_migrations' },
});
