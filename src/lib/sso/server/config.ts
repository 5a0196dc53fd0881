/** The sign-in configuration of this server, read once from the environment (see ../config.ts). */
import { parseAuthConfig, type AuthConfig } from '$lib/sso/config';

let parsed: AuthConfig | undefined;

/** Throws, naming every problem, when the configuration cannot work: the start fails, not a user. */
export function authConfig(): AuthConfig {
	if (parsed) return parsed;
	const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
	const result = parseAuthConfig(process.env, origin);
	if (!result.ok) throw new Error(`Sign-in configuration: ${result.problems.join(' ')}`);
	parsed = result.config;
	return parsed;
}
