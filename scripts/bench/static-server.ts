/**
 * A static file server for the benchmark's browser measurements, gzipping text as GitHub
 * Pages and most CDNs do, so "bytes transferred" means what a reader would download.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg']);

/** Serves `root` on `port` until closed. */
export function serveStatic(root: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void response.writeHead(404).end();
		const type = extname(file);
		const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		response.writeHead(200, { 'content-type': TYPES[type] ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
		const stream = createReadStream(file);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
