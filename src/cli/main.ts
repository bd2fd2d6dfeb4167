import { checkFiles } from './check';
import { collectFiles } from './collectFiles';
import { formatReport } from './formatReport';
import { parseArgs, USAGE, UsageError } from './parseArgs';

/** `driftwatch check`: 0 when every file loads cleanly, 1 otherwise, 2 for a usage error. */
export async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
    if (command === 'help') {
      console.log(USAGE);
      return 0;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`driftwatch: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  let files: string[];
  try {
    files = await collectFiles(command.paths);
  } catch (error) {
    console.error(`driftwatch: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const reports = await checkFiles(files, command.options);
  if (command.json) console.log(JSON.stringify(reports, null, 2));
  else for (const report of reports) console.log(formatReport(report));
  const clean = reports.every((r) => r.error === null && r.rejected === 0);
  return clean ? 0 : 1;
}
