/**
 * Progressive enhancement for forms that stay on their page. SvelteKit moves the focus to the
 * top of the page after a successful action, which throws a keyboard or screen-reader user out of
 * the place they were working in; these helpers put the focus back.
 */
import type { SubmitFunction } from '@sveltejs/kit';

function restore(element: Element | null, fallback: HTMLElement | null): void {
	if (element instanceof HTMLElement && element.isConnected) element.focus();
	else fallback?.focus();
}

/** Updates the page in place, keeps what is typed, and keeps the focus where it was. */
export const enhanceInPlace: SubmitFunction = ({ formElement }) => {
	const active = document.activeElement;
	// When the form itself disappears (a deleted item), focus its section's heading instead.
	const fallback = formElement.closest('section')?.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? null;
	return async ({ update }) => {
		await update({ reset: false });
		restore(active, fallback);
	};
};

/** For "add" forms: after a success the form is emptied and its first field focused, ready for the next item. */
export const enhanceAdding: SubmitFunction = ({ formElement }) => {
	const active = document.activeElement;
	return async ({ result, update }) => {
		await update({ reset: false });
		if (result.type === 'success') {
			formElement.reset();
			formElement.querySelector<HTMLElement>('textarea, input:not([type="hidden"]), select')?.focus();
		} else {
			restore(active, null);
		}
	};
};
