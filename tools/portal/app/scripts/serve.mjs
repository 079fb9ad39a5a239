// Serves the built portal frontend (dist/) over HTTP: hashed assets under /static with a long cache, every other
// path the app's index.html (the app routes in the browser). `config` is appended to the page as one more
// backstage.io/config entry, which takes precedence over the config baked in at build time; that is how one build
// talks to a backend on another port (tests, benchmarks).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** index.html with `config` (when given) added after the build's own config. */
export function indexHtml(distDir, config) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  if (!config) return html;
  const json = JSON.stringify([{ context: 'portal.mjs', data: config }]).replaceAll('<', '\\u003c');
  return html.replace('</head>', `<script type="backstage.io/config">${json}</script></head>`);
}

/**
 * Starts the server on `port` (127.0.0.1 and ::1 through 'localhost'); resolves with the node http.Server once it
 * listens. Rejects when the port is taken, naming it.
 */
export function serveDist({ distDir, port, host = 'localhost', config }) {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `${distDir}/index.html is missing: build the frontend first (tools/portal/app/scripts/build.mjs)`,
    );
  }
  const index = indexHtml(distDir, config);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(distDir, path));
    const inside = file.startsWith(distDir.endsWith(sep) ? distDir : distDir + sep);
    if (
      inside &&
      path !== '/' &&
      existsSync(file) &&
      statSync(file).isFile() &&
      !path.endsWith('index.html')
    ) {
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': path.startsWith('/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      createReadStream(file).pipe(res);
      return;
    }
    if (path.startsWith('/static/')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`${path} is not part of this build\n`);
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' }).end(index);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use; stop what runs there or pass --app-port <n>`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve(server));
  });
}
