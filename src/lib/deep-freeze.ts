/**
 * Freezes a value and everything inside it. Instruments and content are shared by every request;
 * freezing them turns an accidental mutation into an error instead of a leak between requests.
 */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}
