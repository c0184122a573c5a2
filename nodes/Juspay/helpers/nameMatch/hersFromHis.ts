/**
 * Her name made from his, read against his (sexes.ts has the titles, relations and forms of address): her closing A on
 * his name, a Tamil AMMAL joined onto it, and two words of hers that are one man's name joined. judge.ts reads each as a
 * conflict: at most WEAK.
 */
import { GIVEN_NAMES } from './givenNames';
import { wordPairsBothWays, type Pair } from './pair';
import type { Name } from './read';
import { herMs, womansMark, womansTitle, womansWord, WOMENS_WORDS } from './sexes';
import type { Word } from './word';
import { isWomansName as isWomans, JOINED_ENDINGS, MENS_MARKS } from './words';

/**
 * Her name against his, a closing A apart, where only her side carries a woman's title or relation (K VASANTH / TMT
 * K VASANTHA): the spelling rules take the South Indian closing A as one name's (SRINIVASA = SRINIVAS), but there it
 * makes hers of his. Or where his has a BHAI or a RAO written on and hers none: read.ts gives such a name its A too
 * (BHIMBHAI = BHIMABHAI, BHIMRAO = BHIMARAO), which the short village names bear as a man's (BHIMA, JIVA), but a longer
 * name with an A may be his sister's (PRAVINA / PRAVINBHAI, BHAVIKA / BHAVIKBHAI, SUSHILA / SUSHILRAO). Not APPA: a
 * Kannada man's name keeps its A before it (VEERABHADRA = VEERABHADRAPPA).
 */
export function hersWithClosingA(a: Name, b: Name, pairs: Pair[]): string | undefined {
	if (!pairs.some(spelling)) return undefined; // most pairings have no spelling pair: no generator to start then
	const hers = (name: Name) => (womansTitle(name) !== undefined || name.relation === 'W/O' || name.relation === 'D/O') && !name.words.some((w) => w.optional && MENS_MARKS.has(w.text));
	// Not a family name closing the name (KUMARI POOJA KUSHWAHA / POOJA KUSHWAH): its closing A makes no woman's form.
	const closing = (word: Word, name: Name) => {
		const own = name.words.filter((w) => !w.optional);
		return own.length > 1 && word === own[own.length - 1];
	};
	const rao = (word: Word, name: Name) => name.words[word.index + 1]?.text === 'RAO';
	// His BHAI or his joined RAO; the name as he writes it, for the explanation.
	const written = (his: Word, name: Name) =>
		his.addressed === true && name.address === 'BHAI' ? `${his.text}BHAI` : rao(his, name) && name.words[his.index + 1].tail === true ? `${his.text}RAO` : undefined;
	for (const [her, his, herName, hisName] of wordPairsBothWays(a, b, pairs, 'spelling')) {
		if (closing(her, herName)) continue;
		if (her.text === `${his.text}A` && hers(herName) && !hers(hisName)) return `a man's and a woman's: ${a === herName ? `${her.text} / ${his.text}` : `${his.text} / ${her.text}`}`;
		// Her A closing a name spelled another way too (NAYNA / NAYANBHAI); not a RAO of her own (HANUMANTHA RAO).
		const man = his.text.length >= 5 && her.text.endsWith('A') && !his.text.endsWith('A') && !her.addressed && !rao(her, herName) ? written(his, hisName) : undefined;
		if (man) return `a man's and maybe a woman's: ${a === herName ? `${her.text} / ${man}` : `${man} / ${her.text}`}`;
	}
	return undefined;
}

/**
 * A Tamil woman's name read without its joined AMMAL against the same name where nothing says a woman holds it (K
 * PICHAI / K PITCHAIAMMAL, PALANI / PALANIAMMAL): what is left is often a man's name.
 */
export function ammalOnHisName(a: Name, b: Name, pairs: Pair[]): string | undefined {
	const herWord = (w: Word) => w.ammal || /(?:AY(?:EE|I|E)|UTHA?AI|AMMAI|ACHI)$/.test(w.text);
	if (!a.words.some(herWord) && !b.words.some(herWord)) return undefined;
	const hers = (name: Name, word: Word) => word.ammal || isWomans(word.text) || womansTitle(name) !== undefined || womansMark(name);
	for (const kind of ['same', 'spelling'] as const) {
		for (const [her, his, , hisName] of wordPairsBothWays(a, b, pairs, kind)) {
			if (her.ammal && !hers(hisName, his)) return `a man's and a woman's: ${a.words.includes(her) ? `${her.written}AMMAL / ${his.written}` : `${his.written} / ${her.written}AMMAL`}`;
		}
	}
	// Her name (with AMMAL, or a Tamil -AYI or -UTHAI) met only by the other's initial, beside his name written out:
	// ESAKKIAMMAL SUDALAIMUTHU (his wife) / SUDALAIMUTHU E (he, his father's initial E); KARUPPAYEE CHINNASAMY / K
	// CHINNASAMY. Other than AMMAL, only in names of two words, as Tamil's are (not V. SURYANARAYANA RAJU / VATSAVAYI …, a
	// Telugu house name); and a Tamil -AMMAI or -ACHI when his written word is a man's given name, not a surname
	// (MEENACHI SUBRAMANI / M SUBRAMANI). A woman's name the lists know is judge.ts's (KAVITHA MURUGAN / K MURUGAN: PARTIAL).
	const two = (name: Name) => name.words.filter((w) => !w.optional).length === 2;
	for (const [her, his, , hisName] of wordPairsBothWays(a, b, pairs, 'initial')) {
		const written = her.ammal ? `${her.written}AMMAL` : her.written;
		const hisGiven = hisName.words.find((w) => w !== his && !w.optional);
		const mans = hisGiven !== undefined && GIVEN_NAMES.has(hisGiven.text) && !isWomans(hisGiven.text);
		const tamil = two(a) && two(b) && ((/[A-Z]{3}(?:AY(?:EE|I|E)|UTHA?AI)$/.test(her.text) && !her.text.endsWith('VAYI')) || (/(?:AMMAI|ACHI)$/.test(her.text) && mans));
		if ((her.ammal || tamil) && his.initial) return `a woman's name against an initial: ${a.words.includes(her) ? `${written} / ${his.written}` : `${his.written} / ${written}`}`;
	}
	return undefined;
}

/**
 * Two words after a woman's title on one side only, written as one on the other: a man's name (MS JAYA PRAKASH /
 * JAYAPRAKASH, SMT DURGA PRASAD / DURGAPRASAD: she is Jaya or Durga, and Prakash or Prasad her father or husband).
 * Not when her second word is a woman's (MRS SAHAYA MARY / SAHAYAMARY is her own name).
 */
export function herNamesJoinedIntoHis(a: Name, b: Name, pairs: Pair[]): string | undefined {
	const title = (name: Name) => womansTitle(name) ?? herMs(name);
	const [titleA, titleB] = [title(a), title(b)];
	if ((titleA === undefined) === (titleB === undefined)) return undefined;
	const [herName, hisName, hers] = titleA !== undefined ? [a, b, titleA] : [b, a, titleB];
	if (womansWord(hisName)) return undefined;
	for (const pair of pairs) {
		const [apart, joined] = herName === a ? [pair.a, pair.b] : [pair.b, pair.a];
		let words: Word[] = [];
		let his = '';
		// Joined as written (JAYAPRAKASH: a man's name ends in a consonant, or in a man's second name), or read apart from
		// one written word (DURGAPRASAD as DURGA, PRASAD).
		if (pair.kind === 'joined' && apart.length === 2 && joined.length === 1 && (/[^AEIOUY]$/.test(joined[0].text) || MANS_SECOND_PARTS.has(apart[1].text))) {
			[words, his] = [apart, joined[0].written];
		} else if (apart.length === 1 && joined.length === 1 && joined[0].tail && !apart[0].tail && MANS_ENDINGS.has(joined[0].text)) {
			[words, his] = [[herName.words[apart[0].index - 1], apart[0]], `${hisName.words[joined[0].index - 1]?.written ?? ''}${joined[0].written}`];
		}
		const second = words[1];
		// Not words read from her relative (SMT NINGAMMA W/O HANAMANTAPPA: HANAMANT APPA is her husband's, as it should be).
		if (!words[0] || !second || isWomans(second.text) || WOMENS_WORDS.has(second.text) || words.some((w) => w.family !== undefined)) continue;
		const her = `${hers} ${words.map((w) => w.written).join(' ')}`;
		return `a man's and a woman's: ${herName === a ? `${her} / ${his}` : `${his} / ${her}`}`;
	}
	return undefined;
}

/** Men's names' second parts that end in a vowel (RAMACHANDRA, LAKSHMINARASIMHA); a woman's may too (CHANDRAKALA, PREMLATA). */
const MANS_SECOND_PARTS = new Set(['CHANDRA', 'CHANDER', 'NARASIMHA', 'KRISHNA', 'MURTHY', 'MURTY', 'SWAMY', 'SAMY', 'MOORTHY']);
/** Men's names' second parts, written onto the first (DURGAPRASAD, RAMESHKUMAR, MOHANLAL). */
const MANS_ENDINGS = new Set(JOINED_ENDINGS.filter((word) => word !== 'KUMARI'));

const spelling = (pair: Pair) => pair.kind === 'spelling';
