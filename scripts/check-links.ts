/**
 * `node scripts/check-links.ts <dist> [--base /sub-path/]`: fails listing every internal link
 * in the built site that points nowhere, at a missing #anchor, or outside the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesFor, idsIn, isExternal, linksIn } from '../src/lib/links.ts';
import { htmlPagesUnder } from './files.ts';

const [dist = 'dist', flag, baseArgument] = process.argv.slice(2);
const base = flag === '--base' && baseArgument ? baseArgument.replace(/\/?$/, '/') : '/';

const pages = htmlPagesUnder(dist);
const idsByFile = new Map<string, Set<string>>();
const idsOf = (file: string) => {
	if (!idsByFile.has(file)) idsByFile.set(file, idsIn(readFileSync(file, 'utf8')));
	return idsByFile.get(file)!;
};

const problems: string[] = [];
let checked = 0;
for (const page of pages) {
	const pagePath = '/' + relative(dist, page).replace(/index\.html$/, '');
	const pageUrl = new URL(base.replace(/\/$/, '') + pagePath, 'http://site.invalid');
	for (const { attribute, url } of linksIn(readFileSync(page, 'utf8'))) {
		if (!url || isExternal(url)) continue;
		checked++;
		const target = new URL(url, pageUrl);
		const where = `${relative(dist, page)}: ${attribute}="${url}"`;
		if (!target.pathname.startsWith(base)) {
			problems.push(`${where} leaves the base path ${base}`);
			continue;
		}
		const inDist = '/' + target.pathname.slice(base.length);
		const file = filesFor(inDist).map((candidate) => join(dist, candidate)).find(existsSync);
		if (!file) {
			problems.push(`${where} points at ${target.pathname}, which is not in the build`);
			continue;
		}
		const fragment = decodeURIComponent(target.hash.slice(1));
		if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
			problems.push(`${where} names #${fragment}, which ${relative(dist, file)} does not have`);
		}
	}
}

if (problems.length) {
	console.error(`${problems.length} broken internal link(s) in ${dist}:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`Links: ${checked} internal links in ${pages.length} pages of ${dist} all resolve${base === '/' ? '' : ` inside ${base}`}.`);
