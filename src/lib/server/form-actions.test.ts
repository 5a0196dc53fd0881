import { describe, expect, it } from 'vitest';
import { DIRECT_ACTIONS } from './form-actions';
import { matchRoute } from './http/routes';

describe('the form actions the start script answers itself', () => {
	it("are each the very function its route exports as that action, so the rules live in one place", async () => {
		const routes: Record<string, () => Promise<{ actions: Record<string, unknown> }>> = {
			'/scans/[id]': () => import('../../routes/scans/[id]/+page.server'),
			'/r/[code]': () => import('../../routes/r/[code]/+page.server')
		};
		expect(Object.keys(DIRECT_ACTIONS).sort()).toEqual(Object.keys(routes).sort());
		for (const [id, actions] of Object.entries(DIRECT_ACTIONS)) {
			const route = await routes[id]!();
			for (const [name, action] of Object.entries(actions)) expect(route.actions[name], `${id} ?/${name}`).toBe(action.run);
		}
	});

	it('leave a device without its respondent token to SvelteKit, which sets one', () => {
		const ready = DIRECT_ACTIONS['/r/[code]']!.submit!.ready!;
		const cookies = (value?: string) => ({ get: (name: string) => (name === 'bw_respondent' ? value : undefined) });
		expect(ready({ cookies: cookies(undefined), user: null })).toBe(false);
		expect(ready({ cookies: cookies('te-kort'), user: null })).toBe(false);
		expect(ready({ cookies: cookies('a'.repeat(43)), user: null })).toBe(true);
	});
});

describe('matching a request path against route ids', () => {
	const routes = { '/scans/[id]': 'scan', '/r/[code]': 'respondent', '/workshops/[id]/events': 'stream' };

	it('finds the route and its parameters', () => {
		expect(matchRoute(routes, '/scans/0b7c6f1e-2d4a-4c1e-9f1a-1234567890ab')).toEqual({ id: '/scans/[id]', value: 'scan', params: { id: '0b7c6f1e-2d4a-4c1e-9f1a-1234567890ab' } });
		expect(matchRoute(routes, '/workshops/abc_1/events')).toMatchObject({ id: '/workshops/[id]/events', params: { id: 'abc_1' } });
	});

	it('finds nothing for another depth, another name, an empty or an encoded parameter', () => {
		for (const path of ['/scans', '/scans/x/result', '/scan/x', '/scans/', '/scans/a%2Fb', '/r/a.b']) expect(matchRoute(routes, path), path).toBeUndefined();
	});
});
