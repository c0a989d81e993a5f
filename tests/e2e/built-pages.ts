/** Every page of the built site, as the paths a browser asks for. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** `/`, `/cases/`, `/cases/easton-bristol/`, …, `/404.html`, sorted. */
export const BUILT_PAGES = htmlFiles(DIST)
	.map((file) => '/' + relative(DIST, file).replace(/index\.html$/, ''))
	.sort();

/** Reading pages: every page but search, which is the one place JavaScript is needed. */
export const READING_PAGES = BUILT_PAGES.filter((path) => path !== '/search/');
