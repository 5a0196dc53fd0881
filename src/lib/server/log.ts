/**
 * Structured logs. Only ids, routes, statuses and timings: never passwords, tokens, cookies,
 * query strings or anything a user typed (quality.md).
 */
import pino from 'pino';

export const log = pino({
	level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
	redact: { paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie'], remove: true },
	base: undefined
});
