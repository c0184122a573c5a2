/**
 * One word of a name as the matcher compares it: its spelling keys (spelling.ts, and its list's in spellings.ts) and
 * what kind of word it is. read.ts makes them; pair.ts, judge.ts and explain.ts compare them.
 */
import type { Name } from './read';
import { remembered } from './remembered';
import { spellingKey } from './spelling';
import { SAME_NAMES } from './spellings';
import { COMMON_WORDS, FILLERS, GIVEN_NAME_PREFIXES, LEGAL_FORMS, SHORT_FORMS } from './words';

/** One word of a name, as the matcher compares it. */
export interface Word {
	/** As written, upper case (MOHD, PVT). */
	written: string;
	/** As compared: a business abbreviation in full (PVT → PRIVATE), else as written. */
	text: string;
	/** Spelling keys: one, or one per word a short form may stand for (CH: CHANDRA or CHAND). */
	keys: readonly string[];
	/** Written out: a short form's first word (CH: CHANDRA) or a listed spelling's (PRAKASHA: PRAKASH), else the text. */
	spelled: string;
	/** Whether it is a short form of a word (MOHD, KR, PD). */
	short: boolean;
	/** Whether it may be compared by its spelling key: a word with a vowel or a digit, or a short form (not RK, not R). */
	full: boolean;
	initial: boolean;
	/** A Tamil woman's name read without its joined AMMAL (PITCHAIAMMAL as PITCHAI): a man may bear what is left (sexes.ts). */
	ammal?: boolean;
	/** A common word that was written onto the word before (RAMANLAL → RAMAN, LAL): an initial for that word covers it too. */
	tail?: boolean;
	/**
	 * From the relative after S/O, W/O …, taken as the holder's (optional: never counted missing): the relative's
	 * family name, a relative's one name, the relative's given name, or its initial (`fromRelative`).
	 */
	family?: 'name' | 'whole' | 'given' | 'initial';
	/** Whether a BHAI or BEN was written onto it (NATUBHAI): a given name, whatever the lists hold. */
	addressed?: boolean;
	/** Whether it may be initials written together (RK, GS, VVS). */
	letters: boolean;
	/** A word many people share (KUMAR, SINGH, MOHAMMAD): it alone never identifies anyone. */
	common: boolean;
	/** A legal form (PRIVATE, LIMITED, LLP, HUF, a closing INDIA). */
	legal: boolean;
	/** A word that names no one (AND, OF, THE, JI: FILLERS): read once per text, as pairing and judging ask it of every pair. */
	filler: boolean;
	/** A title in front: kept only in case it is initials written together (MS DHONI); never counted missing. */
	optional: boolean;
	index: number;
	/** The token of the pairing (pair.ts) that paired the word, if any: the word is free in any other. */
	takenBy: object | undefined;
}

/** What a word's text alone decides: the same for every name it is in, so read once (remembered.ts). */
type Reading = Pick<Word, 'keys' | 'spelled' | 'short' | 'full' | 'initial' | 'letters' | 'common' | 'legal' | 'filler'>;

const readingOf = remembered((text: string): Reading => {
	const stands = SHORT_FORMS.get(text);
	const initial = text.length === 1;
	const spelled = stands ? stands[0] : SAME_NAMES.get(text) ?? text;
	return {
		keys: stands ? stands.map(spellingKey) : keysOfText(text),
		spelled,
		short: stands !== undefined,
		full: stands !== undefined || (!initial && /[AEIOU0-9]/.test(text)),
		initial,
		letters: (text.length === 2 || (text.length <= 4 && !/[AEIOU]/.test(text))) && /^[A-Z]+$/.test(text),
		common: COMMON_WORDS.has(spelled),
		legal: LEGAL_FORMS.has(text),
		filler: FILLERS.has(text),
	};
});

/** A word of a name, with its spelling keys and what it is (a short form, an initial, a legal form …). */
export function wordOf(written: string, text: string, optional: boolean, index: number): Word {
	const { keys, spelled, short, full, initial, letters, common, legal, filler } = readingOf(text);
	return {
		written,
		text,
		keys,
		spelled,
		short,
		full,
		initial,
		letters,
		common,
		legal,
		filler,
		optional,
		index,
		// Set later by reading; there from the start, so that every word has one shape (the matcher's hot path reads them all).
		ammal: undefined,
		tail: undefined,
		family: undefined,
		addressed: undefined,
		takenBy: undefined,
	};
}

/** Whether a word stands between two words of more than one letter in its name (RAM N SONS, DOOR 2 DOOR; not K G N). */
export const betweenWords = (name: Name, w: Word) => (name.words[w.index - 1]?.text.length ?? 0) > 1 && (name.words[w.index + 1]?.text.length ?? 0) > 1;

/** A word's spelling keys (keysOfText), remembered. */
export const keysOf = (text: string): readonly string[] => readingOf(text).keys;

/**
 * A word's spelling key, and its list's (spellings.ts) when it is in one: VISHWAKARMA is compared as itself (and
 * so VISHVAKARMA, which no list holds, still pairs with it) and as BISWAKARMA.
 */
function keysOfText(text: string): string[] {
	const own = spellingKey(text);
	const listed = SAME_NAMES.get(text);
	const list = listed === undefined ? own : spellingKey(listed);
	// A JI of respect after five letters or more not ending in A, E, I: BURJORJI = BURJOR, NATHUJI (not BALAJI, PREMJI).
	const keys = list === own ? [own] : [own, list];
	// And after a Rajasthani name of four letters closing in U (KALUJI = KALU). Not a Bengali family name's -JEE, which
	// is no JI of respect: CHATTERJEE is no CHATTER (nor an Armenian CHATER), MUKHERJEE no MUKHER.
	const ji = text.length >= 6 && (text.endsWith('JI') || text.endsWith('JEE')) && !/[AE]RJEE$/.test(text) ? /^([A-Z]{4,}[^AEI]|[A-Z]{3}U)J(?:I|EE)$/.exec(text)?.[1] : undefined;
	if (ji) keys.push(spellingKey(ji));
	// Telugu and Tamil write a first AI as Y: HYMAVATHI = HAIMAVATHI, SYLAJA = SAILAJA, VYSHNAVI = VAISHNAVI.
	const ai = /^[^AEIOUY]{1,2}Y[^AEIOUY]/.test(text) && text.length >= 4 ? spellingKey(text.replace('Y', 'AI')) : undefined;
	if (ai && !keys.includes(ai)) keys.push(ai);
	// Zomi and Paite write CH as C, also inside a name: CINKHANMANG = CHINKHANMANG, LAMCINMANG = LAMCHINMANG.
	const ci = text.length >= 8 && /CI[NM]/.test(text) ? spellingKey(text.replace(/(?<!S)CI(?=[NM])/g, 'CHI')) : undefined;
	if (ci && !keys.includes(ci)) keys.push(ci);
	// Puducherry's French spelling of a Tamil name (MOUROUGANE = MURUGAN, NADARADJANE = NATARAJAN, CANDASSAMY = KANDASAMY).
	for (const french of frenchTamil(text)) if (!keys.includes(french)) keys.push(french);
	// An Assamese X is an S, but a first XI may be KSHI too (XIKHA = SIKHA, XITIJ = KSHITIJ).
	const xi = text.startsWith('XI') ? spellingKey(`S${text.slice(1)}`) : undefined;
	if (xi && !keys.includes(xi)) keys.push(xi);
	return keys;
}

/**
 * What marks a Tamil name spelt the French way: OU twice or closing, DJ, an OU or SS before a closing -ANE, -AME or -Y, a
 * long -ANE (not Marathi -WANE). Not one OU alone: SOUNDARARAJAN and SUNDARARAJAN, SOUMITRA and SUMITRA are two names.
 */
const FRENCH_TAMIL = /OU[A-Z]*OU|DJ|OU$|(?:OU|SS)[A-Z]*(?:ANE|AME|AMY|Y)$|^[A-Z]{4,}[^W]ANE$/;

/**
 * A French-spelt Tamil name's keys as English spells it: OU is U, DJ J, C before A, O or U a K, EA IYA, a closing
 * -ANE -AN and -AME -AM (-DIRANE -DRAN); and again with the D and G Tamil does not tell from T and K (NADARADJANE =
 * NATARAJAN, PRAGASSAME = PRAKASAM). Only for words so marked: elsewhere OU is the AU of GOURAV.
 */
function frenchTamil(text: string): string[] {
	// Each mark needs an OU, a DJ, an SS or a closing ANE: most words have none, and a plain search is quicker than the pattern.
	if (text.length < 6 || !(text.includes('OU') || text.includes('DJ') || text.includes('SS') || text.endsWith('ANE')) || !FRENCH_TAMIL.test(text)) return [];
	const english = text.replace(/DJ/g, 'J').replace(/OU/g, 'U').replace(/C(?=[AOU])/g, 'K').replace(/EA/g, 'IYA').replace(/ANE$/, 'AN').replace(/AME$/, 'AM').replace(/(?<=N)DIRAN$/, 'DRAN');
	const unvoiced = english.replace(/(?<=[AEIOUN])D(?=[AEIOU])/g, 'T').replace(/(?<=[AEIOU])G(?=[AEIOU])/g, 'K');
	return [spellingKey(english), spellingKey(unvoiced)];
}

/** The spelling keys of the given-name prefixes (MOHAMMAD, and so MOHD, MD, MOHAMMED, MUHAMMAD). */
const PREFIX_KEYS = new Set([...GIVEN_NAME_PREFIXES].map(spellingKey));
/** Whether a word is MOHAMMAD in any spelling or short form: it starts a given name (order.ts) and a relative's (read.ts). */
export const isGivenNamePrefix = (word: Word) => word.keys.some((key) => PREFIX_KEYS.has(key));
