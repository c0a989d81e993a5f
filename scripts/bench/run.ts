/**
 * `npm run bench`: builds synthetic evidence bases of 100, 1,000 and 5,000 cases in a
 * temporary folder (never in the repository), measures the build, the output and search in
 * Chromium, builds the same pages as a default Astro Starlight site (installed on demand into
 * the same temporary folder), and prints the figures side by side.
 *
 * BENCH_SIZES=100,1000 and BENCH_STARLIGHT_MAX=1000 change what is built.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { copyProject } from '../project-copy.ts';
import { BYTE_KINDS, measureSearches, PROFILES, type SearchMeasure } from './browser.ts';
import { htmlPagesUnder } from '../files.ts';
import { pageWeight } from '../page-weight.ts';
import { folderBytes, timed, type Timing } from './measure.ts';
import { syntheticCases, type SyntheticCase } from './synthetic-cases.ts';

const ROOT = process.cwd();
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
// A default Starlight site lists every page in every page's sidebar, so its build grows with
// the square of the page count; past this size it is left out rather than run for hours.
const STARLIGHT_MAX = Number(process.env.BENCH_STARLIGHT_MAX ?? 1000);
const NODE = process.execPath;
/** The client group the filtered browse narrows to (its title, as the filter value). */
const FILTERED_GROUP = 'Families and parents';
const work = mkdtempSync(join(tmpdir(), 'joined-up-bench-'));

const idsIn = (folder: string) =>
	readdirSync(join(ROOT, 'content', folder))
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => basename(f, extname(f)));
const taxonomy = { barriers: idsIn('barriers'), principles: idsIn('principles'), clientGroups: idsIn('client-groups') };

interface OurRun {
	size: number;
	check: Timing;
	astro: Timing;
	pagefind: Timing;
	pages: number;
	distMb: number;
	heaviest: { path: string; kb: number };
	casePageKb: number;
	search: SearchMeasure;
	browse: SearchMeasure;
	/** A first search on each throttled profile, by profile name: milliseconds to the first result. */
	throttled: Record<string, number>;
}

interface StarlightRun {
	size: number;
	build: Timing;
	pages: number;
	casePageKb: number;
}

function log(message: string) {
	process.stderr.write(`${message}\n`);
}

async function buildOurs(size: number, cases: SyntheticCase[]): Promise<OurRun> {
	const dir = join(work, `joined-up-${size}`);
	mkdirSync(dir);
	copyProject(ROOT, dir, { withContent: false });
	// Guides cite real cases, which the synthetic evidence base replaces, so they stay out too.
	cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !src.includes('/content/cases/') && !src.includes('/content/guides/') });
	mkdirSync(join(dir, 'content', 'cases'), { recursive: true });
	for (const c of cases) writeFileSync(join(dir, 'content', 'cases', `${c.id}.mdx`), `---\n${c.frontmatter}\n---\n\n${c.body}\n`);
	log(`Joined Up, ${size} cases: building…`);
	const check = timed([NODE, 'scripts/check-content.ts'], dir);
	const astro = timed([NODE, 'node_modules/astro/bin/astro.mjs', 'build'], dir);
	const pagefind = timed([NODE, 'node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], dir);
	const dist = join(dir, 'dist');
	const pages = htmlPagesUnder(dist);
	const weights = pages.filter((f) => !f.endsWith('/search/index.html')).map((f) => ({ path: f.slice(dist.length), kb: pageWeight(dist, f).total / 1024 }));
	const heaviest = weights.sort((a, b) => b.kb - a.kb)[0];
	const casePageKb = pageWeight(dist, join(dist, 'cases', cases[0].id, 'index.html')).total / 1024;
	log(`Joined Up, ${size} cases: searching in Chromium…`);
	const [search, browse] = await measureSearches(dist, ['/search/?q=partnership', `/search/?client_group=${encodeURIComponent(FILTERED_GROUP)}`]);
	const throttled: Record<string, number> = {};
	for (const profile of PROFILES.slice(1)) {
		log(`Joined Up, ${size} cases: searching on ${profile.name}…`);
		[{ firstResultMs: throttled[profile.name] }] = await measureSearches(dist, ['/search/?q=partnership'], profile);
	}
	const run = { size, check, astro, pagefind, pages: pages.length, distMb: folderBytes(dist) / 1024 / 1024, heaviest, casePageKb, search, browse, throttled };
	rmSync(dir, { recursive: true, force: true });
	return run;
}

/** A default Starlight site in the temporary folder, installed once from the npm registry. */
function installStarlight(): string {
	const dir = join(work, 'starlight-install');
	mkdirSync(dir);
	const astroVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }));
	log('Starlight: installing on demand…');
	const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `astro@${astroVersion}`, '@astrojs/starlight', 'sharp'], { cwd: dir, encoding: 'utf8' });
	if (install.status !== 0) throw new Error(`Installing Starlight failed:\n${install.stderr}`);
	return dir;
}

function buildStarlight(installDir: string, size: number, cases: SyntheticCase[]): StarlightRun {
	const dir = join(work, `starlight-${size}`);
	mkdirSync(join(dir, 'src', 'content', 'docs', 'cases'), { recursive: true });
	symlinkSync(join(installDir, 'node_modules'), join(dir, 'node_modules'));
	cpSync(join(installDir, 'package.json'), join(dir, 'package.json'));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Joined Up' })] });\n",
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	writeFileSync(join(dir, 'src', 'content', 'docs', 'index.mdx'), '---\ntitle: Joined Up\n---\n\nAn evidence base.\n');
	for (const c of cases) {
		writeFileSync(join(dir, 'src', 'content', 'docs', 'cases', `${c.id}.mdx`), `---\ntitle: "${c.title}"\ndescription: "${c.summary}"\n---\n\n${c.plainBody}\n`);
	}
	log(`Starlight, ${size} pages: building (Pagefind included)…`);
	const build = timed([NODE, 'node_modules/astro/bin/astro.mjs', 'build'], dir);
	const dist = join(dir, 'dist');
	const run = {
		size,
		build,
		pages: htmlPagesUnder(dist).length,
		casePageKb: pageWeight(dist, join(dist, 'cases', cases[0].id, 'index.html')).total / 1024,
	};
	rmSync(dir, { recursive: true, force: true });
	return run;
}

const f1 = (n: number) => n.toFixed(1);
const mb = (t: Timing) => (t.peakMb ? `${Math.round(t.peakMb)} MB` : 'n/a');

function table(ours: OurRun[], starlight: StarlightRun[]): string {
	const rows: string[][] = [
		['cases', 'checks s', 'Astro s', 'Pagefind s', 'total s', 'peak MB (Astro)', 'pages', 'pages/s', 'ms/page', 'dist MB', 'heaviest page', 'case page KB gz', 'first search KB / ms', ...BYTE_KINDS.map((k) => `  of which ${k}, KB`), 'filtered browse KB / ms', ...PROFILES.slice(1).map((p) => `first search ms, ${p.name}`), 'Starlight build s', 'Starlight case page KB gz', 'build ratio (ours/Starlight)', 'page ratio (ours/Starlight)'],
	];
	for (const o of ours) {
		const total = o.check.seconds + o.astro.seconds + o.pagefind.seconds;
		const s = starlight.find((r) => r.size === o.size);
		rows.push([
			String(o.size),
			f1(o.check.seconds),
			f1(o.astro.seconds),
			f1(o.pagefind.seconds),
			f1(total),
			mb(o.astro),
			String(o.pages),
			f1(o.pages / total),
			f1((total * 1000) / o.pages),
			f1(o.distMb),
			`${o.heaviest.path} ${f1(o.heaviest.kb)} KB`,
			f1(o.casePageKb),
			`${f1(o.search.kilobytes)} / ${Math.round(o.search.firstResultMs)}`,
			...BYTE_KINDS.map((k) => f1(o.search.byKind[k])),
			`${f1(o.browse.kilobytes)} / ${Math.round(o.browse.firstResultMs)}`,
			...PROFILES.slice(1).map((p) => String(Math.round(o.throttled[p.name]))),
			s ? f1(s.build.seconds) : 'not run',
			s ? f1(s.casePageKb) : 'not run',
			s ? (total / s.build.seconds).toFixed(2) : '–',
			s ? (o.casePageKb / s.casePageKb).toFixed(2) : '–',
		]);
	}
	// Printed transposed: one row per measure reads better than eighteen columns.
	const measures = rows[0].map((_, col) => rows.map((row) => row[col]));
	const widths = measures[0].map((_, col) => Math.max(...measures.map((r) => r[col].length)));
	const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
	return [line(measures[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...measures.slice(1).map(line)].join('\n');
}

async function main() {
	const ours: OurRun[] = [];
	const starlight: StarlightRun[] = [];
	let starlightInstall: string | undefined;
	try {
		for (const size of SIZES) {
			const cases = syntheticCases(size, taxonomy);
			ours.push(await buildOurs(size, cases));
			if (size <= STARLIGHT_MAX) {
				starlightInstall ??= installStarlight();
				starlight.push(buildStarlight(starlightInstall, size, cases));
			}
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	const perPage = (o: OurRun) => (o.check.seconds + o.astro.seconds + o.pagefind.seconds) / o.pages;
	const at = (n: number) => ours.find((o) => o.size === n);
	console.log(table(ours, starlight));
	if (at(1000) && at(5000)) console.log(`\nTime per page, 5,000 against 1,000 cases: ${(perPage(at(5000)!) / perPage(at(1000)!)).toFixed(2)}× (target: within 1.2×)`);
	console.log(`Machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}. Sizes are gzipped response bodies as a static host serves them, counted by the server (headers left out).`);
}

await main();
