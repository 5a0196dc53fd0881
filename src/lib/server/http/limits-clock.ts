/**
 * The clock the sign-in waits read. `Date.now`, except in the test harness: when NODE_ENV is
 * `test` and BLENDWIJZER_TEST_CLOCK_MS is set, time stands still at that moment, so an HTTP test
 * sees exactly the waits the numbers say, however slow the machine, without sleeping. Outside
 * tests the variable is ignored: a stopped clock would make every wait last for ever.
 */
export function limitsClock(env: NodeJS.ProcessEnv = process.env): () => number {
	const fixed = Number(env.BLENDWIJZER_TEST_CLOCK_MS);
	if (env.NODE_ENV === 'test' && env.BLENDWIJZER_TEST_CLOCK_MS && Number.isFinite(fixed)) return () => fixed;
	return Date.now;
}
