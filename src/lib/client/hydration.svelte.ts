/**
 * Whether the page's JavaScript has taken over. Set once by the root layout after hydration.
 * A button that works only with JavaScript is disabled until then, so a quick tap on a slow phone
 * waits visibly instead of doing nothing (what was typed meanwhile is kept by early-input.ts).
 * The `data-hydrated` mark on <html> lets a browser test wait for the enhanced page when it tests
 * what only the enhanced page does.
 */
export const hydration = $state({ done: false });

export function markHydrated(): void {
	hydration.done = true;
	document.documentElement.dataset.hydrated = '';
}
