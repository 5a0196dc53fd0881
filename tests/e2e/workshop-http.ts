/** What the people in a workshop do, over HTTP (no browser): for the access, limit and two-server tests. */
import { Client, decodeEntities, type Reply } from './http';

/** The default agenda's steps, by key (see domain/workshop.ts `defaultAgenda`). */
export const STEP = { read: 0, explain: 1, analyse: 2, break: 3, 'discuss:strategie': 4, 'discuss:structuur': 5, 'discuss:support': 6, next: 7 } as const;

function must(reply: Reply, status: number, what: string): Reply {
	if (reply.status !== status) throw new Error(`${what}: expected ${status}, got ${reply.status}: ${reply.text.slice(0, 300)}`);
	return reply;
}

export async function createWorkshop(leader: Client, title: string, fields: Record<string, string> = {}): Promise<string> {
	const reply = must(await leader.post('/workshops/new', { title, level: 'institution', unit: '', ...fields }), 303, 'create workshop');
	return reply.location!.split('/').pop()!;
}

export async function command(leader: Client, id: string, type: string, extra: Record<string, string> = {}): Promise<void> {
	const reply = await leader.action(`/workshops/${id}?/command`, { command: type, ...extra });
	if (reply.type !== 'success') throw new Error(`command ${type}: ${reply.status} ${reply.strings.join(' | ')}`);
}

/** Opens joining and returns the code as the leader's page shows it. */
export async function openJoining(leader: Client, id: string): Promise<string> {
	await command(leader, id, 'open_joining');
	const page = must(await leader.get(`/workshops/${id}`), 200, 'leader page');
	const code = /class="join-code[^"]*"[^>]*>([^<]+)</.exec(page.text)?.[1];
	if (!code) throw new Error('no join code on the leader page');
	return decodeEntities(code).trim();
}

/** A new device joins with the code; it holds the participant cookie afterwards. */
export async function join(url: string, code: string, fields: Record<string, string> = {}): Promise<Client> {
	const device = new Client(url);
	const reply = await device.post('/join?/join', { code, ...fields });
	if (reply.status !== 303 || reply.location !== '/w') throw new Error(`join: ${reply.status} ${reply.text.slice(0, 300)}`);
	return device;
}

export function postJson(client: Client, path: string, body: unknown): Promise<Reply> {
	return client.send('POST', path, { contentType: 'application/json', accept: 'application/json', body: JSON.stringify(body) });
}

/** Reads a stream until a frame of `type` arrives (or the time is up); returns the frames read. */
export async function readStreamUntil(client: Client, path: string, type: string, timeoutMs = 8000): Promise<string> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	let text = '';
	try {
		const response = await fetch(new URL(path, client.base), { headers: { cookie: client.cookieHeader(), accept: 'text/event-stream' }, signal: controller.signal });
		const reader = response.body!.getReader();
		const decoder = new TextDecoder();
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			text += decoder.decode(value, { stream: true });
			if (text.includes(`event: ${type}\n`)) break;
		}
		await reader.cancel();
	} catch (e) {
		if (!controller.signal.aborted) throw e;
	} finally {
		clearTimeout(timer);
	}
	return text;
}
