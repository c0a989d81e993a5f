/**
 * The search page's front end, over Pagefind's JavaScript API. The form and its filter
 * checkboxes are plain HTML; this script runs the search, lists the results and keeps the
 * address bar in step, so a search can be shared, bookmarked and restored with Back.
 *
 * Pagefind's script, WebAssembly and index are fetched only when a reader starts to search
 * (focus or typing), or at once when the page opens with a search in its URL.
 */
import { hasSearch, parseSearch, sameFilters, serialiseSearch, SEARCH_FILTERS, toPagefindFilters, type FilterKey, type SearchState } from '../lib/search-state';
import { excerptPieces, viewOfResult, type ResultData } from '../lib/search-results';

interface PagefindResult {
	data(): Promise<ResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string | null, options: { filters: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

/** Results shown at once; "Show more results" adds as many again. Each costs a fragment fetch. */
const PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-search-app]');
if (form) start(form);

function start(form: HTMLFormElement) {
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	const empty = form.querySelector<HTMLElement>('[data-search-empty]')!;
	const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
	form.hidden = false;
	document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');

	let pagefind: Promise<Pagefind> | undefined;
	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(async (pf: Pagefind) => {
			// Pagefind's own web worker stays on: without it, decoding the index blocked a throttled
			// phone's main thread for over a second (Lighthouse mobile: 76 with it off, 99-100 with it on),
			// for 12 KB more. Long case pages and short term pages compete, so page length counts
			// for less than by default.
			await pf.options({ baseUrl: form.dataset.base, excerptLength: 24, ranking: { pageLength: 0.4, metaWeights: { title: 5, summary: 2, aliases: 2 } } });
			return pf;
		}));

	const readForm = (): SearchState => {
		const filters: SearchState['filters'] = {};
		for (const { key } of SEARCH_FILTERS) {
			const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((box) => box.value);
			if (values.length) filters[key as FilterKey] = values;
		}
		return { term: input.value.trim(), filters };
	};

	const writeForm = (state: SearchState) => {
		input.value = state.term;
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
		}
		// A group with a choice in it stays open, so the reader sees what is narrowing the results.
		for (const group of form.querySelectorAll<HTMLDetailsElement>('details[data-filter-group]')) {
			if (group.querySelector('input:checked')) group.open = true;
		}
	};

	let current = parseSearch(location.search);
	/** Writes the search to the URL: a new filter is a step worth going Back to; typing is not. */
	const remember = (next: SearchState) => {
		const url = `${location.pathname}${serialiseSearch(next)}${location.hash}`;
		if (serialiseSearch(next) === location.search) return;
		if (sameFilters(current, next)) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
	};

	let results: PagefindResult[] = [];
	let shown = 0;
	let searchId = 0;

	const renderResult = (data: ResultData): HTMLLIElement => {
		const view = viewOfResult(data);
		const item = document.createElement('li');
		const line = (className: string, text: string) => {
			const p = document.createElement('p');
			p.className = className;
			p.textContent = text;
			return p;
		};
		if (view.type) item.append(line('result__type', view.type));
		const heading = document.createElement('h3');
		const link = document.createElement('a');
		link.href = view.url;
		link.textContent = view.title;
		heading.append(link);
		item.append(heading);
		if (view.facts) item.append(line('result__facts', view.facts));
		if (view.summary) item.append(line('result__summary', view.summary));
		const match = document.createElement('p');
		match.className = 'result__match';
		if (view.section) {
			const sectionLink = document.createElement('a');
			sectionLink.href = view.section.url;
			sectionLink.textContent = view.section.title;
			match.append('Matched in ', sectionLink, ': ');
		}
		for (const piece of excerptPieces(view.section?.excerpt ?? view.excerpt)) {
			match.append(piece.marked ? Object.assign(document.createElement('mark'), { textContent: piece.text }) : piece.text);
		}
		if (match.textContent) item.append(match);
		return item;
	};

	/**
	 * Lists the next batch of results. Their fragments are all requested at once, but each
	 * result is shown as soon as it and those above it have arrived: on a slow line the first
	 * appears after one fragment, not five, and nothing above it moves when the rest arrive.
	 */
	const showMore = async (id: number) => {
		const batch = results.slice(shown, shown + PAGE_SIZE);
		shown += batch.length;
		let first: HTMLLIElement | undefined;
		for (const pending of batch.map((r) => r.data())) {
			const data = await pending;
			if (id !== searchId) return;
			const item = renderResult(data);
			list.append(item);
			first ??= item;
		}
		more.hidden = shown >= results.length;
		return first;
	};

	const run = async (state: SearchState) => {
		const id = ++searchId;
		if (!hasSearch(state)) {
			list.replaceChildren();
			empty.hidden = true;
			more.hidden = true;
			status.textContent = 'Type a word or choose a filter to search.';
			return;
		}
		status.textContent = 'Searching…';
		const pf = await loadPagefind();
		const response = await pf.search(state.term || null, { filters: toPagefindFilters(state.filters) });
		if (id !== searchId) return;
		results = response.results;
		shown = 0;
		list.replaceChildren();
		await showMore(id);
		if (id !== searchId) return;
		const count = results.length;
		const what = state.term ? ` for “${state.term}”` : '';
		const narrowed = Object.keys(state.filters).length ? ' with the filters chosen' : '';
		status.textContent = count === 0 ? `No pages found${what}${narrowed}.` : `${count} ${count === 1 ? 'page' : 'pages'} found${what}${narrowed}.`;
		empty.hidden = count > 0;
	};

	let typing: ReturnType<typeof setTimeout> | undefined;
	const searchNow = (asStep: boolean) => {
		clearTimeout(typing);
		const next = readForm();
		if (asStep || !sameFilters(current, next)) remember(next);
		else remember({ ...next });
		current = next;
		void run(next);
	};

	input.addEventListener('focus', () => void loadPagefind(), { once: true });
	input.addEventListener('input', () => {
		void loadPagefind();
		clearTimeout(typing);
		typing = setTimeout(() => searchNow(false), TYPING_PAUSE_MS);
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type="checkbox"]')) searchNow(true);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		searchNow(false);
	});
	// A second click while a batch is still arriving would start the next batch alongside it,
	// and the two would interleave in the list; it is ignored instead.
	let listingMore = false;
	more.addEventListener('click', async () => {
		if (listingMore) return;
		listingMore = true;
		try {
			const first = await showMore(searchId);
			first?.querySelector('a')?.focus();
		} finally {
			listingMore = false;
		}
	});
	addEventListener('popstate', () => {
		current = parseSearch(location.search);
		writeForm(current);
		void run(current);
	});

	writeForm(current);
	if (hasSearch(current)) void run(current);
}
