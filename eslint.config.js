import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Participant text must never become markup; {@html} is only allowed where we render our own escaped SVG.
			'svelte/no-at-html-tags': 'error',
			// Blendwijzer is served at the root of its own host (no `paths.base`), so plain hrefs are right.
			'svelte/no-navigation-without-resolve': 'off',
			// Svelte 5 runes only: no store is ever imported (no 'svelte/store', no '$app/stores'), and this
			// type-aware rule was three quarters of the linter's time (22 of 30 s of rule time).
			'svelte/require-store-reactive-access': 'off',
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'svelte/store', message: 'Use runes ($state, $derived).' }, { name: '$app/stores', message: "Use $app/state." }] }
			],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Every text a user sees comes from the dictionaries, errors included (notFound() and
			// friends in $lib/server/http/errors.ts, or a message from messages(language)).
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.name='error'] > ObjectExpression > Property[key.name='message'] > Literal",
					message: 'Error texts come from the dictionaries: use notFound()/forbidden()/notSignedIn() or messages(language).'
				}
			]
		}
	},
	{
		// Domain code at the top of a feature folder is plain TypeScript: no database, framework or
		// server module, so pages, exports and tests all use the same functions (docs/decisions/0024).
		files: ['src/lib/{accounts,instrument,plan,removal,scan,survey,toolkit,tools,workshop}/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['kysely', 'pg', 'better-sqlite3', '@sveltejs/*', '$app/*', 'svelte', 'svelte/*', 'node:*', '$lib/server/*', '$lib/*/server/*', './server/*', '../*/server/*'],
							message: 'Domain code stays pure: no database, framework, Node or server module (docs/decisions/0024-one-folder-per-feature.md).'
						}
					]
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'test-results/'] }
);
