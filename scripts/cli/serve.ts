/**
 * A plain static file server for the production build: files as they are, a
 * folder's index.html, and 404.html (with status 404) for anything else. No
 * rewrite rules — exactly what a basic static host offers, so what works here
 * works there. Usage: tsx scripts/cli/serve.ts [dir] [--port N] [--host H] [--base /sub/]
 * (PORT and BASE_PATH in the environment work too; the defaults are 4173 and 127.0.0.1).
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
  // The static-host header file is for the host, not a page of the site.
  if (!url.startsWith(base) || url.split('?')[0] === `${base}_headers`) return notFound();
  req.url = `/${url.slice(base.length)}`;
  files(req, res, notFound);
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `"${values.port}" is not a port number: use --port N or PORT=N with N from 1 to 65535.`,
  );
  process.exit(2);
}
server.on('error', (error: NodeJS.ErrnoException) => {
  const where = `${values.host}:${port}`;
  const advice =
    error.code === 'EADDRINUSE'
      ? `${where} is already in use: stop what runs there, or pick another port with --port N (or PORT=N).`
      : error.code === 'EACCES'
        ? `${where} needs more privileges: pick a port above 1023 with --port N (or PORT=N).`
        : error.code === 'EADDRNOTAVAIL'
          ? `${values.host} is not an address of this machine: use --host 127.0.0.1, or --host 0.0.0.0 for every address.`
          : `cannot serve on ${where}: ${error.message}`;
  console.error(advice);
  process.exit(1);
});
server.listen(port, values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${port}${base}`);
});
