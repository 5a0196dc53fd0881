/**
 * What a quick user typed or chose before the page's JavaScript ran, kept through hydration.
 *
 * Svelte's hydration writes every `value={…}` back into its field, so a participant on slow campus
 * Wi-Fi who types the join code while the page is still loading sees it vanish, and the form then
 * refuses to submit (decision record 0020). The page is server-rendered, so the server's value is
 * each field's default: a field whose value differs from its default was changed by the user.
 * `noteEarlyInput` runs before hydration (hooks.client.ts); `restoreEarlyInput` after it (the root
 * layout's onMount), and fires the events a handler would have seen, so autosaving fields save.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the user has put in each field so far: its value, or for a checkbox or radio whether it is checked. */
const seen = new Map<Field, { value: string; checked: boolean }>();

const remember = (field: Field) => seen.set(field, { value: field.value, checked: field instanceof HTMLInputElement && field.checked });

/**
 * The app's route modules still load between this module and hydration, and the user goes on
 * typing meanwhile: every input from now on is remembered too, not only what the first look found.
 */
function onInput(event: Event): void {
	const target = event.target;
	if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
		if (!(target instanceof HTMLInputElement && (target.type === 'file' || target.type === 'hidden'))) remember(target);
	}
}

function fire(element: Element, ...types: string[]): void {
	for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true }));
}

/**
 * On a reload or back/forward the browser itself puts earlier values back into the fields; those
 * may be older than what the server just rendered (another member changed the answer), so there
 * the server's values stand, as they did before this module.
 */
function browserRestoredFields(): boolean {
	const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	return navigation !== undefined && navigation.type !== 'navigate';
}

/** Notes every field the user has changed so far, and every change until `restoreEarlyInput`; call it before hydration. */
export function noteEarlyInput(root: ParentNode = document): void {
	seen.clear();
	if (browserRestoredFields()) return;
	for (const element of root.querySelectorAll('input, textarea, select')) {
		if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
			if (element.checked !== element.defaultChecked) remember(element);
		} else if (element instanceof HTMLSelectElement) {
			if ([...element.options].some((o) => o.selected !== o.defaultSelected)) remember(element);
		} else if (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type !== 'file' && element.type !== 'hidden')) {
			if (element.value !== element.defaultValue) remember(element);
		}
	}
	document.addEventListener('input', onInput, true);
	document.addEventListener('change', onInput, true);
}

/** Puts back what the user had put in, where hydration overwrote it; call it once the page is hydrated. */
export function restoreEarlyInput(): void {
	document.removeEventListener('input', onInput, true);
	document.removeEventListener('change', onInput, true);
	for (const [field, was] of seen) {
		if (!field.isConnected) continue;
		if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
			// A radio is restored by checking the chosen one; the browser unchecks the rest of its group.
			if (field.checked === was.checked || (field.type === 'radio' && !was.checked)) continue;
			field.checked = was.checked;
			fire(field, 'input', 'change');
		} else if (field.value !== was.value) {
			field.value = was.value;
			fire(field, field instanceof HTMLSelectElement ? 'change' : 'input');
			if (field instanceof HTMLSelectElement) fire(field, 'input');
		}
	}
	seen.clear();
}
