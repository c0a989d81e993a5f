/**
 * Search as a reader meets it, in Chromium: bytes transferred (gzipped, as served) and time
 * from navigation to the first result, for a text search and for a filtered browse.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serveStatic } from './static-server.ts';

export interface SearchMeasure {
	kilobytes: number;
	firstResultMs: number;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Opens each path of the site in `dist` in a fresh page and waits for the first search result. */
export async function measureSearches(dist: string, paths: string[], port = 4399): Promise<SearchMeasure[]> {
	const server = await serveStatic(dist, port);
	const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
	try {
		const results: SearchMeasure[] = [];
		for (const path of paths) {
			const context = await browser.newContext();
			const page = await context.newPage();
			// Encoded (gzipped) body and header bytes of every response, as the network carried them.
			const sizes: Promise<number>[] = [];
			page.on('requestfinished', (request) => {
				sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
			});
			await page.goto(`http://127.0.0.1:${port}${path}`);
			await page.locator('pagefind-results .pf-result-title:not(.pf-skeleton)').first().waitFor();
			const firstResultMs = await page.evaluate(() => performance.now());
			await page.waitForLoadState('networkidle');
			const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
			results.push({ kilobytes: bytes / 1024, firstResultMs });
			await context.close();
		}
		return results;
	} finally {
		await browser.close();
		server.close();
	}
}
