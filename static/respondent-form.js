// The one script of a respondent's page (decision record 0046): the form itself works without
// it. It says in the form's status line that there are changes not yet saved, that the page is
// being sent, and, when the device knows it is offline, keeps the page (and every answer on it)
// instead of posting into a browser error page. The texts come from the status line's data-
// attributes, in the page's language. No inline script or style, so the CSP allows it as it is.
(() => {
	const form = document.getElementById('answers');
	const status = form?.querySelector('.save-status');
	if (!form || !status) return;
	const say = (/** @type {'unsaved' | 'sending' | 'offline'} */ state) => {
		status.textContent = status.getAttribute(`data-${state}`);
		status.classList.toggle('warn', state !== 'sending');
	};
	form.addEventListener('input', () => say('unsaved'));
	// A page the browser keeps and shows again on "back" would still say "sending".
	window.addEventListener('pageshow', (event) => {
		if (event.persisted) status.textContent = '';
	});
	form.addEventListener('submit', (event) => {
		if (navigator.onLine === false) {
			event.preventDefault();
			say('offline');
		} else say('sending');
	});
})();
