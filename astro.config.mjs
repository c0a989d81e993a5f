// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import glossaryLinks from './src/integrations/glossary-links.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Old addresses of renamed or merged pages (content/redirects.yaml), so no cited URL breaks. */
/** @type {{ from: string; to: string }[]} */
const moved = parse(readFileSync('./content/redirects.yaml', 'utf8')) ?? [];
const redirects = Object.fromEntries(moved.map((r) => [r.from, r.to]));

// SITE_URL and SITE_BASE let the same build serve from a domain root or a sub-path
// (for example GitHub Pages at /joined-up/).
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.SITE_BASE ?? '/',
	trailingSlash: 'always',
	redirects,
	// The sitemap lists every page for search engines, from Astro's own integration.
	// Glossary links are added to the finished pages, once, by our own integration.
	integrations: [mdx(), sitemap(), glossaryLinks()],
	// A Content-Security-Policy on every page: Astro hashes its own scripts and styles, and
	// nothing may load from any other host. Pagefind's search runs WebAssembly, which needs
	// 'wasm-unsafe-eval' (it allows compiling Wasm, not JavaScript eval).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	server: { port: 4321 },
});
