/**
 * A man and a woman of one name: a man's title, relation or word on one side and a woman's on the other (MR / MS
 * KIRAN NAIR, KIRANBHAI / KIRANBEN, BHIMRAO / BHIMABAI). judge.ts reads either as a conflict: at most WEAK. And a
 * married woman's title before a man's name (MRS RAJESH GUPTA), which may be her husband's: at most PARTIAL.
 */
import { GIVEN_NAMES } from './givenNames';
import { MENS_NAMES_IN_VOWELS, PARSI_MENS_NAMES } from './mensNamesInVowels';
import type { Name } from './read';
import { MIZO_GIVEN, spellingKey } from './spelling';
import { keysOf, type Word } from './word';
import { FATHERS_GIVEN_NAMES, isWomansName as isWomans, MARRIED_TITLES, MENS_MARKS, MUSLIM_WOMENS_TITLES, UNMARRIED_TITLES, WOMENS_GIVEN_NAMES, WOMENS_MARKS } from './words';

/** A man's second given name (SHIVA PRASAD, RAM LAL): after a name a woman's DEVI may stand in its place. */
const MANS_SECOND_NAMES = new Set(['PRASAD', 'KUMAR', 'LAL', 'CHAND', 'NATH']);
/** Words only a woman's name carries after its given name (not KANWAR: KANWAR PAL SINGH). */
const WOMENS_NAME_WORDS = new Set(['KUMARI', 'KAUR', 'BEGUM', 'KHATUN', 'BIBI']);
/** Words that say the holder is a woman: with one of them the title is hers. */
export const WOMENS_WORDS = new Set(['DEVI', 'KUMARI', 'KAUR', 'BEN', 'BEHN', 'BAHEN', 'BAI', 'TAI', 'AMMAL', 'AMMA', 'BEGUM', 'RANI', 'BIBI', 'KHATUN', 'KANWAR', 'BANO', 'BANU', 'CHANU']); // CHANU: a Meitei woman's (SAIKHOM LINTHOI CHANU)

/** Given names men and women both bear (SANTOSH KUMAR, SANTOSH DEVI): only a woman's word says whose. */
export const EITHER_SEX = new Set(['SANTOSH', 'SHANTI', 'KIRAN', 'PREM', 'SHASHI', 'NIRMAL', 'SWARAN', 'JYOTI', 'SATYA', 'HIRA', 'MANI', 'RATAN', 'ASHWINI']); // HIRA, MANI: HIRABHAI and HIRABEN; RATAN TATA and RATANBAI PETIT
/** Names a Marathi or Gujarati woman bears with BAI or BEN and as often without it (VIMALBAI = VIMAL, KANCHANBEN = KANCHAN). */
const HERS_WITHOUT_BAI = new Set(['VIMAL', 'SUMAN', 'KAMAL', 'KANCHAN', 'RANJAN', 'ROSHAN']);
/** Men's names a Marathi woman's BAI is written onto (KRISHNABAI, DEVABAI): with BAI on one side only, a man of the name may be the other. */
const HIS_BEFORE_BAI = new Set(['KRISHNA', 'DEVA']);

/**
 * A given name men bear too, with a woman's DEVI, BAI, BEN or BANO on one side only (SANTOSH CHOUDHARY / SANTOSH BAI
 * CHOUDHARY): the other may be a man of that name. judge.ts reads it as a reason to look first: at most PARTIAL.
 */
export function eitherSex(a: Name, b: Name): string | undefined {
	for (const [x, y] of [[a, b], [b, a]]) {
		const given = x.words.find((w) => !w.optional);
		// Or any name that ends as a man's does before a BANO (IQBAL BANO QURESHI / IQBAL QURESHI, SHAMIM BANO / SHAMIM):
		// after a woman's name (NASREEN BANO) it is a form of address.
		// So is one with BAI or BEN against that name alone on the other (RAMBAI MEENA / RAM MEENA, KISHANBEN / KISHAN), but
		// a name that, with BAI or BEN, is as often a woman's written without it (VIMALBAI, SUMANBAI, KANCHANBEN); and with a
		// DEVI, a listed given name (RAM DEVI SHARMA / RAM SHARMA), not any ending in a consonant (a Meitei BEMBEM DEVI).
		const her = x.address === 'BAI' || x.address === 'BEN' || (x.address === 'DEVI' && GIVEN_NAMES.has(x.addressed ?? ''));
		const alone = her && !HERS_WITHOUT_BAI.has(x.addressed ?? '') && y.words.some((w) => w.text === x.addressed && y.words[w.index + 1]?.tail !== true);
		const bano = (x.address === 'BANO' || x.address === 'BANU' || alone) && x.addressed !== undefined && isMans(x.addressed) && !keysOf(x.addressed).some((key) => WOMENS_KEYS.has(key));
		if (bano && !y.address && !womansTitle(y) && !herMs(y) && !womansMark(y)) return `${x.addressed} is a man's name too: ${x.address} on one side only`;
		// The name the form of address is on, after a family name the bank wrote first too (SORATHIYA HIRABEN KARSAN).
		const named = x.addressed ?? given?.text;
		if (!x.address || x.address === 'BHAI' || y.address || !named || !(EITHER_SEX.has(named) || (x.address === 'BAI' && HIS_BEFORE_BAI.has(named)))) continue;
		// Nothing on the other side says a woman either (SMT SANTOSH RAWAT, SANTOSH KUMARI RAWAT).
		if (womansTitle(y) || herMs(y) || womansMark(y)) continue;
		return `${named} is a man's name too: ${x.address} on one side only`;
	}
	return undefined;
}

/**
 * A name's own words (titles aside) when all but the last are initials (S V BHIDE), or whatever else `alsoBefore` lets stand
 * there (a short form: S KR JHA); undefined otherwise, or for a name of one word.
 */
function initialsBeforeLast(name: Name, alsoBefore: (w: Word) => boolean = () => false): Word[] | undefined {
	const own = name.words.filter((w) => !w.optional);
	return own.length > 1 && own.slice(0, -1).every((w) => w.initial || alsoBefore(w)) ? own : undefined;
}

/** A Muslim woman's name's second part (AKHTAR JAHAN, SHAMIM ARA, ZAHIDA BANO). */
const HER_SECOND_PARTS = new Set(['JAHAN', 'JEHAN', 'ARA', 'BANO', 'BANU', 'NISA', 'NISSA', 'KHATOON', 'KHATUN', 'BI', 'BIBI', 'BEGUM', 'BEGAM', 'SULTANA']);

/** Titles that say a man, before his own name. */
const HIS_TITLES = new Set(['MR', 'MASTER', 'MSTR', 'MAST', 'SHRI', 'SH', 'THIRU']);

/**
 * A man's or an unmarried woman's title before initials only (MR S V BHIDE, KUM A P JOSHI) against the given name the
 * first initial stands for, written out, that reads as the other sex's: a woman's by its closing A, I or E and no man's
 * list (SUNITA, APARNA, MEENAKSHI), a man's by a closing consonant and no woman's (AMIT, DEEPAK). A brother and a sister
 * share initials, and whose they are cannot be told. (A married woman's title: maybeHusbandsName.) judge.ts reads it as
 * a reason to look first: at most PARTIAL.
 */
export function titleBeforeInitials(a: Name, b: Name): string | undefined {
	for (const [x, y] of [[a, b], [b, a]]) {
		// The title first: most names have none. Then initials, or a short form after the first (MISS S KR JHA).
		const title = x.words.find((w) => w.optional && (HIS_TITLES.has(w.text) || UNMARRIED_TITLES.has(w.text)))?.text;
		const own = title === undefined ? undefined : initialsBeforeLast(x, (w) => w.short && w !== x.words.find((first) => !first.optional));
		if (own === undefined || title === undefined) continue;
		const surname = own[own.length - 1];
		// The other name's given name, past the surname when the bank wrote it first (KULKARNI PRAJAKTA SUHAS).
		const theirs = y.words.filter((w) => !w.optional && !w.family);
		const surnameFirst = theirs.length > 2 && theirs[0].keys.some((key) => surname.keys.includes(key));
		const given = surnameFirst ? theirs[1] : theirs[0];
		// It writes out what the first initial stands for (not initials of its own, nor the surname).
		if (given === undefined || given.initial || !given.text.startsWith(own[0].text) || given.keys.some((key) => surname.keys.includes(key))) continue;
		const next = y.words[given.index + 1];
		const his = HIS_TITLES.has(title);
		// A short name before a man's second part makes his name (JAI PRAKASH, NEMI CHAND); a longer one is hers, her father's after.
		const hisCompound = given.text.length <= 5 && (HIS_SECOND_PARTS.has(next?.spelled ?? '') || MENS_SECOND_PARTS.has(next?.text ?? ''));
		const other = his ? hersByEnding(given) && !hisCompound : hisByEnding(given);
		// Unless the other name's title or woman's word said so already (sexesDiffer: MR S K GUPTA / SUNITA KUMARI GUPTA).
		if (other && sexesDiffer(a, b) === undefined) return `a ${his ? "man's" : "woman's"} title before initials: ${given.text} reads as ${his ? "a woman's" : "a man's"} name`;
	}
	return undefined;
}

/** A woman's given name by its closing A, I or E, and no man's list or either sex's (SUNITA; not KRISHNA, HARI, JYOTI). */
const hersByEnding = (w: Word) => /[AIE]$/.test(w.text) && !EITHER_SEX.has(w.text) && !w.keys.some((key) => MENS_KEYS.has(key)) && !FATHERS_GIVEN_NAMES.has(w.text);
/** A man's given name by its closing consonant, and no woman's or either sex's name of its spelling (AMIT; not KIRAN). */
const hisByEnding = (w: Word) => /[^AEIOUY]$/.test(w.text) && !EITHER_SEX.has(w.text) && !w.keys.some((key) => WOMENS_KEYS.has(key)) && !isWomans(w.text);

/** Gujarati BHAI (or a Muslim's MIYA) after one first name and BEN after the other: a man and a woman (KIRANBHAI / KIRANBEN). */
export function formsOfAddressDiffer({ address: x }: Name, { address: y }: Name): string | undefined {
	const his = (address: string) => address === 'BHAI' || address.startsWith('MIYA');
	return x && y && his(x) !== his(y) ? `a man's and a woman's form of address: ${x} / ${y}` : undefined;
}

/** A woman's title in front of the name (SMT, MISS, KUMARI …), if any. */
export const womansTitle = (name: Name) => name.words.find((w) => w.optional && WOMENS_MARKS.has(w.text))?.text;
/** Women's given names that end as men's do, by their spelling keys (NASRIN is NASREEN's). */
const WOMENS_KEYS = new Set([...WOMENS_GIVEN_NAMES].flatMap((name) => keysOf(name)));
/** Those men's names by their spelling keys: a word's keys hold its own, and another spelling is his too (PROSANTA as PRASANTA). */
const MENS_KEYS = new Set([...MENS_NAMES_IN_VOWELS].map(spellingKey));
/** The second parts that make a man's name even after a woman's (GANGA RAM, DEVI PRASAD, JYOTI PRAKASH). */
const HIS_SECOND_PARTS = new Set(['PRASAD', 'RAM', 'PRAKASH', 'DAYAL', 'SHANKAR', 'MURTHY', 'MOORTHY']);
/**
 * Second parts that make a man's name of a woman's before them (KAMALA KANTA, RADHA KRISHNA, SUDHA KAR); not those that
 * are a husband's or father's given name as often (KRISHNAN, MOHAN, RAJ, NATH: RADHA KRISHNAN may be Krishnan's wife).
 */
const HIS_AFTER_HERS = new Set(['KANTA', 'KANT', 'KRISHNA', 'KAR', 'CHARAN', 'KISHORE']);
/** Whether `word`, a woman's name alone, opens a man's name of two parts in `name` (ASHA RAM MEENA, KAMALA KANTA DAS). */
export const opensHisName = (word: Word, name: Name) => {
	const next = name.words[word.index + 1];
	return next !== undefined && (HIS_SECOND_PARTS.has(next.spelled) || HIS_AFTER_HERS.has(next.text));
};

/** Whether a woman's title, word or relation says the holder is a woman (SMT …, … BAI, W/O). */
export const isHers = (name: Name) => womansMark(name) || womansTitle(name) !== undefined;

/**
 * Whether a woman's word (DEVI, KUMARI, BAI …, kept or set aside; not the DEVI of a man's DEVI PRASAD) or her relation
 * (W/O, D/O) says the holder is a woman.
 */
export const womansMark = (name: Name, married = MARRIED_TITLES) =>
	// Not BEGUM as a married woman's title in front: that says a wife, not whose name follows (BEGUM ZAFAR ALI).
	name.words.some((w) => WOMENS_WORDS.has(w.text) && !(w.optional && married.has(w.text)) && !HIS_SECOND_PARTS.has(name.words[w.index + 1]?.spelled ?? '')) || name.dropped.some((said) => WOMENS_WORDS.has(said)) || name.relation === 'W/O' || name.relation === 'D/O';

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
		// Her BAI or BEN against a man's JI of respect on the same name (MANEKBAI / MANEKJI, PREMBEN / PREMJI): a Parsi or
		// Gujarati woman and a man, though the JI reads as respect elsewhere (KHURSHED = KHURSHEDJI).
		const ji = (x.address === 'BAI' || x.address === 'BEN') && hers ? y.words.find((w) => !w.optional && jiOn(w, hers)) : undefined;
		if (ji) return `a man's and a woman's: ${x === a ? `${hers?.text}${x.address} / ${ji.text}` : `${ji.text} / ${hers?.text}${x.address}`}`;
		// A man's title or relation against a woman's, or against a woman's word in the other name (MR S K GUPTA /
		// SUNITA KUMARI GUPTA). A woman's title against a man's name is her husband's (a married woman's, below).
		// A MOHAMMAD (MD, MOHD) that opens a name is a man's, against a woman's title or her MST, a Muslim woman's (MD SHAMIM
		// ANSARI / MST SHAMIM ANSARI). MST is no woman's title elsewhere: a Bengali woman's two names may be written as one.
		const first = x.words.find((w) => !w.optional && !w.family);
		const mohammad = first?.spelled === 'MOHAMMAD' ? first.written : undefined;
		const mst = mohammad && y.words.find((w) => w.optional && MUSLIM_WOMENS_TITLES.has(w.text))?.text;
		const man = marks(x, MENS_MARKS) ?? mohammad;
		// Her side read only against a man's mark (most names carry none); not a SHRI before her own DEVI, a devotion's
		// (SHRI RENUKADEVI STREE SHAKTI SANGHA).
		const woman = man && womansWord(x) === undefined && (marks(y, WOMENS_MARKS) ?? mst ?? womansWord(y) ?? herMs(y));
		if (man && woman) return `a man's and a woman's: ${x === a ? `${man} / ${woman}` : `${woman} / ${man}`}`;
		// A Gujarati man's BHAI against a woman's title (KUM KIRAN D PATEL / KIRANBHAI D PATEL); not a Muslim's MIYA.
		const titled = x.address === 'BHAI' && !man ? marks(y, WOMENS_MARKS) : undefined;
		if (titled) return `a man's and a woman's: ${x === a ? `BHAI / ${titled}` : `${titled} / BHAI`}`;
		// An unmarried woman's title before initials (not MS DHONI, whose MS are his) against a man's name written out.
		const her = x.words.some((w) => !w.optional && w.initial) ? x.words.find((w) => w.optional && (w.text === 'MS' || w.text === 'MISS'))?.text : undefined;
		const his = her && mansWord(y);
		if (his) return `a man's and a woman's: ${x === a ? `${her} / ${his}` : `${his} / ${her}`}`;
		// A man's title before initials (MR S V BHIDE) against a woman's given name written out (SUNITA VAMAN BHIDE).
		const mans = x.words.find((w) => w.optional && MENS_MARKS.has(w.text))?.text;
		const hisTitle = mans !== undefined && initialsBeforeLast(x) ? mans : undefined;
		const given = hisTitle ? y.words.find((w) => !w.optional && !w.family) : undefined;
		const next = given ? y.words[given.index + 1] : undefined;
		if (given && isWomans(given.text) && !HIS_SECOND_PARTS.has(next?.spelled ?? '')) return `a man's and a woman's: ${x === a ? `${hisTitle} / ${given.text}` : `${given.text} / ${hisTitle}`}`;
	}
	return undefined;
}

/** Whether `word` is `name` with a JI or JEE written on (MANEKJI, DINJEE on MANEK, DIN). */
const jiOn = (word: Word, name: Word) => /^[A-Z]{3,}J(?:I|EE)$/.test(word.text) && name.keys.includes(spellingKey(word.text.replace(/J(?:I|EE)$/, '')));

/** A man's name written onto a given name: against a woman's form of address on that name, a man's. */
const MANS_TAILS = new Set(['LAL', 'KUMAR', 'RAO']);

/** MS before a name of two words or more, written out: a woman's title (MS KIRAN NAIR), not initials (MS DHONI). */
export function herMs(name: Name): string | undefined {
	// The MS first: most names have none, and need no list of their own words.
	if (!name.words.some((w) => w.optional && w.text === 'MS')) return undefined;
	const own = name.words.filter((w) => !w.optional);
	return own.length >= 2 && own.every((w) => w.full && !w.initial) ? 'MS' : undefined;
}

/** A woman's word in a name, after its first (SUNITA KUMARI, KIRANBEN, GURPREET KAUR). */
export function womansWord(name: Name): string | undefined {
	if (name.address && name.address !== 'BHAI') return name.address;
	return name.words.find((w) => !w.optional && w.index > 0 && WOMENS_NAME_WORDS.has(w.text))?.text;
}

/** A man's word in a name: BHAI, or KUMAR between two names (a woman's family name may be KUMAR). */
function mansWord(name: Name): string | undefined {
	if (name.address === 'BHAI') return name.address;
	const own = name.words.filter((w) => !w.optional);
	return own.find((w, i) => i > 0 && i < own.length - 1 && w.text === 'KUMAR')?.text;
}

/** A woman's given name by a list or its ending (KAVITHA); a man's: a father's name, or ending in a consonant and no woman's. */
export const isMans = (text: string) => FATHERS_GIVEN_NAMES.has(text) || (/[^AEIOU]$/.test(text) && !WOMENS_GIVEN_NAMES.has(text));

/** The second part of a man's given name of two (RAVI KUMAR, KANHAIYA LAL, RAJENDRA PRASAD). */
const MENS_SECOND_PARTS = new Set(['KUMAR', 'LAL', 'CHAND', 'CHANDRA', 'NATH', 'DUTT', 'MOHAN', 'KRISHNA']); // not DAS: SMT KALPANA DAS
/** A given name read as a man's: it ends in a consonant or Y, or in -ENDRA / -INDRA, or -RAJU (women's names end in a vowel far more often). */
const MANS_GIVEN_NAME = /(?:[^AEIOU]|[EI]NDRA|RAJU|RADJOU|[^W]ANE)$/; // RADJOU, -ANE: Puducherry's French (ANANDANE)

/** A Marathi married woman's titles: a wife's only before initials (SOU S V BHIDE); before a given name (SAU KAMAL) hers. */
const MARATHI_WIVES = new Set(['SOU', 'SAU']);
const MARRIED_OR_MARATHI = new Set([...MARRIED_TITLES, ...MARATHI_WIVES]);

/**
 * The given name after a married woman's title on one side only, when it
 * reads as a man's and neither name says the holder is a woman: the name may
 * be her husband's, and the bank's holder someone else. A woman's name that
 * ends in a consonant (YASMIN, KIRAN) is held back too: a person looks.
 */
export function maybeHusbandsName(a: Name, b: Name): string | undefined {
	// Each name's married women's titles, read once (a SOU or SAU only before initials).
	const titles = (name: Name) => (name.words.some((w) => w.optional && MARATHI_WIVES.has(w.text)) && initialsBeforeLast(name, (w) => w.letters) ? MARRIED_OR_MARATHI : MARRIED_TITLES);
	const [titlesA, titlesB] = [titles(a), titles(b)];
	const married = (name: Name, of: Set<string>) => name.words.some((w) => w.optional && of.has(w.text));
	if (married(a, titlesA) === married(b, titlesB)) return undefined;
	// A wife or a daughter of a relative the bank names (P MUTHULAKSHMI W/O PALANISAMY) is the holder herself.
	if (womansMark(a, titlesA) || womansMark(b, titlesB)) return undefined;
	// Nor when the other name has a woman's title of its own (MS MRINAL DAS / SMT MRINAL DAS).
	const [wife, untitled, wifes] = married(a, titlesA) ? [a, b, titlesA] : [b, a, titlesB];
	// Nor when the other name has a man's title (NAWAB KAZIM ALI KHAN / BEGUM KAZIM ALI KHAN): a man and a woman, said elsewhere.
	if (herMs(untitled) || womansTitle(untitled) || untitled.words.some((w) => w.optional && MENS_MARKS.has(w.text))) return undefined;
	const titled = wife.words.filter((w) => !w.optional);
	// BEGUM in front comes before a woman's own name far more often (BEGUM SHEHNAZ QURESHI): a husband's only with a
	// man's name for certain in it (BEGUM ZAFAR ALI).
	const begum = wife.words.every((w) => !w.optional || !wifes.has(w.text) || w.text === 'BEGUM');
	// Or a man's by its closing consonant with no woman's second part after it (BEGUM SALEEM KHAN; not BEGUM AKHTAR JAHAN).
	const hisAlone = (w: Word) => hisByEnding(w) && !titled.some((after) => after.index >= w.index && HER_SECOND_PARTS.has(after.text));
	if (begum && !titled.some((w) => w.keys.some((key) => MENS_KEYS.has(key)) || hisAlone(w))) return undefined;
	// Only initials before the surname (MRS B K LENKA): whose they are cannot be told either. Not before a woman's
	// given name (SMT M RAJESHWARI, MRS P MUTHULAKSHMI: a Tamil father's or husband's initial).
	const last = titled[titled.length - 1].text;
	const hersLast = isWomans(last) || (GIVEN_NAMES.has(last) && !MANS_GIVEN_NAME.test(last));
	if (titled.length > 1 && titled.slice(0, -1).every((w) => w.initial || w.letters) && !hersLast) return titled.slice(0, -1).map((w) => w.written).join(' ');
	const given = titled.find((w) => !w.initial && !w.common);
	// A man's given name after hers, then the surname (SMT SUMAN DATTATRAY PATIL): the middle is her husband's or father's.
	const next = given && titled[titled.indexOf(given) + 1];
	if (titled.length >= 3 && next && !next.common && GIVEN_NAMES.has(next.text) && isMans(next.text) && next !== titled[titled.length - 1] && !PARSI_MENS_NAMES.has(given.text)) return undefined;
	// A woman's name after it: a Telugu house name before her own (SMT GADDAM LAXMAMMA); or her name's second part (SMT
	// GULSHAN ARA).
	if (given && titled.some((w) => w.index > given.index && (isWomans(w.text) || HER_SECOND_PARTS.has(w.text)))) return undefined;
	// A man's second part after it makes a man's name of one that ends as a woman's may (MRS RAVI KUMAR, SMT KANHAIYA LAL);
	// not after an -E (GRACE LAL: a Christian family name).
	// Of common words only (DEVI PRASAD), the first.
	const lead = given ?? titled.find((w) => !w.initial);
	const after = lead && titled[titled.indexOf(lead) + 1];
	if (lead && after && (HIS_SECOND_PARTS.has(after.spelled) || (MENS_SECOND_PARTS.has(after.text) && !isWomans(lead.text) && !lead.text.endsWith('E')))) {
		return `${lead.written} ${after.written}`;
	}
	// A woman's name by its ending may end in a consonant: a Tamil joined AMMAL (TMT SINNAMMAL), a Kuki -NEIKIM.
	// A Mizo given name closing in A is a man's (LALDUHAWMA; hers closes in I, LALDUHAWMI).
	const mizoMans = (text: string) => MIZO_GIVEN.test(text) && text.endsWith('A');
	return given && (MANS_GIVEN_NAME.test(given.text) || given.keys.some((key) => MENS_KEYS.has(key)) || mizoMans(given.text)) && !isWomans(given.text) ? given.written : undefined;
}

/**
 * An unmarried woman's title on one side only before a man's given name, and nothing else on either side that says a
 * woman (MLLE ANANDANE / ANANDAN): the bank's holder may be a man of that name.
 * judge.ts reads it as a reason to look first: at most PARTIAL.
 */
export function hisNameAfterHerTitle(a: Name, b: Name): string | undefined {
	const titled = (name: Name) => name.words.some((w) => w.optional && UNMARRIED_TITLES.has(w.text));
	if (a.business || b.business || titled(a) === titled(b) || womansMark(a) || womansMark(b)) return undefined;
	const [her, other] = titled(a) ? [a, b] : [b, a];
	if (womansTitle(other) || herMs(other)) return undefined;
	const given = her.words.find((w) => !w.optional && !w.initial && !w.common);
	// Only a name sure to be a man's: a French-spelt -ANE, or one of the men's names that end in a vowel. Names that end
	// in a consonant are a woman's too often (SUMAN, SONAM, KIRAN).
	const his = given !== undefined && (/[^W]ANE$/.test(given.text) || MENS_NAMES_IN_VOWELS.has(given.text));
	return his ? given.written : undefined;
}
