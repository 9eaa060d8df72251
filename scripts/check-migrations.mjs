// `npm run check:migrations`: fails when src/db/schema/ has changes that no migration in migrations/ holds
// (someone changed the schema and forgot `npm run db:generate`). drizzle-kit generates into a copy.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

const MIGRATIONS = "migrations";
// drizzle-kit wants a path relative to the project; .wrangler/ is ignored by git.
const COPY = join(".wrangler", "migrations-check");

rmSync(COPY, { recursive: true, force: true });
mkdirSync(".wrangler", { recursive: true });
cpSync(MIGRATIONS, COPY, { recursive: true });
const generated = spawnSync("node_modules/.bin/drizzle-kit", ["generate", "--dialect", "sqlite", "--schema", "./src/db/schema", "--out", `./${COPY}`], {
  encoding: "utf8",
});
if (generated.status !== 0) {
  process.stderr.write(generated.stdout + generated.stderr);
  process.exit(1);
}

const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
const changed = [...new Set([...files(MIGRATIONS), ...files(COPY)])].filter((file) => {
  try {
    return !readFileSync(join(MIGRATIONS, file)).equals(readFileSync(join(COPY, file)));
  } catch {
    return true;
  }
});
rmSync(COPY, { recursive: true, force: true });
if (changed.length > 0) {
  process.stderr.write(`migrations/ does not match src/db/schema/ (${changed.join(", ")}): run npm run db:generate and commit\n`);
  process.exit(1);
}
process.stderr.write("migrations/ is up to date\n");
