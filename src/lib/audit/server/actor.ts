/**
 * Who is acting in this request, for the audit trail (decision record 0044). The hook sets it
 * once per request (`actingAs(...)` around `resolve`); the data modules that write audited tables
 * read it when they record, so no route has to pass it on and a new route cannot forget it. Code
 * that runs outside a request (housekeeping, tests) acts as nobody, via 'system', unless it says
 * otherwise with `actingAs` or an entry's own `actorUserId`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Via } from '../audit';

export interface Actor {
	/** Null: nobody signed in. */
	userId: string | null;
	via: Via;
}

const SYSTEM: Actor = { userId: null, via: 'system' };
const storage = new AsyncLocalStorage<Actor>();

/** Runs `work` with `actor` as the one acting; every audit entry it records names them. */
export function actingAs<T>(actor: Actor, work: () => T): T {
	return storage.run(actor, work);
}

/** The one acting now: the request's, or the app itself. */
export function currentActor(): Actor {
	return storage.getStore() ?? SYSTEM;
}

/** How a request's writes come in: the JSON API under /api/, any other route is a page. */
export function viaForPath(pathname: string): Via {
	return pathname === '/api' || pathname.startsWith('/api/') ? 'api' : 'page';
}
