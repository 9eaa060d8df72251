/** Entry point of `npm run cli -- ...`, `npm run generate` and `npm run check:bank`; see ./run.ts. */
import { runCli } from "./run";

process.exitCode = await runCli(process.argv.slice(2), process);
