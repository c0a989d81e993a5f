/**
 * A static file server for the benchmark's browser measurements, gzipping text as GitHub
 * Pages and most CDNs do, so "bytes transferred" means what a reader would download.
 *
 * It also counts what it sends. The browser's own accounting misses requests a web worker
 * makes (Pagefind's worker script came to 0.2 KB there; the server sent 12 KB), so the
 * server's count is the one the benchmark reports.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { Transform } from 'node:stream';
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

/** One response as sent: its path and its body bytes on the wire. */
export interface SentFile {
	path: string;
	bytes: number;
}

export interface StaticServer {
	server: Server;
	/** Every response body sent so far, in the order each finished. */
	sent: SentFile[];
}

/** Serves `root` on `port` until closed. */
export function serveStatic(root: string, port: number): Promise<StaticServer> {
	const sent: SentFile[] = [];
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void response.writeHead(404).end();
		const type = extname(file);
		const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		response.writeHead(200, { 'content-type': TYPES[type] ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
		let bytes = 0;
		const counter = new Transform({
			transform(chunk: Buffer, _encoding, done) {
				bytes += chunk.length;
				done(null, chunk);
			},
		});
		response.on('finish', () => sent.push({ path, bytes }));
		const stream = createReadStream(file);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(counter).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, sent })));
}
