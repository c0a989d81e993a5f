/**
 * `node scripts/check-content.ts`: runs before every build. Fails, naming each file and the
 * fix, on an empty file, broken frontmatter, a duplicate id or title, an over-long quotation,
 * or an acronym the glossary does not explain.
 * Schema and reference errors are Astro's and src/lib/evidence-base.ts's to report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkAcronyms, checkDuplicates, checkFile, checkRecordIds, type ContentFile } from '../src/lib/content-checks.ts';

const CONTENT_DIR = 'content';
const COLLECTIONS = ['cases', 'barriers', 'principles', 'client-groups', 'guides'];
const RECORD_FILES = ['sources.yaml', 'glossary.yaml'];

const files: ContentFile[] = COLLECTIONS.flatMap((collection) => {
	const dir = join(CONTENT_DIR, collection);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => ({ path: join(dir, name), collection, text: readFileSync(join(dir, name), 'utf8') }));
});

const GLOSSARY = join(CONTENT_DIR, 'glossary.yaml');
const glossaryRecords: unknown = existsSync(GLOSSARY) ? parse(readFileSync(GLOSSARY, 'utf8')) : [];
const glossaryTerms = Array.isArray(glossaryRecords) ? glossaryRecords.map((g: { term?: unknown }) => String(g?.term ?? '')) : [];

const problems = [
	...files.flatMap(checkFile),
	...checkAcronyms(files, glossaryTerms),
	...checkDuplicates(files),
	...RECORD_FILES.map((name) => join(CONTENT_DIR, name))
		.filter(existsSync)
		.flatMap((path) => checkRecordIds(path, readFileSync(path, 'utf8'))),
];

if (problems.length) {
	console.error(`Content check: ${problems.length} problem(s) to fix before the site can build:\n\n${problems.join('\n\n')}\n`);
	process.exit(1);
}
console.log(`Content check: ${files.length} files look well formed.`);
