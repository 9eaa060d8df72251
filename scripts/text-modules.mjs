// For running the Worker's code in Node (npm run bench): the stylesheet and the browser script load as
// text, as wrangler bundles them ([[rules]] in wrangler.toml). Use with `tsx --import ./scripts/text-modules.mjs`.
import { register } from "node:module";

register("./text-modules-hooks.mjs", import.meta.url);
