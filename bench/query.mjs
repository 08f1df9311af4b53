// What one search query transfers, measured in a real browser (Debian's Chromium, driven by
// playwright-core) rather than computed: bench/run.sh runs it on dossier's output/ and on the
// Hugo + Pagefind site built from the same articles.
//
//   node query.mjs --engine dossier|pagefind --dir SITE --prefix /dossier/ QUERY…
//
// For each query it serves SITE under PREFIX from a server of its own on 127.0.0.1, opens a
// fresh browser context (empty cache), runs the query the way a reader does, waits for the
// results, and sums what the search fetched: dossier's search runtime (static/search.*) and
// index files (search/…), or everything under pagefind/. Sizes are the files' bytes raw and
// gzip-compressed at level 6 (what a static host sends); Pagefind's files are already
// compressed, so theirs barely change. Prints one JSON object a line:
//   {"engine", "query", "results", "files", "raw_bytes", "gzip_bytes"}
//
// dossier: opens PREFIX/search/?q=QUERY and waits for the status line to report results;
// that page shows the first page of results. Pagefind: opens a page that imports
// pagefind.js, searches, and loads the data of the first ten results, as Pagefind's own UI
// does for its first screen.

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";

// playwright-core is installed by bench/run.sh under bench/work/node/, the folder this runs from.
const { chromium } = createRequire(path.join(process.cwd(), "node_modules", "x.js"))("playwright-core");

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const engine = opt("--engine", "dossier");
const dir = path.resolve(opt("--dir", "."));
const prefix = opt("--prefix", "/").replace(/\/?$/, "/");
const queries = args;

const PAGEFIND_PAGE = `<!doctype html><meta charset="utf-8"><title>pagefind</title>
<script type="module">
const pagefind = await import("${prefix}pagefind/pagefind.js");
const found = await pagefind.search(new URLSearchParams(location.search).get("q"));
await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
document.title = "done " + found.results.length;
</script>`;

const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname === `${prefix}__bench_pagefind.html`) {
    res.writeHead(200, { "content-type": "text/html" });
    return res.end(PAGEFIND_PAGE);
  }
  if (!url.pathname.startsWith(prefix)) { res.writeHead(404); return res.end(); }
  let file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
  if (!file.startsWith(dir)) { res.writeHead(403); return res.end(); }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(body);
  });
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});

const counted = (p) => engine === "pagefind"
  ? p.startsWith(`${prefix}pagefind/`)
  : p.startsWith(`${prefix}search/`) && p !== `${prefix}search/` || p.startsWith(`${prefix}static/search.`);

try {
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched = new Set();
    page.on("request", (r) => {
      const p = new URL(r.url()).pathname;
      if (counted(p)) fetched.add(p);
    });
    let results;
    if (engine === "pagefind") {
      await page.goto(`${origin}${prefix}__bench_pagefind.html?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => document.title.startsWith("done"), null, { timeout: 60000 });
      results = Number((await page.title()).split(" ")[1]);
    } else {
      await page.goto(`${origin}${prefix}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => {
        const s = document.getElementById("search-status");
        return s && /result/.test(s.textContent);
      }, null, { timeout: 60000 });
      const status = await page.textContent("#search-status");
      results = Number((status.match(/^([\d,]+)/) || ["", "0"])[1].replace(/,/g, ""));
    }
    await page.waitForLoadState("networkidle");
    let raw = 0, gzip = 0;
    for (const p of fetched) {
      const body = fs.readFileSync(path.join(dir, decodeURIComponent(p.slice(prefix.length))));
      raw += body.length;
      gzip += zlib.gzipSync(body, { level: 6 }).length;
    }
    console.log(JSON.stringify({ engine, query, results, files: fetched.size, raw_bytes: raw, gzip_bytes: gzip }));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
