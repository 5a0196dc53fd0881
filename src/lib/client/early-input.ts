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
type Restore = () => void;

let pending: Restore[] = [];

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

/** Notes every field the user has changed so far; call it before hydration. */
export function noteEarlyInput(root: ParentNode = document): void {
	pending = [];
	if (browserRestoredFields()) return;
	for (const element of root.querySelectorAll('input, textarea, select')) {
		if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
			const checked = element.checked;
			// A radio is restored by checking the chosen one; the browser unchecks the rest of its group.
			if (checked === element.defaultChecked || (element.type === 'radio' && !checked)) continue;
			pending.push(() => {
				if (!element.isConnected || element.checked === checked) return;
				element.checked = checked;
				fire(element, 'input', 'change');
			});
		} else if (element instanceof HTMLSelectElement) {
			if (![...element.options].some((o) => o.selected !== o.defaultSelected)) continue;
			const value = element.value;
			pending.push(() => {
				if (!element.isConnected || element.value === value) return;
				element.value = value;
				fire(element, 'input', 'change');
			});
		} else if (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type !== 'file' && element.type !== 'hidden')) {
			if (element.value === element.defaultValue) continue;
			const value = element.value;
			pending.push(() => {
				if (!element.isConnected || element.value === value) return;
				element.value = value;
				fire(element, 'input');
			});
		}
	}
}

/** Puts back what `noteEarlyInput` found, where hydration overwrote it; call it once the page is hydrated. */
export function restoreEarlyInput(): void {
	const restores = pending;
	pending = [];
	for (const restore of restores) restore();
}
