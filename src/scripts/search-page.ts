/**
 * Keeps the Pagefind Component UI and the address bar in step, so a search can be shared,
 * bookmarked and restored with Back. The URL is the source of truth on load and on Back;
 * after that every search the UI runs is written back to it.
 */
import { parseSearch, sameFilters, serialiseSearch, type SearchState } from '../lib/search-state';

interface PagefindInstance {
	triggerLoad(): Promise<void>;
	triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
	on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
}

declare global {
	interface Window {
		PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
	}
}

function toState(term: string, filters: Record<string, string[]>): SearchState {
	return parseSearch(serialiseSearch({ term, filters }).slice(1));
}

/**
 * Pagefind 1.6 gives each filter dropdown's trigger the combobox role, whose accessible name
 * does not come from its text, so screen readers announce an unnamed control (axe: button-name).
 * Name each trigger after its visible label.
 */
function nameFilterTriggers() {
	for (const trigger of document.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-labelledby])')) {
		const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
		if (!label) continue;
		label.id ||= `${trigger.id}-label`;
		trigger.setAttribute('aria-labelledby', label.id);
	}
}

async function start() {
	const app = document.querySelector<HTMLElement>('[data-search-app]');
	if (!app) return;
	app.hidden = false;
	document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
	await customElements.whenDefined('pagefind-results');
	await customElements.whenDefined('pagefind-filter-dropdown');
	nameFilterTriggers();
	const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');

	let current = parseSearch(location.search);
	let restoring = true;
	instance.on('search', (term, filters) => {
		if (restoring) return;
		const next = toState(term, filters);
		const query = serialiseSearch(next);
		if (query === location.search) return;
		// A new filter is a step worth going Back to; each keystroke of a term is not.
		const url = `${location.pathname}${query}${location.hash}`;
		if (sameFilters(current, next)) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		current = next;
	});

	const restore = (state: SearchState) => {
		restoring = true;
		// A copy: Pagefind keeps the object and edits it in place when a filter changes.
		instance.triggerSearchWithFilters(state.term, structuredClone(state.filters) as Record<string, string[]>);
		restoring = false;
	};
	// Load first: in faceted mode the first load runs an empty search, which must not win.
	await instance.triggerLoad();
	nameFilterTriggers();
	// Someone who typed while the index loaded keeps what they typed when the URL has no term.
	const typed = document.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim();
	if (typed && !current.term) current = { ...current, term: typed };
	restore(current);
	if (typed && serialiseSearch(current) !== location.search) {
		history.replaceState(null, '', `${location.pathname}${serialiseSearch(current)}`);
	}
	addEventListener('popstate', () => {
		current = parseSearch(location.search);
		restore(current);
	});
}

void start();
