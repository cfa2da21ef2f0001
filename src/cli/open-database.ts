import { loadDemoMunicipalities } from '../features/demo/load-demo-municipalities.js';
import type { Config } from '../platform/config.js';
import { connectDatabase, type DatabaseHandle } from '../platform/db/connect.js';
import { migrate } from '../platform/db/migrate.js';

/** Connects, migrates, and in demo mode loads the demo municipalities the first time. */
export async function openDatabase(config: Config, options: { seedDemo: boolean }): Promise<DatabaseHandle> {
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  try {
    await migrate(database.db);
    if (options.seedDemo) await loadDemoMunicipalities(database.db, new Date(), config.cprKey);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
