import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from '../platform/config.js';
import { createAdmin, createTenant } from './tenant-commands.js';
import { openDatabase } from './open-database.js';
import { serve } from './serve.js';
import { verifyAuditCommand } from './verify-audit-command.js';
import { generateCommand } from './generate-command.js';
import { exportHsdsCommand, importHsdsCommand } from './hsds-commands.js';

/** The `mestring` command: everything an operator scripts. Configuration comes from the environment (see README). */
function config(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

async function withDatabase(work: (db: Awaited<ReturnType<typeof openDatabase>>, cfg: Config) => Promise<number | void>, seedDemo = false) {
  const cfg = config();
  const database = await openDatabase(cfg, { seedDemo });
  try {
    const code = await work(database, cfg);
    return code ?? 0;
  } finally {
    await database.close();
  }
}

const program = new Command('mestring').description('Mestring af eget liv — the platform for the adult social area').showHelpAfterError();

program.command('serve').description('Start the server (migrates first; loads the demo municipalities on first start in demo mode)').action(async () => {
  await serve(config());
});

program.command('migrate').description('Run database migrations').action(async () => {
  process.exitCode = await withDatabase(async () => console.log('Migrations are up to date.'));
});

program.command('seed').description('Load the demo municipalities and their personas (skips those already there)').action(async () => {
  process.exitCode = await withDatabase(async () => console.log('Demo municipalities are loaded.'), true);
});

program
  .command('create-tenant')
  .description('Create a municipality')
  .requiredOption('--slug <slug>', 'short name, lower case letters, digits and dashes')
  .requiredOption('--name <name>', 'the municipality as people know it, e.g. "Randers Kommune"')
  .action(async (options: { slug: string; name: string }) => {
    process.exitCode = await withDatabase((database) => createTenant(database.db, options));
  });

program
  .command('create-admin')
  .description("Create an administrator in a municipality, optionally linked to an OIDC subject so they can log in")
  .requiredOption('--tenant <slug>', 'the municipality')
  .requiredOption('--name <name>', 'full name')
  .requiredOption('--email <email>', 'work e-mail')
  .option('--issuer <url>', 'OIDC issuer that authenticates them')
  .option('--subject <sub>', 'their subject (sub) at that issuer')
  .action(async (options: { tenant: string; name: string; email: string; issuer?: string; subject?: string }) => {
    process.exitCode = await withDatabase((database) => createAdmin(database.db, options));
  });

program
  .command('verify-audit')
  .description('Verify the hash chain and signed checkpoints of the audit log; names the first bad entry')
  .option('--tenant <slug>', 'only this municipality')
  .action(async (options: { tenant?: string }) => {
    process.exitCode = await withDatabase((database, cfg) => verifyAuditCommand(database.db, cfg, options));
  });

program
  .command('generate')
  .description('Fill the database with a synthetic municipality for benchmarks (deterministic from --seed)')
  .addOption(new Option('--scale <n>', 'size; 1 is roughly Randers over five years').default('1'))
  .addOption(new Option('--seed <n>', 'random seed').default('1'))
  .option('--tenant <slug>', 'municipality to fill (created if missing)', 'bench')
  .action(async (options: { scale: string; seed: string; tenant: string }) => {
    process.exitCode = await withDatabase((database, cfg) => generateCommand(database, { scale: Number(options.scale), seed: Number(options.seed), tenantSlug: options.tenant, databaseUrl: cfg.databaseUrl }));
  });

const importCommand = program.command('import').description('Import data from other systems');
importCommand
  .command('hsds')
  .description('Import Open Referral HSDS 3: a JSON file (an object, an HSDS API page or an array) or a folder with the tabular data package (CSV)')
  .argument('<path>', 'the JSON file or the folder of CSV files')
  .requiredOption('--municipality <slug>', 'the municipality to import into')
  .option('--skip-invalid', 'import the valid rows and objects even when some are not valid (they are still reported)')
  .option('--draft', 'keep the imported offers as drafts instead of publishing them')
  .option('--type <kind>', 'what the JSON file holds when its fields do not tell: service, organization, service_at_location, location, taxonomy or taxonomy_term')
  .action(async (path: string, options: { municipality: string; skipInvalid?: boolean; draft?: boolean; type?: string }) => {
    process.exitCode = await withDatabase((database) => importHsdsCommand(database.db, path, options));
  });

const exportCommand = program.command('export').description('Export data for other systems');
exportCommand
  .command('hsds')
  .description("Export the municipality's public catalogue as the Open Referral HSDS 3 tabular data package (one CSV file per table)")
  .argument('<folder>', 'the folder to write the CSV files to (made if missing)')
  .requiredOption('--municipality <slug>', 'the municipality to export')
  .action(async (folder: string, options: { municipality: string }) => {
    process.exitCode = await withDatabase((database) => exportHsdsCommand(database.db, folder, options));
  });

await program.parseAsync(process.argv);
