/**
 * Page weight, for readers on old phones over poor rural connections: reading pages ship no
 * JavaScript, every page's CSS stays under 14 KB gzipped, and no reading page outgrows its
 * budget. Prints the heaviest page so the figure is seen on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight';
import { builtPages, DIST } from './built-site';

const KB = 1024;
/** CSS in one round trip's worth of bytes, so text is styled on first paint. */
const CSS_BUDGET = 14 * KB;
/** Everything a reading page needs (HTML and CSS), gzipped. */
const READING_PAGE_BUDGET = 60 * KB;

const gz = (text: string | Buffer) => gzipSync(text).length;
const pages = builtPages();
/** Scripts that run: JSON-LD (data for reference managers and search engines) is not code. */
const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
/** The tools: search, the case finder and compare enhance a page that works without them; every other page is for reading. */
const TOOLS = ['/search/', '/cases/', '/compare/'];
const fileFor = (url: string) => join(DIST, url.replace(/^\//, ''));

function weigh(page: (typeof pages)[number]) {
	const { html, css } = pageWeight(DIST, page.file);
	return { path: page.path, html, css };
}

describe('Page weight', () => {
	const weights = pages.map(weigh);
	const reading = weights.filter((w) => !TOOLS.includes(w.path));

	it('reading pages ship no JavaScript', () => {
		const withScripts = pages.filter((p) => !TOOLS.includes(p.path) && scriptsOf(p.html).length > 0).map((p) => p.path);
		expect(withScripts).toEqual([]);
	});

	it('each tool’s own script (search, case finder, compare) stays under 5 KB gzipped', () => {
		const report: string[] = [];
		for (const path of TOOLS) {
			const page = pages.find((p) => p.path === path)!;
			// Astro inlines a small script and links a larger one from /_astro/; Pagefind's own files load later, on demand.
			const inline = [...page.html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
			const linked = [...page.html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(fileFor(m[1]), 'utf8'));
			const ours = [...inline, ...linked].join('\n');
			expect(ours.length, `${path} has a script`).toBeGreaterThan(0);
			report.push(`${path} ${(gz(ours) / KB).toFixed(1)} KB`);
			expect(gz(ours), path).toBeLessThan(5 * KB);
		}
		const pagefind = gz(readFileSync(join(DIST, 'pagefind', 'pagefind.js'))) + readFileSync(join(DIST, 'pagefind', 'wasm.en-gb.pagefind')).length;
		console.log(`JavaScript of our own, gzipped: ${report.join('; ')}. Pagefind's script and WebAssembly, fetched once a search starts: ${(pagefind / KB).toFixed(1)} KB.`);
	});

	it('every page’s CSS is under 14 KB gzipped', () => {
		const over = weights.filter((w) => w.css >= CSS_BUDGET).map((w) => `${w.path}: ${(w.css / KB).toFixed(1)} KB`);
		expect(over).toEqual([]);
	});

	it(`the heaviest reading page is under ${READING_PAGE_BUDGET / KB} KB gzipped`, () => {
		const heaviest = [...reading].sort((a, b) => b.html + b.css - (a.html + a.css))[0];
		console.log(
			`Heaviest reading page: ${heaviest.path}, ${((heaviest.html + heaviest.css) / KB).toFixed(1)} KB gzipped ` +
				`(HTML ${(heaviest.html / KB).toFixed(1)} KB, CSS ${(heaviest.css / KB).toFixed(1)} KB, no JavaScript)`,
		);
		expect(heaviest.html + heaviest.css).toBeLessThan(READING_PAGE_BUDGET);
	});
});
