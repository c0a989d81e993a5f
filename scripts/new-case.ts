/**
 * `npm run new:case -- "Title"`: writes content/cases/<slug>.mdx with every field and the
 * valid ids listed beside their fields. Never overwrites an existing case.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { caseTemplate } from '../src/lib/case-template.ts';
import { slugify } from '../src/lib/slug.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');

function idsIn(folder: string): string[] {
	return readdirSync(join(CONTENT, folder))
		.filter((file) => ['.md', '.mdx'].includes(extname(file)))
		.map((file) => basename(file, extname(file)))
		.sort();
}

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
	console.error('Give the case a title: npm run new:case -- "Place, area: what the partnership did"');
	process.exit(1);
}
const slug = slugify(title);
const existing = ['.mdx', '.md'].map((ext) => join(CONTENT, 'cases', slug + ext)).find(existsSync);
if (existing) {
	console.error(`A case already exists at ${existing}. Choose another title, or edit that file.`);
	process.exit(1);
}
const sources = (parse(readFileSync(join(CONTENT, 'sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id).sort();
const file = join(CONTENT, 'cases', `${slug}.mdx`);
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
	file,
	caseTemplate(title, { clientGroups: idsIn('client-groups'), barriers: idsIn('barriers'), principles: idsIn('principles'), sources }, today),
	{ flag: 'wx' },
);
console.log(`Wrote content/cases/${slug}.mdx. Fill in each TODO, then run npm run check.`);
