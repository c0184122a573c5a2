/**
 * A firm's owner given beside the firm's name on one side, with no PROP, or in the other order: index.ts asks here
 * whether, read so, the two names are one holder. Only to find the same holder: two owners read so are no closer than
 * the names say.
 */
import { isEnglish } from './englishWords';
import { better, capped, type Match, type MatchOne } from './bands';
import { GIVEN_NAMES } from './givenNames';
import type { Name } from './read';
import { wordsOf } from './textWords';
import { isBusinessWord, TITLES } from './words';

export const firmOf = (name: Name) => name.words.map((w) => w.written).join(' ');

const pays = (match: Match | null) => match?.band === 'EXACT' || match?.band === 'STRONG';

/** A title after a comma, a dash or a slash (… KIRANA, MR. SANDEEP BANSAL): the owner's, left out as it would be in front. */
const untitled = (text: string) => text.replace(OWNERS_TITLE, '$1');
const OWNERS_TITLE = /([,/-]\s*)(?:MR|MRS|MS|SMT|SHRI|SRI|DR)\b\.?/gi;

/**
 * A firm and its proprietor both given on one side with no PROP between them (NEELAM ARORA - KIDS POINT), against the
 * other's firm and PROP proprietor (KIDS POINT PROPRIETOR NEELAM ARORA): every word is the holder's, compared as one
 * name. Only where the one side has more words than the other's firm.
 */
export function firmAndProprietor(expected: string, a: Name, atBank: string, b: Name, matchOne: MatchOne): Match | null {
	const gives = (one: Name, other: Name) => other.relation === 'PROP' && other.relative !== undefined && one.relative === undefined && one.words.length >= other.words.length + 1;
	// In either order: a firm and its owner are two names side by side, not one name's words reordered.
	const wholes = (name: Name) => [`${firmOf(name)} ${name.relative}`, `${name.relative} ${firmOf(name)}`];
	const [one, other] = gives(a, b) ? [a, b] : gives(b, a) ? [b, a] : [];
	if (one === undefined || other === undefined) return null;
	const match = wholes(other).map((whole) => (one === a ? matchOne(untitled(expected), whole) : matchOne(whole, untitled(atBank)))).reduce(better);
	// Only to find the same holder: two owners read so are no closer than the names say (… KIRANA, MR RAMESH GUPTA).
	return pays(match) ? capped(match, 'STRONG', `proprietor of ${firmOf(other)}`) : null;
}

/** Two parts of a name, one separator between them: a comma, a slash, or a dash between spaces. */
const TWO_PARTS = /^([^,/]+?)\s*(?:,|\s-\s|\/)\s*([^,/]+)$/;

/**
 * A firm and its owner in the other order, a separator between them (SANJIB SAHA, ANNAPURNA BHANDAR / ANNAPURNA BHANDAR
 * SANJEEB SAHA): the two parts swapped and compared again. One part a firm's (a trade's or an English word), the other a
 * person's (a given name or a title first).
 */
export function partsSwapped(expected: string, atBank: string, matchOne: MatchOne): Match | null {
	for (const [side, other] of [[expected, atBank], [atBank, expected]]) {
		const parts = side.includes(',') || side.includes('/') || side.includes(' - ') ? TWO_PARTS.exec(side) : null;
		if (!parts) continue;
		const [x, y] = [parts[1], parts[2]];
		if (!(firms(x) && persons(y)) && !(persons(x) && firms(y))) continue;
		const match = side === expected ? matchOne(`${y} ${x}`, other) : matchOne(other, `${y} ${x}`);
		if (pays(match)) return capped(match, 'STRONG', 'firm and owner in the other order');
	}
	return null;
}

const firms = (text: string) => wordsOf(text.toUpperCase()).some((w) => isBusinessWord(w) || isEnglish(w));
const persons = (text: string) => {
	const words = wordsOf(text.toUpperCase());
	const first = words.find((w) => !TITLES.has(w));
	return first !== undefined && (GIVEN_NAMES.has(first) || first !== words[0]) && !words.some(isBusinessWord);
};
