import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Tests run against the built site in dist/, served as a static host would serve it. */
const PORT = 4329;
// Debian's Chromium where it is installed (Playwright cannot download its own browser here).
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'off',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
					// As root there is no sandbox; with no outside network, background services only fail.
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				},
			},
		},
	],
	webServer: {
		command: `npx astro preview --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
