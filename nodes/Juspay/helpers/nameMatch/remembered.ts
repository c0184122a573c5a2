/**
 * A function of one word, remembered: a long sheet meets KUMAR, SINGH and its common given names thousands of times,
 * and reading a word's spelling takes dozens of rules. Bounded in two generations: when the newer is full it becomes
 * the older and the oldest is let go, so a word met again since is kept and memory stays under twice `limit` words.
 * Sized for a sheet, not for our labelled set: its 54,000 distinct words would fit a larger cache and make the bench
 * faster (60,000: 0.1% of look-ups read a word anew over the set run again, against 4.2%), but a sheet of 10,000 rows
 * holds far fewer, so the bench would measure a cache fitted to itself (docs/verdict.md).
 */
export function remembered<T>(make: (word: string) => T, limit = 20_000): (word: string) => T {
	let recent = new Map<string, T>();
	let older = new Map<string, T>();
	return (word: string): T => {
		let value = recent.get(word);
		if (value !== undefined) return value;
		value = older.get(word) ?? make(word);
		if (recent.size >= limit) [older, recent] = [recent, new Map<string, T>()];
		recent.set(word, value);
		return value;
	};
}
