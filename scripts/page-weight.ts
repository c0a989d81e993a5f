/**
 * What a built page costs a reader, gzipped: its HTML and the CSS and JavaScript it links or
 * inlines. Shared by the page-weight test and the benchmark so both weigh pages the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one page costs a reader, gzipped: its HTML and the CSS and JavaScript it links or inlines. */
export function pageWeight(dist: string, htmlFile: string): { html: number; css: number; js: number; total: number } {
	const html = readFileSync(htmlFile, 'utf8');
	const asset = (url: string) => {
		const file = join(dist, url.replace(/^\//, '').replace(/[?#].*$/, ''));
		return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
	};
	const gz = (parts: (string | Buffer)[]) => (parts.length ? gzipSync(Buffer.concat(parts.map((p) => Buffer.from(p)))).length : 0);
	const css = [
		...[...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(m[1])),
		...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
	];
	const js = [
		...[...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => asset(m[1])),
		// Inline scripts that run; JSON-LD is data for search engines and reference managers, not code.
		...[...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
	];
	const weights = { html: gzipSync(html).length, css: gz(css), js: gz(js) };
	return { ...weights, total: weights.html + weights.css + weights.js };
}
