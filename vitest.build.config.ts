// Build tests run real `astro build`s. They use plain Vitest, not Astro's Vite config: Astro's
// plugin would sync content into .astro/ while a fixture build writes there too.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/build/**/*.test.ts'],
		fileParallelism: false,
	},
});
