// The end of every script here that derives a data file from a package: write the file, or with
// --check say that it is out of date (exit code 1) when it is not what the script makes.
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * @param {URL} target the generated file
 * @param {string} source what it must hold
 * @param {string} npmScript the npm script that writes it
 */
export function writeOrCheck(target, source, npmScript) {
  if (!process.argv.includes("--check")) {
    writeFileSync(target, source);
    return;
  }
  if (readFileSync(target, "utf8") !== source) {
    const path = relative(fileURLToPath(new URL("..", import.meta.url)), fileURLToPath(target));
    process.stderr.write(`${path} is out of date: run npm run ${npmScript}\n`);
    process.exitCode = 1;
  }
}
