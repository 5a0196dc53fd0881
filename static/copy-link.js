// The copy button of a link to pass on (src/lib/components/CopyLink.svelte) on a page that ships
// no SvelteKit script (decision record 0046): enables the button and copies the field's address,
// saying so in the status line. The texts come from the button's data- attributes, in the page's
// language. Without it the field is still there to select and copy by hand.
for (const button of document.querySelectorAll('.copy-link button[data-copied]')) {
	const box = button.closest('.copy-link');
	const field = box?.querySelector('input');
	const status = box?.querySelector('[role="status"]');
	if (!field || !status) continue;
	field.addEventListener('focus', () => field.select());
	button.addEventListener('click', async () => {
		// Emptied first, so that copying again is announced again.
		status.textContent = '';
		try {
			// Absent outside a secure context (plain http other than localhost); the catch covers that too.
			await navigator.clipboard.writeText(field.value);
			status.textContent = button.getAttribute('data-copied');
		} catch {
			field.focus();
			field.select();
			status.textContent = button.getAttribute('data-copy-failed');
		}
	});
	button.disabled = false;
}
