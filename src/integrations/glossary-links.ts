/**
 * An Astro integration that, once the site is built, links the first use of each glossary
 * term on every page to its entry (src/lib/glossary-links.ts), and fills in each glossary
 * entry's list of the reading pages that use it. Done here, once, rather than by hand in each file.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { htmlPagesUnder } from '../../scripts/files.ts';
import { linkFirstUses, type GlossaryTerm } from '../lib/glossary-links.ts';

/** The glossary page marks where each entry's list of pages goes: `<p data-glossary-uses="id"></p>`. */
const PLACEHOLDER = /<p([^>]*) data-glossary-uses="([^"]+)"([^>]*)><\/p>/g;

export default function glossaryLinks(): AstroIntegration {
	let base = '/';
	return {
		name: 'joined-up:glossary-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const terms = (parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryTerm[]).map(({ id, term }) => ({ id, term }));
				const glossaryPage = join(dist, 'glossary', 'index.html');
				const pagesUsing = new Map<string, { path: string; title: string }[]>();
				let linkedPages = 0;
				for (const file of htmlPagesUnder(dist)) {
					if (file === glossaryPage) continue;
					const html = readFileSync(file, 'utf8');
					const result = linkFirstUses(html, terms, (id) => `${base}glossary/#${id}`);
					if (result.html !== html) {
						writeFileSync(file, result.html);
						linkedPages++;
					}
					// Only reading pages (those search indexes) are listed: the finder, compare and
					// facet pages repeat every case's summary, so would list every term.
					if (!html.includes('data-pagefind-body')) continue;
					const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '').trim() ?? '';
					const path = base + relative(dist, file).replace(/index\.html$/, '');
					for (const id of result.used) pagesUsing.set(id, [...(pagesUsing.get(id) ?? []), { path, title }]);
				}
				const glossary = readFileSync(glossaryPage, 'utf8').replace(PLACEHOLDER, (_, before: string, id: string, after: string) => {
					const pages = (pagesUsing.get(id) ?? []).sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
					if (pages.length === 0) return `<p${before}${after}>Not used on any page yet.</p>`;
					const items = pages.map((p) => `<li><a href="${p.path}">${p.title}</a></li>`).join('');
					return `<details${before}${after}><summary>Used on ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}</summary><ul>${items}</ul></details>`;
				});
				writeFileSync(glossaryPage, glossary);
				logger.info(`Glossary: linked first uses on ${linkedPages} pages; ${pagesUsing.size} of ${terms.length} terms in use.`);
			},
		},
	};
}
