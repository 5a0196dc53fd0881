/**
 * Forms that save as the user edits them, as the scan's answers do. Without JavaScript the form
 * is an ordinary form with its own button; with it, this action hides that button, sends the form
 * to its action after each change (text after a pause in typing, and when the field is left) and
 * says in the form's status line whether the edit is on the server.
 *
 * It sends the request itself instead of going through SvelteKit's `enhance`, because `enhance`
 * reloads the page's data after every success, and a reload that lands while the user goes on
 * typing would put the older, saved text back into the field. The page still follows the
 * workshop's stream, which brings the saved state to every other screen.
 *
 * One request at a time per form, so an older snapshot never overwrites a newer one; a change made
 * while one is in flight is sent when it returns. An edit that could not be sent (offline) stays
 * on screen, marked as not saved, and is sent when the connection returns.
 *
 * @example
 * <form method="post" action="?/reflection" use:autosave={{ texts: m.common }}>
 *   <textarea name="text"></textarea>
 *   <button data-autosave-hide>Opslaan</button>
 *   <span role="status" data-autosave-status></span>
 * </form>
 */
import { deserialize } from '$app/forms';

export interface AutosaveTexts {
	saving: string;
	saved: string;
	notSaved: string;
}

export interface AutosaveOptions {
	texts: AutosaveTexts;
	/** Milliseconds of no typing after which text is sent. */
	typingDelay?: number;
}

type Status = 'idle' | 'saving' | 'saved' | 'unsaved' | 'error';

export function autosave(form: HTMLFormElement, initial: AutosaveOptions) {
	let options = initial;
	let inFlight = false;
	let pending = false;
	let status: Status = 'idle';
	let errorText = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	const statusLine = form.querySelector<HTMLElement>('[data-autosave-status]');
	for (const element of form.querySelectorAll<HTMLElement>('[data-autosave-hide]')) element.hidden = true;
	form.dataset.autosave = 'on';

	const show = (next: Status) => {
		status = next;
		form.dataset.autosaveStatus = next;
		if (!statusLine) return;
		const t = options.texts;
		statusLine.textContent = next === 'saving' ? t.saving : next === 'saved' ? t.saved : next === 'unsaved' ? t.notSaved : next === 'error' ? errorText : '';
		statusLine.classList.toggle('warn', next === 'unsaved' || next === 'error');
	};

	async function save(): Promise<void> {
		clearTimeout(timer);
		if (inFlight) {
			pending = true;
			return;
		}
		inFlight = true;
		pending = false;
		show('saving');
		try {
			const response = await fetch(form.action, {
				method: 'POST',
				body: new FormData(form),
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			const result = deserialize(await response.text());
			if (result.type === 'success' || result.type === 'redirect') {
				show(pending ? 'unsaved' : 'saved');
			} else if (result.type === 'failure') {
				const errors = (result.data as { errors?: Record<string, string> } | undefined)?.errors ?? {};
				errorText = Object.values(errors)[0] ?? options.texts.notSaved;
				show('error');
			} else {
				errorText = options.texts.notSaved;
				show('error');
			}
		} catch {
			// No answer (offline): keep the edit on screen and send it when the connection returns.
			show('unsaved');
		} finally {
			inFlight = false;
		}
		if (pending) void save();
	}

	const changed = (delay: number) => {
		show('unsaved');
		clearTimeout(timer);
		timer = setTimeout(() => void save(), delay);
	};
	const onInput = (event: Event) => {
		if (event.target instanceof HTMLTextAreaElement || (event.target instanceof HTMLInputElement && event.target.type === 'text')) {
			changed(options.typingDelay ?? 1200);
		}
	};
	const onChange = (event: Event) => {
		const target = event.target;
		// Text is sent after a pause or when left; every other field as soon as it changes.
		if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text')) {
			if (status === 'unsaved') changed(0);
		} else {
			changed(0);
		}
	};
	const onSubmit = (event: SubmitEvent) => {
		event.preventDefault();
		void save();
	};
	const onOnline = () => {
		if (status === 'unsaved') void save();
	};
	const onLeave = (event: BeforeUnloadEvent) => {
		if (status === 'unsaved' || status === 'saving') event.preventDefault();
	};
	form.addEventListener('input', onInput);
	form.addEventListener('change', onChange);
	form.addEventListener('submit', onSubmit);
	window.addEventListener('online', onOnline);
	window.addEventListener('beforeunload', onLeave);

	return {
		update(next: AutosaveOptions) {
			options = next;
			show(status);
		},
		destroy() {
			clearTimeout(timer);
			form.removeEventListener('input', onInput);
			form.removeEventListener('change', onChange);
			form.removeEventListener('submit', onSubmit);
			window.removeEventListener('online', onOnline);
			window.removeEventListener('beforeunload', onLeave);
		}
	};
}
