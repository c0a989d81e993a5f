/// <reference types="vitest/config" />
// Unit tests run through Astro's Vite config so `astro:content` and `astro/zod` resolve.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
