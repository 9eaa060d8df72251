// `npm start`: the app on a local address with a local D1 (in .wrangler/state), migrations applied.
// The question bank is bundled into the Worker from questions/, so nothing else needs loading.
import { applyLocalMigrations, runWrangler } from "./wrangler.mjs";

const port = process.env.PORT ?? "8787";
await applyLocalMigrations();
console.log(`\nQuellenquiz startet auf http://localhost:${port}/ (Strg+C beendet)\n`);
await runWrangler(["dev", "--port", port, "--show-interactive-dev-session=false"]);
