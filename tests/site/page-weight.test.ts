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
const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
const fileFor = (url: string) => join(DIST, url.replace(/^\//, ''));

function weigh(page: (typeof pages)[number]) {
	const { html, css } = pageWeight(DIST, page.file);
	return { path: page.path, html, css };
}

describe('Page weight', () => {
	const weights = pages.map(weigh);
	const reading = weights.filter((w) => w.path !== '/search/');

	it('reading pages ship no JavaScript', () => {
		const withScripts = pages.filter((p) => p.path !== '/search/' && scriptsOf(p.html).length > 0).map((p) => p.path);
		expect(withScripts).toEqual([]);
	});

	it('the search page’s own script, beside Pagefind’s UI, stays under 5 KB gzipped', () => {
		const search = pages.find((p) => p.path === '/search/')!;
		// Astro inlines a small script and links a larger one from /_astro/.
		const inline = [...search.html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		const linked = [...search.html.matchAll(/<script\b[^>]*src="([^"]+)"/g)]
			.map((m) => m[1])
			.filter((src) => !src.includes('/pagefind/'))
			.map((src) => readFileSync(fileFor(src), 'utf8'));
		const ours = [...inline, ...linked].join('\n');
		expect(ours).toContain('popstate');
		const bytes = gz(ours);
		const pagefindUi = gz(readFileSync(join(DIST, 'pagefind', 'pagefind-component-ui.js')));
		console.log(`Search page JavaScript, gzipped: ours ${(bytes / KB).toFixed(1)} KB; Pagefind's UI ${(pagefindUi / KB).toFixed(1)} KB, loaded only there.`);
		expect(bytes).toBeLessThan(5 * KB);
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
