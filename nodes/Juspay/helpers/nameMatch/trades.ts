/** Trades that are family names too (Parsi and Bohra: CYRUS ENGINEER, HUSSAIN ABBAS MERCHANT, ROHINTON CONTRACTOR). */
import { GIVEN_NAMES } from './givenNames';
import type { Pair } from './pair';
import type { Name } from './read';
import { FIRM_WORDS } from './words';

export const TRADE_SURNAMES = new Set(['MERCHANT', 'ENGINEER', 'CONTRACTOR']);

/**
 * Given names and a trade as their family name against the same words with the trade in the plural (CYRUS ENGINEER /
 * CYRUS ENGINEERS, ASIF MERCHANT / ASIF MERCHANTS): a person and a firm, which he may or may not own. A person looks.
 * Not when either name has another firm's word (AJAY PAINTING CONTRACTOR / … CONTRACTORS is one firm written two ways).
 */
export function tradeNameAgainstFirm(a: Name, b: Name, pairs: Pair[]): string | undefined {
	for (const { a: [x], b: [y], kind } of pairs) {
		if (kind !== 'spelling' || x === undefined || y === undefined) continue;
		const [one, many, person, firm] = TRADE_SURNAMES.has(x.text) && y.text === `${x.text}S` ? [x, y, a, b] : TRADE_SURNAMES.has(y.text) && x.text === `${y.text}S` ? [y, x, b, a] : [];
		if (!one || !many || !person || !firm) continue;
		const own = person.words.filter((w) => !w.optional);
		const given = own.slice(0, -1);
		const others = [...given, ...firm.words.filter((w) => !w.optional && w !== many)];
		if (own.at(-1) === one && given.length > 0 && given.every((w) => GIVEN_NAMES.has(w.text) || w.initial) && !others.some((w) => FIRM_WORDS.has(w.text))) {
			return `a person's family name against a firm's: ${one === x ? `${one.text} / ${many.text}` : `${many.text} / ${one.text}`}`;
		}
	}
	return undefined;
}
