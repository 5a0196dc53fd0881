import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Every page's CSS (the site's stylesheet and its components' styles, some 6 KB compressed)
		// comes inside the page, in a <style> with the page's nonce: a phone on a slow network paints
		// after one round trip instead of two (decision record 0046).
		inlineStyleThreshold: 64 * 1024,
		// Nonce-based CSP: SvelteKit adds a fresh nonce to its own bootstrap script on every
		// page, so no inline script or style is ever allowed (see docs/decisions/0004-security-headers.md).
		csp: {
			mode: 'nonce',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer (a visually hidden live region) carries one fixed style
				// attribute; allow exactly that one by its hash. A browser test fails on any CSP report.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		// Our own origin check in hooks.server.ts covers every state-changing request
		// (forms, JSON and file uploads alike), so SvelteKit's form-only check stays on as a second line.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
