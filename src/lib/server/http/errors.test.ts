import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { forbidden, notFound, notSignedIn } from './errors';
import { messages } from '$lib/i18n';

function thrown(fn: () => never) {
	try {
		fn();
	} catch (e) {
		if (isHttpError(e)) return e;
		throw e;
	}
	throw new Error('nothing thrown');
}

describe('errors', () => {
	it('throws a 404, 403 and 401 whose message comes from the dictionary, in Dutch outside a request', () => {
		expect(thrown(notFound)).toMatchObject({ status: 404, body: { message: messages('nl').common.notFound } });
		expect(thrown(forbidden)).toMatchObject({ status: 403, body: { message: messages('nl').common.forbidden } });
		expect(thrown(notSignedIn)).toMatchObject({ status: 401, body: { message: messages('nl').common.notSignedIn } });
	});
});
