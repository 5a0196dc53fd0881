/**
 * Progressive enhancement for forms that stay on their page. SvelteKit moves the focus to the
 * top of the page after a successful action, which throws a keyboard or screen-reader user out of
 * the place they were working in; these helpers put the focus back.
 *
 * "Back" means where the user is *now*, not where they were when they submitted: a quick user
 * saves one action point and is already typing in the next form when the answer arrives. So we
 * follow the focus while the request runs, and give it back without scrolling, so the page never
 * jumps away from what the user is looking at.
 */
import type { SubmitFunction } from '@sveltejs/kit';

/** Follows the focus from the moment a form is submitted; `release` puts it back where it last was. */
function followFocus(): { latest: () => HTMLElement | null; release: () => void } {
	let latest: Element | null = document.activeElement;
	const track = (event: FocusEvent) => {
		// SvelteKit's reset focuses the body; that is not the user's choice.
		if (event.target instanceof HTMLElement && event.target !== document.body) latest = event.target;
	};
	document.addEventListener('focusin', track);
	return {
		latest: () => (latest instanceof HTMLElement && latest !== document.body && latest.isConnected ? latest : null),
		release: () => document.removeEventListener('focusin', track)
	};
}

function focusWithoutJump(element: HTMLElement | null): void {
	if (element && document.activeElement !== element) element.focus({ preventScroll: true });
}

/** Updates the page in place, keeps what is typed, and keeps the focus where the user is. */
export const enhanceInPlace: SubmitFunction = ({ formElement }) => {
	const focus = followFocus();
	// When the form itself disappears (a deleted item), focus its section's heading instead.
	const fallback = formElement.closest('section')?.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? null;
	return async ({ update }) => {
		try {
			await update({ reset: false });
		} finally {
			focus.release();
		}
		const latest = focus.latest();
		if (latest) focusWithoutJump(latest);
		else fallback?.focus();
	};
};

/**
 * For "add" forms: after a success the form is emptied and its first field focused, ready for the
 * next item, unless the user has meanwhile gone on to another part of the page.
 */
export const enhanceAdding: SubmitFunction = ({ formElement }) => {
	const focus = followFocus();
	return async ({ result, update }) => {
		try {
			await update({ reset: false });
		} finally {
			focus.release();
		}
		const latest = focus.latest();
		if (result.type === 'success') {
			formElement.reset();
			if (!latest || formElement.contains(latest))
				focusWithoutJump(formElement.querySelector<HTMLElement>('textarea, input:not([type="hidden"]), select'));
			else focusWithoutJump(latest);
		} else {
			focusWithoutJump(latest);
		}
	};
};

/**
 * For a form shown in place of what it edits (a saved action point's row): after a successful
 * save `close` swaps the form back for the row and places the focus. When the user has meanwhile
 * gone on elsewhere on the page, the form stays open instead: closing it would move the page under
 * them (it is saved either way, and says so). A failed save keeps the form, as enhanceInPlace does.
 */
export function enhanceClosing(close: () => void | Promise<void>): SubmitFunction {
	return ({ formElement }) => {
		const focus = followFocus();
		const fallback = formElement.closest('section')?.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? null;
		return async ({ result, update }) => {
			try {
				await update({ reset: false });
			} finally {
				focus.release();
			}
			const latest = focus.latest();
			if (result.type === 'success' && (!latest || formElement.contains(latest))) await close();
			else if (latest) focusWithoutJump(latest);
			else fallback?.focus();
		};
	};
}
