import type { Language } from '$lib/i18n';
import type { User } from '$lib/accounts/server/data/users';

declare global {
	namespace App {
		interface Locals {
			language: Language;
			user: User | null;
			sessionToken: string | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
