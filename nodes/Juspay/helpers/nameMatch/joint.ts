/**
 * A joint account's name: RAMESH KUMAR JT SUNITA DEVI, MEERA JAIN OR ANIL JAIN, RITU SHARMA / ANKIT SHARMA, RAMESH
 * KUMAR AND SUNITA DEVI. Its holders are two people (or more), each compared as a name of its own: read as one name,
 * the words of one holder would pair with the other's (GURPREET KAUR against GURPREET SINGH JT MANJIT KAUR).
 * Banks often give only the first holder's name, so a name against the first holder is the same account; against
 * another holder it is PARTIAL: a person looks.
 */
import { better, capped, rank, type Match, type MatchOne } from './bands';
import { FIELD_WIDTH, readName } from './read';
import { GIVEN_NAMES } from './givenNames';
import { WOMENS_WORDS } from './sexes';
import { TITLES } from './words';

/** A mark between two holders; AND, & and OR only between two names of people (not SHARMA AND SONS). */
const MARK = /\s+(?:JT\.?|JOINT(?!\s+LIAB)(?:LY)?(?:\s+WITH)?|OR|AND|&)\s+|(?<=[A-Z]{2})\s*\/\s*(?=[A-Z]{2})|\s+\/\s+/gi; // not a JOINT LIABILITY GROUP's; a slash between names with no spaces too (JOSHI/USHA)
const PEOPLE_ONLY = /^(?:JT|JOINT)/i;

/** The holders of a joint account's name, in order; one holder when the name has no such mark. */
export function holdersOf(text: string): string[] {
	// How the holders operate it (E/S, E OR S, EORS, EOS, EITHER OR SURVIVOR, F/S, F OR S, A OR S, L OR S: anyone, or the latter, or survivor) stands between them as JT, or is nothing at the end.
	// Each way needs an OR, an OS or a slash: one quick test first (most names have none).
	if (/OR|OS\b|\//i.test(text) && /SURVIVOR|\b[EF]\s*\/\s*S\b|\b[EFAL] ?O(?:R ?)?S\b/i.test(text)) {
		text = text
			.replace(/\(?\b(?:E\s*\/\s*S|[EFAL] ?O(?:R ?)?S|F\s*\/\s*S|(?:EITHER|FORMER|ANYONE) OR SURVIVOR)\b\)?/gi, ' JT ')
			.replace(/(?:\s+JT)+\s*$|^\s*(?:JT\s+)+/g, '')
			.replace(/(?:\s+(?:JT|AND|&|OR|\/))+\s+JT\s+/g, ' JT ')
			.trim();
	}
	// A slash only in names that have one: most have none, and the slash's pattern is the costlier.
	if (!/\s(?:JT|JOINT(?:LY)?|OR|AND|&)\s/i.test(text) && !(text.includes('/') && /\s\/\s|[A-Z]{2}\s*\/\s*[A-Z]{2}/i.test(text))) return [text];
	// S / O, U / G, M / S written with spaces are a relation or a firm's mark, not two holders; nor is an address's VILL & PO, AT & POST, AT/PO or V & PO.
	if (/\b(?:[SDWCH]\s+\/\s+O|U\s+\/\s+G|M\s+\/\s+S)\b|\b(?:VILL(?:AGE)?|AT|V)\s*(?:&|AND|\/)\s*P(?:OST|\.?\s?O)\b/i.test(text)) return [text];
	const parts = withFamilyNameShared(text.split(MARK).map((part) => part.trim()));
	// Each a person's name of two words or more, initials counted (RAMESH KUMAR AND SUNITA DEVI, K RAMESH AND K LAKSHMI;
	// not RAM AND SHYAM, PATEL AND CO or A K AND SONS). Not ranks alone: SUB MAJ & HONY CAPT AJIT SINGH is one holder's two ranks.
	const person = (part: string) => {
		const words = part.toUpperCase().match(/[A-Z]+/g) ?? [];
		const named = words.filter((word) => word.length > 1 && !TITLES.has(word)).length;
		// Initials count (K RAMESH, KAVITHA P), but not a letter closing a record at the bank's width: a cut (… TENT H).
		const cut = named === 1 && words[words.length - 1].length === 1 && text.length >= FIELD_WIDTH;
		if (words.length < 2 || named === 0 || cut) return false;
		const name = readName(part);
		return !name.business && name.relative === undefined;
	};
	const onlyJoint = [...text.matchAll(MARK)].every((mark) => PEOPLE_ONLY.test(mark[0].trim()));
	if (parts.length < 2 || !parts.every((part) => (onlyJoint ? /[A-Z]/i.test(part) : person(part)))) return [text];
	return parts;
}

/**
 * Two holders of one family name written once, after the second (RAJESH & SUNITA SHARMA, DR VIVEK AND DR SHALINI BHATT,
 * JOSEPH & JOSEPHINE D'SOUZA): the first holder's name is his given names with it. Only given names before a family
 * name that is no given name: RAM & SHYAM SUNDAR is one name (SUNDAR is a given name's close), and MOHANLAL JT MEENA
 * DEVI no MOHANLAL DEVI (a woman's word).
 */
function withFamilyNameShared(parts: string[]): string[] {
	if (parts.length !== 2) return parts;
	const named = (part: string) => (part.toUpperCase().match(/[A-Z]+/g) ?? []).filter((word) => !TITLES.has(word));
	const [first, second] = [named(parts[0]), named(parts[1])];
	// As written, an apostrophe and all (D'SOUZA).
	const family = parts[1].trim().split(/\s+/).pop() ?? '';
	const letters = family.toUpperCase().replace(/[^A-Z]/g, '');
	const shared =
		first.length >= 1 && first.length <= 2 && first.every((word) => GIVEN_NAMES.has(word)) && second.length >= 2 && GIVEN_NAMES.has(second[0]) && !GIVEN_NAMES.has(letters) && !WOMENS_WORDS.has(letters);
	return shared ? [`${parts[0]} ${family}`, parts[1]] : parts;
}

/**
 * `a` (the name given) against `b` (the bank's), when either names holders of a joint account; `widths`: each whole
 * name's characters, to tell a last holder the bank cut at its width.
 */
export function matchJoint(a: string[], b: string[], match: MatchOne, widths: [number, number]): Match | null {
	if (a.length > 1 && b.length > 1) return sameHolders(a, b, match, widths);
	const [one, several, first] = a.length === 1 ? [a[0], b, true] : [b[0], a, false];
	const matches = several.map((holder) => (first ? match(one, holder) : match(holder, one)));
	const best = matches.reduce(better, null);
	if (best === null) return null;
	const which = matches.indexOf(best);
	// The first holder is whom a bank names; another holder is on the account too, but a person looks.
	return which === 0 ? capped(best, 'STRONG', 'the first of the joint holders') : capped(best, 'PARTIAL', 'another of the joint holders');
}

/** Both name joint holders: the same people in the same order, or in another (at most STRONG). */
function sameHolders(a: string[], b: string[], match: MatchOne, [aWidth, bWidth]: [number, number]): Match | null {
	// The holders both name, in order: a holder more on either side is capped below, the same both ways round.
	const inOrder = all(a.slice(0, b.length).map((holder, i) => match(holder, b[i])));
	const swapped = a.length === 2 && b.length === 2 ? all([match(a[0], b[1]), match(a[1], b[0])]) : null;
	const best = rank(swapped) > rank(inOrder) ? capped(swapped, 'STRONG', 'joint holders in another order') : inOrder;
	// The last holder cut at the bank's width (… F OR S RA / … F OR S RAJENDRA SINGH): the others hold, a person looks.
	const weak = best === null || best.band === 'WEAK' || best.band === 'NONE';
	if (weak && a.length === b.length && (lastHolderCut(a, aWidth, b) || lastHolderCut(b, bWidth, a))) {
		return capped(all(a.slice(0, -1).map((holder, i) => match(holder, b[i]))), 'PARTIAL', 'a joint holder cut at the bank');
	}
	if (best === null) return null;
	// A holder more or fewer: the account is not the one named.
	return a.length === b.length ? best : capped(best, 'PARTIAL', 'a joint holder missing');
}

/** `cut` reached the bank's width and its last holder is the start of `full`'s, letter for letter. */
function lastHolderCut(cut: string[], width: number, full: string[]): boolean {
	const letters = (text: string) => text.toUpperCase().replace(/[^A-Z]/g, '');
	const [start, whole] = [letters(cut[cut.length - 1]), letters(full[full.length - 1])];
	return width >= FIELD_WIDTH && start.length > 0 && whole.length > start.length && whole.startsWith(start);
}

/** The worst of the holders' matches: every holder must be the same person. */
function all(matches: Array<Match | null>): Match | null {
	if (matches.some((m) => m === null)) return null;
	const worst = (matches as Match[]).reduce((x, y) => (rank(y) < rank(x) ? y : x));
	const shown = (matches as Match[]).map((m) => m.explanation).join(' | ');
	return { band: worst.band, score: worst.score, explanation: `joint holders: ${shown}` };
}
