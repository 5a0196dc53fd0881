/**
 * A small in-memory sliding-window limiter, per key. Enough for one server; with several servers
 * each keeps its own count, which still bounds guessing per server.
 */
export class RateLimiter {
	private readonly hits = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number
	) {}

	/** Records a hit and says whether it is within the limit. */
	take(key: string, at = Date.now()): boolean {
		const recent = (this.hits.get(key) ?? []).filter((t) => at - t < this.windowMs);
		if (recent.length >= this.limit) {
			this.hits.set(key, recent);
			return false;
		}
		recent.push(at);
		this.hits.set(key, recent);
		if (this.hits.size > 10_000) this.prune(at);
		return true;
	}

	/** Whether a hit now would be within the limit, without recording one. */
	allows(key: string, at = Date.now()): boolean {
		return (this.hits.get(key) ?? []).filter((t) => at - t < this.windowMs).length < this.limit;
	}

	private prune(at: number): void {
		for (const [key, times] of this.hits) if (times.every((t) => at - t >= this.windowMs)) this.hits.delete(key);
	}
}
