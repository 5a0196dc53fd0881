/**
 * A small in-memory sliding-window limiter, per key, for a participant's own writes (presence,
 * editing marks): it refuses, so never key it on anything people share, like an address or a join
 * code (decision 45). Enough for one server; with several servers each keeps its own count.
 */
export class RateLimiter {
	private readonly hits = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
		private readonly now: () => number = Date.now
	) {}

	/** Records a hit and says whether it is within the limit. */
	take(key: string, at = this.now()): boolean {
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
	allows(key: string, at = this.now()): boolean {
		return (this.hits.get(key) ?? []).filter((t) => at - t < this.windowMs).length < this.limit;
	}

	private prune(at: number): void {
		for (const [key, times] of this.hits) if (times.every((t) => at - t >= this.windowMs)) this.hits.delete(key);
	}
}
