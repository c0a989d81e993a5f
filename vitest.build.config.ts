// Tests that run real builds (tests/build) or read the built site in dist/ (tests/site).
// They use plain Vitest, not Astro's Vite config: Astro's plugin would sync content into
// .astro/ while a fixture build writes there too.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'],
		fileParallelism: false,
	},
});
