// PurgeCSS (pinned in package.json) over stylesheets of a built site; called by
// scripts/roleguide/postbuild/purge.py, which says what to purge and why. Reads the options as JSON
// on stdin:
//   {"css": [paths], "content": [globs], "raw": [page texts], "safelist": [regex sources], "blocklist": [names]}
// and writes the purged text of each stylesheet, in the order given, as a JSON list on stdout. Nothing
// is written to disk here.
import { PurgeCSS } from "purgecss";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const options = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const results = await new PurgeCSS().purge({
  css: options.css,
  content: [...options.content, ...(options.raw || []).map((raw) => ({ raw, extension: "html" }))],
  safelist: { standard: options.safelist.map((source) => new RegExp(source)) },
  blocklist: options.blocklist,
  keyframes: true,
  fontFace: true,
});
const byFile = new Map(results.map((result) => [result.file, result]));
const ordered = options.css.map((file) => {
  const result = byFile.get(file);
  if (!result) throw new Error(`PurgeCSS returned nothing for ${file}`);
  return result.css;
});
process.stdout.write(JSON.stringify(ordered));
