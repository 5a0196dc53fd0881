/**
 * Single sign-on in Chromium against a real OpenID Connect provider (see oidc-provider.ts), with
 * passwords switched off: the first administrator sets Blendwijzer up by signing in; a colleague's
 * first sign-in waits; the administrator approves on /admin/sso; the colleague is signed in, then
 * signs out here and at the provider. Every page is checked with axe, and the only other site the
 * browser talks to is the provider.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { axeViolations, launch, newContext } from './browser';
import { Client, SESSION_COOKIE, startAppWithDb, visibleText, type App } from './http';
import * as invites from '$lib/accounts/server/data/invites';
import { CLIENT_ID, CLIENT_SECRET, startProviders, type TestProviders } from './oidc-provider';

const m = messages('nl');
const BUTTON = format(m.sso.signInWith, { name: 'SURFconext' });

describe('single sign-on in the browser, passwords off', () => {
	let app: App;
	let providers: TestProviders;
	let browser: Browser;
	const contexts: { context: BrowserContext; foreignRequests: string[]; pageProblems: string[] }[] = [];

	async function person(): Promise<Page> {
		const made = await newContext(browser, app.url);
		contexts.push(made);
		return made.context.newPage();
	}

	/** On the provider's own login form: sign in as `account`. */
	async function atProvider(page: Page, account: string): Promise<void> {
		await page.waitForURL(`${providers.issuer}/interaction/**`);
		await page.getByLabel('Account').fill(account);
		await page.getByRole('button', { name: 'Sign in' }).click();
	}

	beforeAll(async () => {
		providers = await startProviders({
			ada: { schac_home_organization: 'han.nl', email: 'ada@han.nl', email_verified: true, name: 'Ada Admin' },
			bea: { schac_home_organization: 'han.nl', email: 'bea@han.nl', email_verified: true, name: 'Bea Bakker' }
		});
		app = await startAppWithDb({ OIDC_ISSUER: providers.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_DISPLAY_NAME: 'SURFconext', PASSWORD_LOGIN: 'off' });
		await providers.connect(app.url);
		browser = await launch();
	}, 60_000);
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		await providers?.stop();
	});

	it('lets the first administrator set up by signing in, with no password form anywhere', async () => {
		const ada = await person();
		await ada.goto('/');
		await ada.goto('/setup');
		expect(await ada.getByLabel(m.auth.password, { exact: true }).count()).toBe(0);
		expect(await axeViolations(ada)).toEqual([]);
		await ada.getByRole('link', { name: format(m.sso.setupWith, { name: 'SURFconext' }) }).click();
		await atProvider(ada, 'ada');
		await ada.waitForURL(`${app.url}/admin`);
		await expect.poll(() => ada.getByRole('link', { name: m.sso.admin.link }).count()).toBe(1);

		await ada.getByRole('link', { name: m.sso.admin.link }).click();
		await ada.waitForURL('**/admin/sso');
		expect(await ada.getByLabel(format(m.sso.admin.valueLabel, { claim: 'schac_home_organization' })).inputValue()).toBe('han.nl');
		expect(await ada.getByText(m.sso.admin.noneWaiting).count()).toBe(1);
		expect(await axeViolations(ada)).toEqual([]);

		// A password cannot be used, not even by a script posting the form, nor made with an invitation.
		const post = await new Client(app.url).post('/login', { email: 'ada@han.nl', password: 'een lange zin als wachtwoord' });
		expect(post.status).toBe(400);
		const admin = new Client(app.url);
		admin.cookies.set(SESSION_COOKIE, (await contexts[0]!.context.cookies()).find((c) => c.name === SESSION_COOKIE)!.value);
		// The admin page offers no invitations (its form would lead to a page that refuses), and a post is refused.
		expect(visibleText((await admin.get('/admin')).text)).toContain(m.sso.admin.invitesOff);
		const refused = await admin.post('/admin?/invite', { role: 'facilitator', label: '' });
		expect(refused.status).toBe(400);
		expect(visibleText(refused.text)).toContain(m.sso.admin.invitesOff);
		// An invitation made before passwords were switched off makes no account either.
		const account = await app.db.selectFrom('app_user').select(['id', 'institution_id']).where('email', '=', 'ada@han.nl').executeTakeFirstOrThrow();
		const { token } = await invites.create(app.db, { institutionId: account.institution_id, role: 'facilitator', createdBy: account.id, label: '' });
		const invitation = `/invite/${token}`;
		expect(visibleText((await new Client(app.url).get(invitation)).text)).toContain(m.sso.invitePasswordsOff);
		const accepted = await new Client(app.url).post(invitation, { name: 'Fien', email: 'fien@han.nl', password: 'een lange zin als wachtwoord', passwordRepeat: 'een lange zin als wachtwoord' });
		expect(accepted.status).toBe(400);
		expect(await app.db.selectFrom('app_user').select('id').where('email', '=', 'fien@han.nl').executeTakeFirst()).toBeUndefined();
	});

	it('makes a colleague wait until the administrator approves, then signs them in; signing out ends both sessions', async () => {
		const bea = await person();
		await bea.goto('/login');
		expect(await bea.getByLabel(m.auth.password).count()).toBe(0);
		expect(await bea.getByText(m.sso.passwordsOff).count()).toBe(1);
		expect(await axeViolations(bea)).toEqual([]);
		await bea.getByRole('link', { name: BUTTON }).click();
		await atProvider(bea, 'bea');
		await bea.waitForURL('**/login/oidc/waiting');
		await expect.poll(() => bea.getByRole('heading', { name: m.sso.waitingTitle }).count()).toBe(1);
		expect(await axeViolations(bea)).toEqual([]);

		const ada = contexts[0]!.context.pages()[0]!;
		await ada.reload();
		const request = ada.getByRole('listitem', { name: format(m.sso.admin.request, { name: 'Bea Bakker' }) });
		await request.getByLabel(m.sso.admin.approveAs).selectOption('facilitator');
		expect(await axeViolations(ada)).toEqual([]);
		await request.getByRole('button', { name: m.sso.admin.approve }).click();
		await expect.poll(() => ada.getByText(format(m.sso.admin.approved, { name: 'Bea Bakker', role: m.admin.roles.facilitator })).count()).toBe(1);
		expect(await ada.getByText(m.sso.admin.noneWaiting).count()).toBe(1);

		// Still signed in at the provider: the button brings Bea straight in.
		await bea.goto('/login');
		await bea.getByRole('link', { name: BUTTON }).click();
		await bea.waitForURL(`${app.url}/`);
		await expect.poll(() => bea.getByText('Bea Bakker').count()).toBeGreaterThan(0);

		await bea.getByRole('button', { name: m.common.signOut }).click();
		await bea.waitForURL(`${providers.issuer}/session/end**`);
		await bea.getByRole('button', { name: 'Yes, sign me out' }).click();
		await bea.waitForURL(`${app.url}/login`);
		await bea.goto('/scans/new');
		await bea.waitForURL('**/login?next=%2Fscans%2Fnew');

		// Signed out at the provider too: the button asks for the account again.
		await bea.getByRole('link', { name: BUTTON }).click();
		await bea.waitForURL(`${providers.issuer}/interaction/**`);
	});

	it('talked to no other site than the provider, and no page broke its CSP', () => {
		for (const { foreignRequests, pageProblems } of contexts) {
			expect(foreignRequests.filter((url) => !url.startsWith(providers.issuer))).toEqual([]);
			expect(pageProblems).toEqual([]);
		}
	});
});
