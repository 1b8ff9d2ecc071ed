// A small static file server that behaves as a plain web host does: it serves the built
// site, compresses text (HTML, CSS, JavaScript, JSON) with gzip when the browser asks for it,
// answers a revalidation with 304 Not Modified, answers a missing page with the site's 404 page,
// and sends Pagefind's own files (.pf_index, .pf_fragment, .pf_meta, .pf_filter, .pagefind)
// as they are, since Pagefind already compresses them. The bench uses it so that the bytes
// it counts are the bytes a reader's browser would receive.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const COMPRESSIBLE = new Set(Object.keys(TYPES));

/** Serves `root` at `base` (e.g. "/" or "/archive/") on 127.0.0.1:`port` (0 = any free port). */
export async function startStaticServer(root: string, base = '/', port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // Like most hosts, say when a file last changed, and answer a browser that already has it with 304.
      const modified = (await stat(file)).mtime;
      modified.setMilliseconds(0);
      const since = Date.parse(String(request.headers['if-modified-since'] ?? ''));
      if (!Number.isNaN(since) && modified.getTime() <= since) {
        response.writeHead(304, { 'last-modified': modified.toUTCString(), 'cache-control': 'no-cache' }).end();
        return;
      }
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const sent = gzip ? gzipSync(body, { level: 9 }) : body;
      response.writeHead(200, {
        'content-type': type,
        'content-length': sent.length,
        'cache-control': 'no-cache',
        'last-modified': modified.toUTCString(),
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : sent);
    } catch {
      // Like most static hosts, answer a missing page with the site's own 404 page (status 404).
      const notFound = await readFile(join(root, '404.html')).catch(() => undefined);
      if (!notFound) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const sent = gzip ? gzipSync(notFound, { level: 9 }) : notFound;
      response.writeHead(404, {
        'content-type': TYPES['.html']!,
        'content-length': sent.length,
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : sent);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, origin: `http://127.0.0.1:${actualPort}` };
}
