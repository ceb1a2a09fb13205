/**
 * A plain static file server for the production build: files as they are, a
 * folder's index.html, and 404.html (with status 404) for anything else. No
 * rewrite rules — exactly what a basic static host offers, so what works here
 * works there. Usage: tsx scripts/cli/serve.ts [dir] [--port N] [--base /sub/]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { normaliseBase } from '../vite/base-path.ts';
import { SECURITY_HEADERS } from '../vite/security-plugin.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});

const root = resolve(positionals[0] ?? 'dist');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html not found: run "npm run build" first.`);
  process.exit(1);
}
const base = normaliseBase(values.base);
const notFoundFile = join(root, '404.html');
// Sends the .br/.gz copies the build wrote (scripts/vite/precompress-plugin.ts).
const files = sirv(root, { dev: false, etag: true, dotfiles: false, brotli: true, gzip: true });

// A long search, in Vietnamese above all, percent-encodes to many kilobytes;
// Node's default 16 KB header limit would answer such a link with HTTP 431.
// The app itself cuts the query to what it uses, with a notice.
const MAX_HEADER_BYTES = 1024 * 1024;

const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const url = req.url ?? '/';
  const notFound = () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'Not found');
  };
  if (!url.startsWith(base)) return notFound();
  req.url = `/${url.slice(base.length)}`;
  files(req, res, notFound);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
