/**
 * Search as a reader meets it, in Chromium: bytes transferred (gzipped, as served, counted by
 * the server) and time from navigation to the first result, for a text search and for a
 * filtered browse, on an open connection and on throttled ones.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serveStatic, type SentFile } from './static-server.ts';

/** What the bytes of a search were for, so a figure can be traced to the file that set it. */
export const BYTE_KINDS = ['page', 'site assets', 'Pagefind runtime', 'Pagefind index', 'result fragments'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

export interface SearchMeasure {
	/** Everything the first screen of results transferred, once the network fell quiet. */
	kilobytes: number;
	firstResultMs: number;
	byKind: Record<ByteKind, number>;
}

/** Sorts a served path into its kind (the names Pagefind 1.x gives its files). */
function kindOf(path: string): ByteKind {
	if (path.endsWith('.pf_fragment')) return 'result fragments';
	if (/\.pf_(meta|index|filter)$/.test(path)) return 'Pagefind index';
	if (path.startsWith('/pagefind/')) return 'Pagefind runtime';
	if (path.endsWith('/') || path.endsWith('.html')) return 'page';
	return 'site assets';
}

const kilobytes = (files: SentFile[]) => files.reduce((sum, f) => sum + f.bytes, 0) / 1024;

/** A connection and processor to measure on; `undefined` values mean this machine as it is. */
export interface NetworkProfile {
	name: string;
	/** Round trip, milliseconds. */
	latencyMs?: number;
	downloadMbit?: number;
	uploadMbit?: number;
	/** How many times slower the processor runs (Chromium's CPU throttling). */
	cpuSlowdown?: number;
}

/**
 * The profiles the benchmark reports. "Rural broadband" is the UK's broadband universal
 * service minimum (10 Mbit/s down, 1 Mbit/s up) with a 60 ms round trip and a processor four
 * times slower than this machine's; "slow mobile" is Lighthouse's mobile profile (150 ms,
 * 1.6 Mbit/s down, 0.75 up, 4× CPU).
 */
export const PROFILES: NetworkProfile[] = [
	{ name: 'unthrottled' },
	{ name: 'rural broadband', latencyMs: 60, downloadMbit: 10, uploadMbit: 1, cpuSlowdown: 4 },
	{ name: 'slow mobile', latencyMs: 150, downloadMbit: 1.6, uploadMbit: 0.75, cpuSlowdown: 4 },
];

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The first result of the search page's list (src/pages/search.astro). */
const FIRST_RESULT = '[data-search-results] li h3 a';

const bytesPerSecond = (mbit: number) => (mbit * 1_000_000) / 8;

/** Opens each path of the site in `dist` in a fresh page and waits for the first search result. */
export async function measureSearches(dist: string, paths: string[], profile: NetworkProfile = PROFILES[0], port = 4399): Promise<SearchMeasure[]> {
	const { server, sent } = await serveStatic(dist, port);
	const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
	try {
		const results: SearchMeasure[] = [];
		for (const path of paths) {
			const context = await browser.newContext();
			const page = await context.newPage();
			if (profile.latencyMs !== undefined) {
				const cdp = await context.newCDPSession(page);
				await cdp.send('Network.enable');
				await cdp.send('Network.emulateNetworkConditions', {
					offline: false,
					latency: profile.latencyMs,
					downloadThroughput: bytesPerSecond(profile.downloadMbit!),
					uploadThroughput: bytesPerSecond(profile.uploadMbit!),
				});
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown ?? 1 });
			}
			sent.length = 0;
			await page.goto(`http://127.0.0.1:${port}${path}`);
			await page.locator(FIRST_RESULT).first().waitFor({ timeout: 60_000 });
			const firstResultMs = await page.evaluate(() => performance.now());
			await page.waitForLoadState('networkidle');
			const byKind = Object.fromEntries(
				BYTE_KINDS.map((kind) => [kind, kilobytes(sent.filter((f) => kindOf(f.path) === kind))]),
			) as Record<ByteKind, number>;
			results.push({ kilobytes: kilobytes(sent), firstResultMs, byKind });
			await context.close();
		}
		return results;
	} finally {
		await browser.close();
		server.close();
	}
}
