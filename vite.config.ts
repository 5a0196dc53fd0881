import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * SvelteKit keeps `$lib/server/` and `*.server.ts` out of the browser. Each feature folder has its
 * own `server/` folder (docs/decisions/0024-one-folder-per-feature.md), which SvelteKit does not
 * know: this guard fails the build when browser code reaches one of them.
 */
function featureServerGuard(): Plugin {
	return {
		name: 'blendwijzer-feature-server-guard',
		enforce: 'pre',
		load(id, options) {
			if (options?.ssr || process.env.VITEST) return;
			if (isFeatureServerModule(id)) this.error(`${id} is server-only (it is in a feature's server/ folder) and must not be imported by browser code`);
		}
	};
}

export function isFeatureServerModule(id: string): boolean {
	return /\/src\/lib\/[^/]+\/server\//.test(id.split('?')[0]!);
}

export default defineConfig({
	plugins: [featureServerGuard(), sveltekit()],
	server: { port: 3000 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					environment: 'node',
					// Storage suites open real SQLite files and PostgreSQL schemas; two workers fit 2 cores.
					maxWorkers: 2,
					testTimeout: 20_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
