/**
 * The case finder on /cases/: narrows the list already on the page by the boxes ticked (OR
 * within a group, AND across groups), shows what each box would leave, sums up the choice
 * with a link to remove each, sorts, and keeps it all in the URL so it can be shared and
 * restored with Back. It also gathers the cases ticked for /compare/.
 */
import { FINDER_FACETS, facetCounts, matchesSelection, parseSelection, selectionQuery, type FacetValues, type Selection } from '../lib/facets';

const form = document.querySelector<HTMLElement>('[data-finder-form]');
const list = document.querySelector<HTMLOListElement>('[data-finder-list]');
if (form && list) start(form, list);

function start(form: HTMLElement, list: HTMLOListElement) {
	const items = [...list.querySelectorAll<HTMLLIElement>('li[data-case]')];
	const facetsOf = new Map(items.map((li) => [li, JSON.parse(li.dataset.facets!) as FacetValues]));
	const titleOf = (li: HTMLLIElement) => li.querySelector('a')!.textContent!.trim();
	const status = document.querySelector<HTMLElement>('[data-finder-status]')!;
	const chosen = document.querySelector<HTMLElement>('[data-finder-chosen]')!;
	const chosenList = document.querySelector<HTMLUListElement>('[data-finder-chosen-list]')!;
	const clear = document.querySelector<HTMLAnchorElement>('[data-finder-clear]')!;
	const sortBox = document.querySelector<HTMLSelectElement>('[data-finder-sort]')!;
	const compareLink = document.querySelector<HTMLAnchorElement>('[data-compare-link]')!;
	const comparePath = compareLink.getAttribute('href')!;
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const labelOf = Object.fromEntries(FINDER_FACETS.map((f) => [f.key, f.label]));

	const read = (): Selection => {
		const selection: Selection = {};
		for (const box of boxes) if (box.checked) (selection[box.name] ??= []).push(box.value);
		return selection;
	};

	const SORTS: Record<string, (a: HTMLLIElement, b: HTMLLIElement) => number> = {
		title: (a, b) => titleOf(a).localeCompare(titleOf(b), 'en-GB'),
		place: (a, b) => a.dataset.sortPlace!.localeCompare(b.dataset.sortPlace!, 'en-GB'),
		period: (a, b) => a.dataset.sortPeriod!.localeCompare(b.dataset.sortPeriod!) || SORTS.title(a, b),
	};

	const render = (selection: Selection, sort: string) => {
		let shown = 0;
		for (const li of items) {
			li.hidden = !matchesSelection(facetsOf.get(li)!, selection);
			if (!li.hidden) shown++;
		}
		list.append(...[...items].sort(SORTS[sort] ?? SORTS.title));
		const counts = facetCounts([...facetsOf.values()], selection);
		for (const box of boxes) box.parentElement!.querySelector('[data-count]')!.textContent = `(${counts.get(box.name)?.get(box.value) ?? 0})`;
		const pairs = Object.entries(selection).flatMap(([key, values]) => (values ?? []).map((value) => [key, value] as const));
		chosenList.replaceChildren(
			...pairs.map(([key, value]) => {
				const without = { ...selection, [key]: selection[key]!.filter((v) => v !== value) };
				const link = Object.assign(document.createElement('a'), { href: `${location.pathname}${selectionQuery(without)}`, textContent: `Remove ${labelOf[key].toLowerCase()}: ${value}` });
				link.dataset.remove = `${key}\n${value}`;
				const li = document.createElement('li');
				li.append(link);
				return li;
			}),
		);
		chosen.hidden = pairs.length === 0;
		status.textContent = pairs.length ? `Showing ${shown} of ${items.length} cases` : `${items.length} cases`;
	};

	const apply = () => {
		const selection = read();
		const sort = sortBox.value;
		history.pushState(null, '', `${location.pathname}${selectionQuery(selection, { sort: sort === 'title' ? undefined : sort })}`);
		render(selection, sort);
	};

	const load = () => {
		const selection = parseSelection(location.search);
		for (const box of boxes) box.checked = selection[box.name]?.includes(box.value) ?? false;
		for (const group of form.querySelectorAll('details')) if (group.querySelector('input:checked')) group.open = true;
		const sort = new URLSearchParams(location.search).get('sort') ?? 'title';
		sortBox.value = SORTS[sort] ? sort : 'title';
		render(selection, sortBox.value);
	};

	form.addEventListener('change', apply);
	sortBox.addEventListener('change', apply);
	chosenList.addEventListener('click', (event) => {
		const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-remove]');
		if (!link) return;
		event.preventDefault();
		const [key, value] = link.dataset.remove!.split('\n');
		const box = boxes.find((b) => b.name === key && b.value === value);
		if (box) box.checked = false;
		apply();
		(chosenList.querySelector('a') ?? form.querySelector('summary'))?.focus();
	});
	clear.addEventListener('click', (event) => {
		event.preventDefault();
		for (const box of boxes) box.checked = false;
		apply();
	});
	list.addEventListener('change', () => {
		const ids = [...list.querySelectorAll<HTMLInputElement>('input[name="compare"]:checked')].map((box) => box.value);
		compareLink.href = ids.length ? `${comparePath}?cases=${ids.join(',')}` : comparePath;
		compareLink.textContent = ids.length ? `Compare the ${ids.length} ${ids.length === 1 ? 'case' : 'cases'} ticked` : 'Compare all cases';
	});
	addEventListener('popstate', load);
	load();
}
