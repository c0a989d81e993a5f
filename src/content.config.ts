/**
 * Every collection of Joined Up and its schema, in one place.
 *
 * The files in `content/` are the data. Each comment below is written for the person
 * editing those files: it says what goes in the field. Schemas are exported by name so
 * that unit tests can parse fixtures with them.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { NATIONS, SETTINGS, EVIDENCE_KINDS, BARRIER_STATUSES, PRINCIPLE_STATUSES } from './lib/vocabulary';

/** Where a claim sits in a source: at least one of chapter, section or pages. */
export const locatorSchema = z
	.object({
		/** The source's id in `content/sources.yaml`. */
		id: reference('sources'),
		/** Chapter number as printed, for books: `"7"`. */
		chapter: z.string().optional(),
		/** Section number or heading as printed: `"3.1"` or `"The project"`. */
		section: z.string().optional(),
		/** Pages, only where the source prints them: `"12–21"`. */
		pages: z.string().optional(),
	})
	.refine((l) => l.chapter || l.section || l.pages, {
		error: 'Give a locator for this source: a chapter, a section or pages (where the source prints them).',
	});

/** A list of sources with locators; every page that states facts needs at least one. */
const sourcesField = z
	.array(locatorSchema)
	.min(1, { error: 'List at least one source from content/sources.yaml, with a locator.' });

/**
 * Text a maintainer must write: says what to add when it is missing, too short, or still
 * the scaffolder's TODO.
 */
function text(what: string, min = 2) {
	return z
		.string({ error: (issue) => (issue.input === undefined ? `Add ${what}.` : `Write ${what} as text.`) })
		.min(min, { error: `Write ${what} (at least ${min} characters).` })
		.refine((value) => !/\bTODO\b/.test(value), { error: `Replace the TODO with ${what}.` });
}

/** A date written YYYY-MM-DD; a real date, not just a string. */
const isoDate = z.coerce.date({ error: 'Write the date as YYYY-MM-DD, for example 2026-11-23.' });

/**
 * A typed link from a case to a barrier or principle: either a bare id (`- pool-effort`),
 * which takes the default status, or an id with its status (`- short-term-funding: persisted`).
 * Parsed to `{ id: reference, status }`, so the strict reference check still sees the id.
 */
function typedLink<S extends readonly [string, ...string[]]>(collection: 'barriers' | 'principles', statuses: S, fallback: S[number]) {
	const what = collection === 'barriers' ? 'barrier' : 'principle';
	const choices = statuses.map((s) => `"${s}"`).join(', ');
	const shape = `Write each ${what} as an id ("- ${collection === 'barriers' ? 'short-term-funding' : 'pool-effort'}") or an id and its status ("- ${collection === 'barriers' ? 'short-term-funding: persisted' : 'pool-effort: shown'}").`;
	return z
		.unknown()
		.transform((value, ctx) => {
			if (typeof value === 'string') return { id: value, status: fallback };
			const pairs = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
			if (pairs.length !== 1) {
				ctx.addIssue({ code: 'custom', message: shape });
				return z.NEVER;
			}
			const [[id, status]] = pairs;
			if (!statuses.includes(status as string)) {
				ctx.addIssue({ code: 'custom', message: `"${String(status)}" is not a status for ${what} "${id}". Choose one of: ${choices}.` });
				return z.NEVER;
			}
			return { id, status: status as S[number] };
		})
		.pipe(z.object({ id: reference(collection), status: z.enum(statuses) }));
}

/** The fields every barrier, principle and client-group page shares. */
const taxonomyFields = {
	/** The name in plain words a practitioner would use: "Short-term funding". */
	title: z.string().min(3, { error: 'Give the page a title of at least 3 characters.' }),
	/** One sentence, shown in lists and search results. */
	summary: z.string().min(10).max(300, { error: 'Keep the summary under 300 characters.' }),
	/** A one-sentence definition in our own words, grounded in the sources. */
	definition: z.string().min(10),
	/** The sources the page draws on, with locators. */
	sources: sourcesField,
};

export const barrierSchema = z.object(taxonomyFields).strict();

export const principleSchema = z
	.object({
		...taxonomyFields,
		/** Ids of the barriers this principle helps with, from content/barriers/. */
		answers: z
			.array(reference('barriers'))
			.min(1, { error: 'Name at least one barrier this principle answers (ids from content/barriers/).' }),
	})
	.strict();

export const clientGroupSchema = z.object(taxonomyFields).strict();

export const caseSchema = z
	.object({
		/** The place or project as the source names it, never a claim. */
		title: text('a title: the place or project as the source names it', 3),
		/** One or two sentences: who worked together, for whom, and the one thing to take away. */
		summary: text('a summary: one or two sentences', 20).pipe(z.string().max(400, { error: 'Keep the summary to one or two sentences (under 400 characters).' })),
		/** Where it happened. Keep anonymised places anonymised, as the source does. */
		place: z.object({
			/** The place as the source names it: "Easton (Easton and Lawrence Hill wards)". */
			name: text('the place as the source names it'),
			/** The local authority or wider area: "Bristol". */
			area: text('the local authority or wider area'),
			/** One of England, Wales, Scotland, Northern Ireland, UK-wide. */
			nation: z.enum(NATIONS, { error: `Choose the nation from: ${NATIONS.join(', ')}.` }),
		}),
		/** When, as precisely as the source allows: "2003–2004 (fieldwork)", or "Not stated". */
		period: text('the period, as precisely as the source allows, or "Not stated"', 4),
		/** The kind of place. */
		setting: z.enum(SETTINGS, { error: `Choose the setting from: ${SETTINGS.join(', ')}.` }),
		/** Ids from content/client-groups/. */
		clientGroups: z
			.array(reference('client-groups'))
			.min(1, { error: 'List at least one client group (ids from content/client-groups/).' }),
		/**
		 * The barriers the partnership met, ids from content/barriers/, each with what the source
		 * reports became of it: `- short-term-funding: persisted`. Statuses: overcome, partly
		 * overcome, persisted, not reported. A bare id means "not reported". `barriers: []` says,
		 * on purpose, that the source shows the partnership meeting none: some sources give a
		 * partnership only as a brief good example, and a link they do not show would mislead.
		 */
		barriers: z.array(typedLink('barriers', BARRIER_STATUSES, 'not reported'), {
			error: (issue) =>
				issue.input === undefined
					? 'List the barriers the source shows this partnership meeting (ids from content/barriers/), or write "barriers: []" where it shows none.'
					: undefined,
		}),
		/**
		 * Principles, ids from content/principles/, each `shown` (the source shows the case
		 * practising it) or `missing` (the work suffered for its absence): `- pool-effort: shown`.
		 * A bare id means "shown".
		 */
		principles: z
			.array(typedLink('principles', PRINCIPLE_STATUSES, 'shown'))
			.min(1, { error: 'List at least one principle the source shows this case practising or missing (ids from content/principles/).' }),
		/** The agencies and groups involved, and what each did. */
		partners: z
			.array(z.object({ name: text("the partner's name"), role: text('what the partner did') }).strict())
			.min(1, { error: 'List at least one partner, with what it did.' }),
		/** How strong the evidence is, in the source's own terms. */
		evidence: z
			.object({
				/** The kinds of evidence: interviews, survey, practitioner account, … */
				kinds: z
					.array(z.enum(EVIDENCE_KINDS, { error: `Choose evidence kinds from: ${EVIDENCE_KINDS.join(', ')}.` }))
					.min(1, { error: `Name at least one kind of evidence from: ${EVIDENCE_KINDS.join(', ')}.` }),
				/** What the source says of its size: "45 interviews and field notes of 18 meetings". */
				size: text('what the source says of the size of its evidence', 5),
				/** What it cannot tell us, and who was not asked. */
				limits: text('what the evidence cannot tell us', 5),
			})
			.strict(),
		/** The sources the case is written from, with locators. */
		sources: sourcesField,
		/** What changed and for whom, as far as the source shows it. */
		outcomes: z.array(text('an outcome, or "No outcomes reported"', 5)).min(1, { error: 'State the outcomes, or that the source reports none.' }),
		/** Three to five open questions for a seminar or team meeting. */
		discussionQuestions: z
			.array(text('a discussion question', 10))
			.min(3, { error: 'Give at least three discussion questions.' })
			.max(5, { error: 'Give at most five discussion questions.' }),
		/** When someone last checked the page against its sources, YYYY-MM-DD. */
		lastReviewed: isoDate,
		/** Show the case on the home page as one the evidence base is known for. */
		featured: z.boolean().default(false),
	})
	.strict();

/** Authors in "Surname, I." form. */
const names = z.array(z.string().regex(/^[^,]+, (?:[A-Z]\.)+$/, { error: 'Write each name as "Surname, I."' }));

/** The id of a record in a YAML file: kebab-case, and what other files use to cite it. */
const recordId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Write the id in kebab-case: lower-case words joined by hyphens.' });

export const sourceSchema = z
	.object({
		id: recordId,
		/** What kind of publication this is. */
		type: z.enum(['book', 'chapter', 'report', 'article', 'briefing']),
		/** Authors as printed, "Surname, I.". */
		authors: names.optional(),
		/** Editors of an edited book. */
		editors: names.optional(),
		/** An organisation as author, where no person is named. */
		corporateAuthor: z.string().optional(),
		/** Year as the source states it; "c. 1997" where it is inferred. */
		year: z.string().min(4),
		title: z.string().min(3),
		/** For a chapter: its number, and the book it is in. */
		chapter: z.string().optional(),
		in: reference('sources').optional(),
		/** For an article: the journal, volume, issue and pages. */
		journal: z.string().optional(),
		volume: z.string().optional(),
		issue: z.string().optional(),
		pages: z.string().optional(),
		/** A series, such as JRF Findings. */
		series: z.string().optional(),
		place: z.string().optional(),
		publisher: z.string().optional(),
		isbn: z.string().optional(),
		issn: z.string().optional(),
		url: z.url().optional(),
		/** What a reader should know about the record itself (how it was identified, what it lacks). */
		note: z.string().optional(),
	})
	.strict()
	.refine((s) => s.authors || s.editors || s.corporateAuthor, {
		error: 'Give authors, editors or a corporate author.',
	})
	.refine((s) => s.type !== 'chapter' || (s.in && s.chapter), {
		error: 'A chapter needs `in` (the book’s id) and `chapter` (its number).',
	});

export const guideSchema = z
	.object({
		title: text('a title: what the guide helps you do', 3),
		summary: text('a summary: one or two sentences', 10).pipe(z.string().max(300, { error: 'Keep the summary under 300 characters.' })),
		/** Who the guide is for: "Chairs and co-ordinators setting up a new local partnership". */
		audience: text('who the guide is for', 10),
		/** How long it takes to use: "Twenty minutes to read; an afternoon's workshop to work through". */
		timeNeeded: text('how long the guide takes to use', 5),
		/** Ids from content/barriers/ that the guide helps with. */
		barriers: z.array(reference('barriers')).min(1, { error: 'Name at least one barrier the guide helps with.' }),
		/** Ids from content/principles/ that the guide puts into practice. */
		principles: z.array(reference('principles')).min(1, { error: 'Name at least one principle the guide puts into practice.' }),
		/** Cases that illustrate the steps, ids from content/cases/. */
		cases: z.array(reference('cases')).min(1, { error: 'Name at least one case that shows the guide in practice.' }),
		sources: sourcesField,
		lastReviewed: isoDate,
	})
	.strict();

export const glossarySchema = z
	.object({
		id: recordId,
		/** The acronym or term as written: "YISP". */
		term: z.string().min(1),
		/** What it stands for: "Youth Inclusion and Support Panel". */
		expansion: z.string().optional(),
		/** A sentence in our words on what it is, with the period where it is past policy. */
		definition: z.string().min(10),
		/** false where no source spells the term out, so the page says the expansion is not theirs. */
		spelledOut: z.boolean().default(true),
		/** Where the sources use the term, with locators (and spell it out, unless spelledOut is false). */
		sources: sourcesField,
	})
	.strict();

const markdownIn = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `./content/${folder}` });

export const collections = {
	cases: defineCollection({ loader: markdownIn('cases'), schema: caseSchema }),
	barriers: defineCollection({ loader: markdownIn('barriers'), schema: barrierSchema }),
	principles: defineCollection({ loader: markdownIn('principles'), schema: principleSchema }),
	'client-groups': defineCollection({ loader: markdownIn('client-groups'), schema: clientGroupSchema }),
	guides: defineCollection({ loader: markdownIn('guides'), schema: guideSchema }),
	sources: defineCollection({ loader: file('./content/sources.yaml'), schema: sourceSchema }),
	glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossarySchema }),
};
