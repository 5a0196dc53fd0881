/**
 * A real OpenID Connect provider for the single sign-on tests: `oidc-provider` (the certified
 * Node.js implementation) with one client, accounts whose claims include
 * `schac_home_organization` (released, as SURFconext does, at the UserInfo endpoint), a tiny login
 * form a test fills in (in Chromium) or posts (over HTTP), and consent given in advance.
 *
 * The providers sit behind a small proxy whose address is the issuer the app is configured with,
 * so a test can make the answer go wrong on the way: `tamper` changes the institution claim in the ID token of
 * the token response (its signature then no longer fits), `other-issuer` sends the whole sign-in
 * to a second provider with the same keys and client but another issuer, `down` drops every
 * connection.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

export const CLIENT_ID = 'blendwijzer-test';
export const CLIENT_SECRET = 'a-client-secret-only-for-these-tests';

export type Claims = Record<string, unknown>;
export type ProxyMode = 'pass' | 'tamper' | 'other-issuer' | 'down';

export interface TestProviders {
	/** The issuer to configure the app with (the proxy's address). */
	issuer: string;
	/** The second provider's issuer (same keys and client, another identity). */
	otherIssuer: string;
	/** Who can sign in: account id → claims. Change it between sign-ins as needed. */
	accounts: Map<string, Claims>;
	mode: ProxyMode;
	/** Registers the app's redirect and post-logout addresses (its port is known only after it started). */
	connect(appOrigin: string): Promise<void>;
	stop(): Promise<void>;
}

const listen = (server: Server): Promise<number> =>
	new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** A provider listening on its own port, with its interactions (login form, consent given). */
async function startOne(issuer: string, jwk: object, accounts: Map<string, Claims>, appOrigin: string): Promise<{ port: number; stop: () => Promise<void> }> {
	const configuration: Configuration = {
		clients: [
			{
				client_id: CLIENT_ID,
				client_secret: CLIENT_SECRET,
				redirect_uris: [`${appOrigin}/login/oidc/callback`],
				post_logout_redirect_uris: [`${appOrigin}/login`],
				response_types: ['code'],
				grant_types: ['authorization_code'],
				token_endpoint_auth_method: 'client_secret_basic'
			}
		],
		jwks: { keys: [jwk as never] },
		cookies: { keys: ['cookie-key-only-for-these-tests'] },
		pkce: { required: () => true, methods: ['S256'] },
		ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
		claims: { openid: ['sub', 'schac_home_organization'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name'] },
		features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource } },
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		async findAccount(_ctx, id) {
			const claims = accounts.get(id);
			if (!claims) return undefined;
			return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
		},
		// Consent given in advance, as an institution does for its own services.
		async loadExistingGrant(ctx) {
			const session = ctx.oidc.session!;
			const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(ctx.oidc.client!.clientId);
			if (grantId) return ctx.oidc.provider.Grant.find(grantId);
			const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: session.accountId! });
			grant.addOIDCScope('openid email profile');
			await grant.save();
			session.grantIdFor(ctx.oidc.client!.clientId, grant.jti);
			return grant;
		},
		async renderError(ctx, out) {
			ctx.type = 'html';
			ctx.body = page('Provider error', `<p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ''))}</p>`);
		}
	};
	const provider = new Provider(issuer, configuration);
	provider.proxy = true;
	const callback = provider.callback();
	const server = createServer(async (req, res) => {
		try {
			const path = new URL(req.url ?? '/', 'http://x').pathname;
			const login = /^\/interaction\/([\w-]+)\/login$/.exec(path);
			if (/^\/interaction\/[\w-]+$/.test(path) && req.method === 'GET') {
				const details = await provider.interactionDetails(req, res);
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.end(
					page(
						'Test provider: sign in',
						`<form method="post" action="/interaction/${escapeHtml(details.uid)}/login"><label for="login">Account</label> <input id="login" name="login" autocomplete="off"> <button type="submit">Sign in</button></form>`
					)
				);
				return;
			}
			if (login && req.method === 'POST') {
				const accountId = new URLSearchParams((await readBody(req)).toString()).get('login') ?? '';
				if (!accounts.has(accountId)) {
					res.statusCode = 400;
					res.setHeader('content-type', 'text/html; charset=utf-8');
					res.end(page('Test provider: unknown account', '<p>No such account.</p>'));
					return;
				}
				await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
				return;
			}
			callback(req, res);
		} catch (error) {
			res.statusCode = 500;
			res.end(String(error));
		}
	});
	const port = await listen(server);
	return { port, stop: () => close(server) };
}

async function logoutSource(ctx: { body: unknown }, form: string) {
	ctx.body = page('Test provider: sign out', `${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`);
}

async function postLogoutSuccessSource(ctx: { body: unknown }) {
	ctx.body = page('Test provider: signed out', '<p>Signed out.</p>');
}

export async function startProviders(accounts: Record<string, Claims>): Promise<TestProviders> {
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
	const accountMap = new Map(Object.entries(accounts));
	let targets: { main: number; other: number } | undefined;
	const stops: (() => Promise<void>)[] = [];

	const state: TestProviders = {
		issuer: '',
		otherIssuer: '',
		accounts: accountMap,
		mode: 'pass',
		async connect(appOrigin) {
			const main = await startOne(state.issuer, jwk, accountMap, appOrigin);
			const other = await startOne(state.otherIssuer, jwk, accountMap, appOrigin);
			stops.push(main.stop, other.stop);
			targets = { main: main.port, other: other.port };
		},
		async stop() {
			for (const stop of stops) await stop();
		}
	};

	const proxy = createServer(async (req: IncomingMessage, res: ServerResponse) => {
		if (state.mode === 'down' || !targets) {
			req.socket.destroy();
			return;
		}
		const body = await readBody(req);
		const port = state.mode === 'other-issuer' ? targets.other : targets.main;
		const upstream = httpRequest({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, async (answer) => {
			let data = await readBody(answer);
			const path = new URL(req.url ?? '/', 'http://x').pathname;
			if (state.mode === 'tamper' && path === '/token' && answer.statusCode === 200) data = Buffer.from(tamperIdToken(data.toString('utf8')));
			const headers = { ...answer.headers };
			delete headers['content-length'];
			delete headers['transfer-encoding'];
			res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(data.length) });
			res.end(data);
		});
		upstream.on('error', () => req.socket.destroy());
		upstream.end(body);
	});
	const proxyPort = await listen(proxy);
	stops.push(() => close(proxy));
	state.issuer = `http://127.0.0.1:${proxyPort}`;
	// A different address of the same kind: another issuer, though the same machine answers.
	state.otherIssuer = `http://localhost:${proxyPort}`;
	return state;
}

/** The token response with one claim of its ID token changed and the signature left as it was. */
function tamperIdToken(json: string): string {
	const tokens = JSON.parse(json) as { id_token?: string };
	if (!tokens.id_token) return json;
	const [header, payload, signature] = tokens.id_token.split('.');
	const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
	// A claim no other check covers: only the signature can tell.
	claims.schac_home_organization = 'elders.example';
	tokens.id_token = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
	return JSON.stringify(tokens);
}
