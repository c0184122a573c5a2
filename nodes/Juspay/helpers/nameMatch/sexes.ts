/**
 * A man and a woman of one name: a man's title, relation or word on one side and a woman's on the other (MR / MS
 * KIRAN NAIR, KIRANBHAI / KIRANBEN, BHIMRAO / BHIMABAI). judge.ts reads either as a conflict: at most WEAK.
 */
import type { Pair, PairKind } from './pair';
import type { Name } from './read';
import type { Word } from './word';
import { isWomansName as isWomans } from './words';

/** A man's second given name (SHIVA PRASAD, RAM LAL): after a name a woman's DEVI may stand in its place. */
const MANS_SECOND_NAMES = new Set(['PRASAD', 'KUMAR', 'LAL', 'CHAND', 'NATH']);
/** Words only a woman's name carries after its given name (not KANWAR: KANWAR PAL SINGH). */
const WOMENS_NAME_WORDS = new Set(['KUMARI', 'KAUR', 'BEGUM', 'KHATUN', 'BIBI']);
/** Words that say the holder is a woman: with one of them the title is hers. */
export const WOMENS_WORDS = new Set(['DEVI', 'KUMARI', 'KAUR', 'BEN', 'BEHN', 'BAHEN', 'BAI', 'AMMAL', 'BEGUM', 'RANI', 'BIBI', 'KHATUN', 'KANWAR']);

/** Gujarati BHAI after one first name and BEN after the other: a man and a woman (KIRANBHAI / KIRANBEN). */
export function formsOfAddressDiffer({ address: x }: Name, { address: y }: Name): string | undefined {
	return x && y && (x === 'BHAI') !== (y === 'BHAI') ? `a man's and a woman's form of address: ${x} / ${y}` : undefined;
}

const MENS_MARKS = new Set(['MR', 'SHRI', 'SH', 'THIRU', 'JANAB', 'S/O', 'H/O', 'SAW', 'NAWAB', 'RAJA', 'KUNWAR', 'FATHER', 'BRO', 'BROTHER', 'MAULVI', 'MOULVI']); // SAW, NAW: a Karen man's and woman's
const WOMENS_MARKS = new Set(['SARDARNI', 'MRS', 'SMT', 'SHRIMATI', 'SRIMATI', 'SRIMATHI', 'TMT', 'THIRUMATHI', 'MISS', 'KUMARI', 'KM', 'SUSHRI', 'W/O', 'D/O', 'NAW', 'BEGUM', 'RANI', 'SADHVI', 'SAHIBA']);

/**
 * A man's title or relation on one side and a woman's on the other (MR KIRAN BEDI / KIRAN BEDI W/O BRIJ BEDI): a
 * man and a woman of one name. MS only before a name of two words written out (MS KIRAN NAIR): before one, it may
 * be initials (MS DHONI).
 */
export function sexesDiffer(a: Name, b: Name): string | undefined {
	const marks = (name: Name, of: Set<string>) => name.words.find((w) => w.optional && !w.family && of.has(w.text))?.text ?? (of.has(name.relation ?? '') ? name.relation : undefined);
	const has = (name: Name, text: string) => name.words.some((w) => w.text === text && !w.family); // not a relative's (SYEDA … W/O SYED IMRAN)
	for (const [x, y] of [[a, b], [b, a]]) {
		// SYEDA is a woman; SYED with no woman's word beside it a man (SYED AHMED / SYEDA AHMED; a bank may write SYED AYESHA BEGUM).
		const womanWord = () => x.words.some((w) => WOMENS_WORDS.has(w.text) || isWomans(w.text));
		if (has(y, 'SYEDA') && has(x, 'SYED') && !womanWord()) return `a man's and a woman's: ${x === a ? 'SYED / SYEDA' : 'SYEDA / SYED'}`;
		// A woman's form of address against a man's name written on (KANCHANBEN / KANCHANLAL, BHIMABAI / BHIMRAO).
		// Only on her own name (KANCHANBEN / KANCHANLAL), not on her husband's after it (MANJULABEN / MANJULA RASIKLAL).
		const hers = x.words.find((w) => !w.optional);
		const onHers = (w: Word) => y.words[w.index - 1]?.keys.some((key) => hers?.keys.includes(key));
		const tail = x.address && x.address !== 'BHAI' && y.address !== x.address ? y.words.find((w) => w.tail && MANS_TAILS.has(w.text) && onHers(w))?.text : undefined;
		// DEVI left out beside a man's second name (RENUKA DEVI PRASAD / RENUKA PRASAD: a Kannada man's name).
		const second = x.address === 'DEVI' && !y.address ? y.words.find((w) => w.index === 1 && MANS_SECOND_NAMES.has(w.text))?.text : undefined;
		if (tail ?? second) return `a man's and a woman's: ${x === a ? `${x.address} / ${tail ?? second}` : `${tail ?? second} / ${x.address}`}`;
		// A man's title or relation against a woman's, or against a woman's word in the other name (MR S K GUPTA /
		// SUNITA KUMARI GUPTA). A woman's title against a man's name is her husband's (a married woman's, below).
		const [man, woman] = [marks(x, MENS_MARKS), marks(y, WOMENS_MARKS) ?? womansWord(y) ?? herMs(y)];
		if (man && woman) return `a man's and a woman's: ${x === a ? `${man} / ${woman}` : `${woman} / ${man}`}`;
		// An unmarried woman's title before initials (not MS DHONI, whose MS are his) against a man's name written out.
		const her = x.words.some((w) => !w.optional && w.initial) ? x.words.find((w) => w.optional && (w.text === 'MS' || w.text === 'MISS'))?.text : undefined;
		const his = her && mansWord(y);
		if (his) return `a man's and a woman's: ${x === a ? `${her} / ${his}` : `${his} / ${her}`}`;
	}
	return undefined;
}

/**
 * Her name against his, a closing A apart, where only her side carries a woman's title or relation (K VASANTH / TMT
 * K VASANTHA): the spelling rules take the South Indian closing A as one name's (SRINIVASA = SRINIVAS), but there it
 * makes hers of his.
 */
export function hersWithClosingA(a: Name, b: Name, pairs: Pair[]): string | undefined {
	const hers = (name: Name) => (name.words.some((w) => w.optional && WOMENS_MARKS.has(w.text)) || name.relation === 'W/O' || name.relation === 'D/O') && !name.words.some((w) => w.optional && MENS_MARKS.has(w.text));
	for (const [her, his, herName, hisName] of wordPairsBothWays(a, b, pairs, 'spelling')) {
		if (her.text === `${his.text}A` && hers(herName) && !hers(hisName)) return `a man's and a woman's: ${a === herName ? `${her.text} / ${his.text}` : `${his.text} / ${her.text}`}`;
	}
	return undefined;
}

/** KR for KUMARI only after a woman's name (PRIYANKA KR, ROHINI KR VERMA): KIRAN KR against KIRAN KUMARI is Kiran Kumar. */
export function kumarForKumari(a: Name, b: Name, pairs: Pair[]): string | undefined {
	for (const [kr, kumari, name] of wordPairsBothWays(a, b, pairs, 'short form')) {
		const given = name.words[kr.index - 1];
		if (kr.text === 'KR' && kumari.text === 'KUMARI' && given && !isWomans(given.text) && !/[AI]$/.test(given.text)) return `a man's and a woman's: ${name === a ? 'KR / KUMARI' : 'KUMARI / KR'}`;
	}
	return undefined;
}

/** The word-for-word pairs of one kind, each both ways round: this name's word, the other's, and their names. */
function* wordPairsBothWays(a: Name, b: Name, pairs: Pair[], kind: PairKind): Generator<[Word, Word, Name, Name]> {
	for (const { a: [x], b: [y], kind: pairKind } of pairs) {
		if (pairKind !== kind || !x || !y) continue;
		yield [x, y, a, b];
		yield [y, x, b, a];
	}
}

/** A man's name written onto a given name: against a woman's form of address on that name, a man's. */
const MANS_TAILS = new Set(['LAL', 'KUMAR', 'RAO']);

/** MS before a name of two words or more, written out: a woman's title (MS KIRAN NAIR), not initials (MS DHONI). */
function herMs(name: Name): string | undefined {
	const own = name.words.filter((w) => !w.optional);
	return own.length >= 2 && own.every((w) => w.full && !w.initial) && name.words.some((w) => w.optional && w.text === 'MS') ? 'MS' : undefined;
}

/** A woman's word in a name, after its first (SUNITA KUMARI, KIRANBEN, GURPREET KAUR). */
function womansWord(name: Name): string | undefined {
	if (name.address && name.address !== 'BHAI') return name.address;
	return name.words.find((w) => !w.optional && w.index > 0 && WOMENS_NAME_WORDS.has(w.text))?.text;
}

/** A man's word in a name: BHAI, or KUMAR between two names (a woman's family name may be KUMAR). */
function mansWord(name: Name): string | undefined {
	if (name.address === 'BHAI') return name.address;
	const own = name.words.filter((w) => !w.optional);
	return own.find((w, i) => i > 0 && i < own.length - 1 && w.text === 'KUMAR')?.text;
}
