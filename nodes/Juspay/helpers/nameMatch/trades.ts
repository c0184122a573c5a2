/** Trades that are family names too (Parsi and Bohra: CYRUS ENGINEER, HUSSAIN ABBAS MERCHANT, ROHINTON CONTRACTOR). */
import { GIVEN_NAMES } from './givenNames';
import { wordPairsBothWays, type Pair } from './pair';
import type { Name } from './read';
import type { Word } from './word';
import { FIRM_WORDS } from './words';

export const TRADE_SURNAMES = new Set(['MERCHANT', 'ENGINEER', 'CONTRACTOR']);
const isTrade = (word: Word) => TRADE_SURNAMES.has(word.text);

/**
 * Given names and a trade as their family name against the same words with the trade in the plural (CYRUS ENGINEER /
 * CYRUS ENGINEERS, ASIF MERCHANT / ASIF MERCHANTS): a person and a firm, which he may or may not own. A person looks.
 * Not when either name has another firm's word (AJAY PAINTING CONTRACTOR / … CONTRACTORS is one firm written two ways).
 */
export function tradeNameAgainstFirm(a: Name, b: Name, pairs: Pair[]): string | undefined {
	// Most names have no trade in them: no generator started for them (it runs on every judgement).
	if (!a.words.some(isTrade) && !b.words.some(isTrade)) return undefined;
	for (const [one, many, person, firm] of wordPairsBothWays(a, b, pairs, 'spelling')) {
		if (!TRADE_SURNAMES.has(one.text) || many.text !== `${one.text}S`) continue;
		const own = person.words.filter((w) => !w.optional);
		const given = own.slice(0, -1);
		const others = [...given, ...firm.words.filter((w) => !w.optional && w !== many)];
		if (own.at(-1) === one && given.length > 0 && given.every((w) => GIVEN_NAMES.has(w.text) || w.initial) && !others.some((w) => FIRM_WORDS.has(w.text))) {
			return `a person's family name against a firm's: ${person === a ? `${one.text} / ${many.text}` : `${many.text} / ${one.text}`}`;
		}
	}
	return undefined;
}
