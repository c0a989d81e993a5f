// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL and SITE_BASE let the same build serve from a domain root or a sub-path
// (for example GitHub Pages at /joined-up/).
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.SITE_BASE ?? '/',
	trailingSlash: 'always',
	integrations: [mdx()],
	server: { port: 4321 },
});
