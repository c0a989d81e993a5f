/**
 * Synthetic case studies for the benchmark: realistic in length, structure and links (a
 * facts panel, seven sections, footnotes, a quotation, links to the taxonomy), with prose
 * made from a word list of our own so that no source text is repeated. Deterministic: the
 * same count always gives the same cases.
 */

/** The ids a synthetic case may link to. */
export interface Taxonomy {
	barriers: string[];
	principles: string[];
	clientGroups: string[];
}

/** One synthetic case, ready to write as our MDX or as a Starlight page. */
export interface SyntheticCase {
	id: string;
	title: string;
	summary: string;
	frontmatter: string;
	/** The body with our <Quote> component. */
	body: string;
	/** The same body with a plain <q> instead, for a site without our components. */
	plainBody: string;
}

const PLACES = ['Ashford', 'Bideford', 'Carmarthen', 'Dunoon', 'Enniskillen', 'Frome', 'Galashiels', 'Hexham', 'Ilkeston', 'Jarrow', 'Keswick', 'Llanelli', 'Morpeth', 'Newry', 'Oban', 'Penrith', 'Rhyl', 'Selby', 'Truro', 'Wigan'];
const NATIONS = ['England', 'Wales', 'Scotland', 'Northern Ireland'];
const SETTINGS = ['Inner city', 'Estate', 'Town', 'Rural', 'County', 'City-wide'];
const WORDS = (
	'agencies partners council health housing police school youth workers residents families forum meeting funding ' +
	'trust referral outreach steering group manager practitioner service users volunteers community centre budget ' +
	'evaluation review protocol information sharing leadership pilot project team caseworker surgery clinic library ' +
	'transport childcare venue training role shadowing secondment board panel target audit timetable contract'
).split(' ');
const VERBS = ['agreed', 'set up', 'asked', 'funded', 'reviewed', 'met', 'shared', 'planned', 'tested', 'reported', 'supported', 'questioned'];

/** A small deterministic random generator (mulberry32), so runs compare like with like. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function syntheticCases(count: number, taxonomy: Taxonomy): SyntheticCase[] {
	const next = random(count * 7919 + 17);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const pickSome = (list: readonly string[], n: number) => [...new Set(Array.from({ length: n * 2 }, () => pick(list)))].slice(0, n);
	const sentence = () => {
		const words = Array.from({ length: 12 + Math.floor(next() * 10) }, (_, i) => (i % 5 === 2 ? pick(VERBS) : pick(WORDS)));
		const text = words.join(' ');
		return text.charAt(0).toUpperCase() + text.slice(1) + '.';
	};
	const paragraph = (n: number, note: number) => `${Array.from({ length: n }, sentence).join(' ')}[^${note}]`;

	return Array.from({ length: count }, (_, index) => {
		const place = `${pick(PLACES)} ${index + 1}`;
		const id = `synthetic-case-${String(index + 1).padStart(5, '0')}`;
		const title = `${place}: a synthetic partnership case`;
		const summary = `Agencies in ${place} worked together; a generated case used only to measure the build and search.`;
		const barriers = pickSome(taxonomy.barriers, 3);
		const principles = pickSome(taxonomy.principles, 3);
		const clientGroups = pickSome(taxonomy.clientGroups, 2);
		const frontmatter = [
			`title: "${title}"`,
			`summary: "${summary}"`,
			'place:',
			`  name: ${place}`,
			'  area: Synthetic county',
			`  nation: ${pick(NATIONS)}`,
			'period: "2003–2004"',
			`setting: ${pick(SETTINGS)}`,
			`clientGroups: [${clientGroups.join(', ')}]`,
			`barriers: [${barriers.join(', ')}]`,
			`principles: [${principles.join(', ')}]`,
			'partners:',
			'  - name: The council',
			'    role: Chaired the forum.',
			'  - name: The health trust',
			'    role: Seconded a worker.',
			'evidence:',
			'  kinds: [interviews, observation]',
			'  size: "Generated for the benchmark."',
			'  limits: "Not a real case."',
			'sources:',
			'  - id: ahmad-et-al-2004',
			'    section: "3.2"',
			'outcomes:',
			'  - "No outcomes: a synthetic case."',
			'discussionQuestions:',
			'  - "What would you change first here?"',
			'  - "Who was missing from the table?"',
			'  - "How would you know it had worked?"',
			'lastReviewed: 2026-11-23',
		].join('\n');
		const quote = 'it works if you have got the people who can work well, be open and honest.';
		const sections = (quoted: string) =>
			[
				`## Context\n\n${paragraph(5, 1)}\n\n${paragraph(4, 2)}`,
				`## The partnership\n\n${paragraph(5, 1)}\n\n${quoted}`,
				`## What happened\n\n${paragraph(6, 2)}\n\n${paragraph(5, 1)}\n\n${paragraph(5, 2)}`,
				`## Barriers met\n\n${barriers.map((b) => `### [${b.replace(/-/g, ' ')}](/barriers/${b}/)\n\n${paragraph(3, 1)}`).join('\n\n')}`,
				`## What helped\n\n${principles.map((p) => `### [${p.replace(/-/g, ' ')}](/principles/${p}/)\n\n${paragraph(3, 2)}`).join('\n\n')}`,
				`## Outcomes\n\n${paragraph(4, 1)}`,
				`## About the evidence\n\n${paragraph(3, 2)}`,
				'[^1]: Ahmad et al. (2004), s. 3.2.\n[^2]: Ahmad et al. (2004), s. 3.1.',
			].join('\n\n');
		return {
			id,
			title,
			summary,
			frontmatter,
			body: sections(`A worker said: <Quote source="ahmad-et-al-2004" at="s. 3.2">${quote}</Quote>`),
			plainBody: sections(`A worker said: <q>${quote}</q> (Ahmad et al. 2004, s. 3.2)`),
		};
	});
}
