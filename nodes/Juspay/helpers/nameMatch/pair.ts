import { areDistinctNames } from './distinctNames';
import { closingTitle, cooperativesLimited, fillerKumar, hersInTheMiddle, openingMohammad, openingShaikh, relativesInitial, saidTail } from './notMissing';
import { lettersOf } from './firmLetters';
import { GIVEN_NAMES } from './givenNames';
import { FIELD_WIDTH, GENERATIONS, type Name } from './read';
import { joinedRun, outOfItsName, spokenRun } from './joined';
import { addressCutOff } from './textWords';
import { byFirstPart, byLastPart } from './nameParts';
import { britishAndAmerican, englishApart, notTheTwoWords, twoEnglishWords } from './englishWords';
import { oneVowelApart } from './spelling';
import { closest, initialsRun, letteredFor, onSameName, startsWith } from './initials';
import { coinedApart } from './coined';
import { HINDI_DIGITS, SPOKEN_DIGITS } from './numbers';
import { keysOf, type Word } from './word';
import {
	BUSINESS_WORDS,
	FILLERS,
	HONORIFICS,
	LEGAL_SHORT_FORMS,
	LETTERED_SHORT_FORMS,
	SECOND_PARTS,
} from './words';


/** Whether a word stands between two words of more than one letter in its name (RAM N SONS, DOOR 2 DOOR; not K G N). */
const betweenWords = (name: Name, w: Word) => (name.words[w.index - 1]?.text.length ?? 0) > 1 && (name.words[w.index + 1]?.text.length ?? 0) > 1;

/** How words of the two names were found to be the same. */
export type PairKind = 'same' | 'spelling' | 'short form' | 'joined' | 'cut' | 'last part' | 'first part' | 'initial';

/** Words of one name that stand for words of the other (one each, except joined words and initials). */
export interface Pair {
	a: Word[];
	b: Word[];
	kind: PairKind;
}

export interface Pairing {
	pairs: Pair[];
	/** Words of each name that stand for nothing in the other (titles left out). */
	restA: Word[];
	restB: Word[];
	/** Words of either name neither paired nor missing: an & or a SRI one name leaves out, a KUMAR written onto a given name. */
	aside: Word[];
}

/** A bank stores a name in a fixed width; only a name this long may have been cut. */
const CUT_FROM = 15;
/** A woman's word a short name is written with, joined or apart (RAMDEI, RAM DEI). */
const WOMANS_JOINED = ['DEVI', 'DEBI', 'DEI'];
const JOINED_WOMANS = new RegExp(`^([A-Z]{3,4})(${WOMANS_JOINED.join('|')})$`);
/** Forms of address a bank's cut may leave the first letters of, joined to a name (… PURUSHOTTAMB, … HANSABE). */
const ADDRESSES_CUT = ['BHAI', 'BEN'];

/**
 * Pairs the words of two names, surest first: the same word, the same
 * spelling key or short form, words written joined, a word the bank cut,
 * then initials. Each step runs both ways, so the pairing of (a, b) mirrors
 * that of (b, a).
 */
export function pairWords(a: Name, b: Name): Pairing {
	// Each word this pairing takes is marked with its own token (word.ts, takenBy): free() is then one read, not a
	// search of the words used, asked of every word at every step; another pairing of the same name (with a
	// relative's, index.ts) has another token, so its words start free.
	const taken = {};
	const pairs: Pair[] = [];
	const free = (word: Word) => word.takenBy !== taken;
	const add = (pa: Word[], pb: Word[], kind: PairKind) => {
		pairs.push({ a: pa, b: pb, kind });
		for (const w of pa) w.takenBy = taken;
		for (const w of pb) w.takenBy = taken;
	};
	// Every step below pairs a free word of each name: once either name has none left (most pairings, after the same
	// words and their spellings), the steps are skipped.
	const open = () => a.words.some(free) && b.words.some(free);
	const both = (step: (x: Name, y: Name, put: (px: Word[], py: Word[], kind: PairKind) => void) => void) => {
		if (!open()) return;
		step(a, b, add);
		step(b, a, (pb, pa, kind) => add(pa, pb, kind));
	};

	// A word more often in one name than in the other (RAM DEV RAM / RAMDEV RAM): the fewer pair the other's at the
	// nearest place, so that (a, b) and (b, a) pair alike; as often in both, in order.
	const again = (name: Name, after: Word) => name.words.some((w) => w.index > after.index && w.text === after.text && free(w));
	const many = (name: Name, text: string) => name.words.filter((w) => w.text === text && free(w));
	const alike = (name: Name, word: Word) => name.words.filter((w) => free(w) && w.full && (w.text === word.text || (w.keys.some((key) => word.keys.includes(key)) && !areDistinctNames(w.text, word.text))));
	for (const x of a.words) {
		if (!free(x)) continue;
		// The text first: most words differ.
		const y = b.words.find((w) => w.text === x.text && free(w));
		if (!y) continue;
		// A word many share may stand twice, once spelled otherwise (MOHAMMED RAFI MOHD SALIM): counted with its spellings below.
		if (!again(a, x) && !again(b, y) && !x.common) {
			add([x], [y], 'same');
			continue;
		}
		const [xs, ys] = [many(a, x.text), many(b, x.text)];
		// As often once its spellings count (THAVAR SING NAHAR SINH / THAVAR SINH NAHAR SINH): in order, each with its own.
		const [xk, yk] = [alike(a, x), alike(b, x)];
		if ((xs.length !== ys.length || xs.length === 1) && x.full && xk.length === yk.length) xk.forEach((w, i) => add([w], [yk[i]], w.text === yk[i].text ? 'same' : w.short || yk[i].short ? 'short form' : 'spelling'));
		else if (xs.length === ys.length) xs.forEach((w, i) => add([w], [ys[i]], 'same'));
		else if (xs.length < ys.length) for (const w of xs) add([w], [(onSameName(w, a, b, many(b, x.text)) ?? closest(w, a, b, many(b, x.text))) as Word], 'same');
		else for (const w of ys) add([(onSameName(w, b, a, many(a, x.text)) ?? closest(w, b, a, many(a, x.text))) as Word], [w], 'same');
	}
	// A firm's short word with a consonant doubled, or a letter tripled, is another firm's (AECC GLOBAL is not AEC
	// GLOBAL, IIIT not IIT, MALLA CONSTRUCTIONS not MALA; AARTI is ARTI), but a name's second part or a business word
	// (BHAGWAN DASS & SONS, ZILA PARISHAD), or one listed as the other's spelling (UNAO = UNNAO, a town).
	const once = (text: string) => text.replace(/([^AEIOU])\1|(.)\2\2+/g, '$1$2');
	const named = (w: Word) => SECOND_PARTS.has(w.text) || BUSINESS_WORDS.has(w.text);
	const letters = (x: Word, y: Word) =>
		a.business && b.business && Math.min(x.text.length, y.text.length) <= 4 && x.text !== y.text && once(x.text) === once(y.text) && !named(x) && !named(y) && x.spelled !== y.spelled;
	// Spellings of one word, not two names listed apart, nor two English words (englishWords.ts: GREEN / GRIN; one only
	// as British and American), nor a firm's two coined words (coined.ts: MEDICARE / MEDICORE).
	const apart = (x: Word, y: Word) => areDistinctNames(y.text, x.text) || englishApart(x, a, y, b) || coinedApart(x.text, y.text, a.business || b.business);
	for (const x of open() ? a.words.filter((w) => free(w) && w.full) : []) {
		const y = b.words.find((w) => free(w) && w.full && (w.keys.some((key) => x.keys.includes(key)) || britishAndAmerican(x, w)) && !letters(x, w) && !apart(x, w));
		if (y) add([x], [y], x.short || y.short ? 'short form' : 'spelling');
	}
	for (const x of open() ? a.words.filter((w) => free(w) && w.full && !w.short) : []) {
		const y = b.words.find((w) => free(w) && w.full && !w.short && oneVowelApart(x.text, w.text) && !apart(x, w));
		if (y) add([x], [y], 'spelling');
	}
	both((x, y, put) => {
		// Initials too: RK = R. K., KV = K. V.
		for (const word of x.words.filter((w) => free(w) && !w.family && (w.text.length >= 3 || w.letters))) {
			// Not with a word taken from a relative (RADHA W/O KRISHNAN is not RADHAKRISHNAN).
			const run = outOfItsName(joinedRun(word, y.words.filter((w) => free(w) && !w.family)), y, word, x);
			// A person's run as joined.ts's spokenRun allows (K ARUN is no KARUN); a firm's too (C S I is CSI), but its letters apart are
			// its owner's initials (K R ELECTRICALS is no KUMAR ELECTRICALS); three or more that spell the word are a body's, dotted
			// (I.I.T. for IIT), but a given name's are initials (R A M is no RAM).
			const runLetters = run !== undefined && run.every((w) => w.text.length === 1) ? run.map((w) => w.text).join('') : undefined;
			const spelledLetters = runLetters !== undefined && ![word.text, word.written].includes(runLetters) && !word.letters;
			const dotted = runLetters === word.text && runLetters.length >= 3 && !GIVEN_NAMES.has(word.text);
			// A firm's lone N between two words is its & (RAM N SONS is no RAMAN SONS; K G N is letters).
			const firmsAnd = y.business && run?.some((w) => w.text === 'N' && betweenWords(y, w));
			// Nor two English words that the one is not (CAR PET is no CARPET).
			if (run && !firmsAnd && !notTheTwoWords(word.text, run) && !coinedApart(word.written, run.map((w) => w.written).join(''), x.business || y.business) && (word.letters || ((x.business || y.business) && !spelledLetters) || spokenRun(run) || dotted)) put([word], run, 'joined');
			// With the tail read off it (GURUSIDDAPPA, read as GURUSIDD APPA, is GURU SIDDAPPA).
			const tail = run ? undefined : x.words[word.index + 1];
			if (!tail?.tail || !free(tail) || !free(word)) continue;
			const whole = { ...word, text: word.text + tail.text, written: word.written + tail.written, keys: keysOf(word.text + tail.text) };
			const tailed = outOfItsName(joinedRun(whole, y.words.filter((w) => free(w) && !w.family)), y, tail, x);
			if (tailed && spokenRun(tailed)) put([word, tail], tailed, 'joined');
		}
	});
	both((x, y, put) => {
		// A business word cut short by its firm (MED = MEDICALS, HOSP = HOSPITAL, ELEC = ELECTRICALS); never a name
		// word (RAM TRADERS is not RAMESH TRADERS), nor what another word's short form is (INDU, a name, is no INDUS).
		const business = x.business || y.business;
		if (business) {
			for (const word of x.words.filter((w) => free(w) && w.full && !w.legal && w.text.length >= 3 && w.text.length <= 5)) {
				const whole = y.words.find((w) => free(w) && BUSINESS_WORDS.has(w.text) && w.text.length >= word.text.length + 2 && w.text.startsWith(word.text) && !areDistinctNames(w.written, word.text));
				if (whole) put([word], [whole], 'short form');
			}
		}
		// One and many of a word, or a possessive (SUPPLIER / SUPPLIERS, IYENGAR / IYENGARS BAKERY), also of its spelling
		// (ST ANTHONY'S, read as ANTHONY, is ST ANTONYS). A word written with its 'S is that word in any name, also in one
		// not read as a firm's (ST MARY'S ORTHODOX VALIYAPALLY KOTTA, cut before its place).
		const spelledPlural = (w: Word, word: Word) => {
			const one = w.text.slice(0, -1);
			return w.text.endsWith('S') && one.length >= 4 && keysOf(one).some((key) => word.keys.includes(key)) && !areDistinctNames(one, word.text) && !twoEnglishWords(one, word.text);
		};
		for (const word of x.words.filter((w) => free(w) && w.full && !w.legal && w.text.length >= 3 && (business || x.possessives?.includes(w.text)))) {
			// Not two given names (SHREYA / SHREYAS CREATIONS: hers and his).
			const plural = y.words.find((w) => free(w) && (w.text === `${word.text}S` || (word.text.endsWith('Y') && w.text === `${word.text.slice(0, -1)}IES`) || spelledPlural(w, word)) && !areDistinctNames(w.text, word.text) && !(GIVEN_NAMES.has(word.text) && GIVEN_NAMES.has(w.text)));
			if (plural) put([word], [plural], 'spelling');
		}
	});
	both((x, y, put) => {
		// & written N at the bank (PIPES N FITTINGS): a lone N stands for AND.
		const and = x.words.find((w) => free(w) && w.text === 'AND');
		const n = and && y.words.find((w) => free(w) && w.text === 'N');
		if (and && n) put([and], [n], 'short form');
		// A firm's 2 and 4 between two words are TO and FOR (DOOR 2 DOOR, FIT 4 LIFE).
		if (!x.business) return;
		for (const [digit, said] of SPOKEN_DIGITS) {
			const written = x.words.find((w) => free(w) && w.written === digit && betweenWords(x, w));
			const word = written && y.words.find((w) => free(w) && w.text === said);
			if (written && word) put([written], [word], 'short form');
		}
		for (const digit of x.words) {
			const hindi = free(digit) ? HINDI_DIGITS.get(digit.written) : undefined;
			const word = hindi && y.words.find((w) => free(w) && hindi.includes(w.text));
			if (word) put([digit], [word], 'short form');
		}
	});
	both((x, y, put) => {
		const last = x.words.filter((w) => !w.optional).pop();
		if (!last || !free(last) || x.length < CUT_FROM) return;
		// A lone letter is an initial unless it is what is left of a legal form (HOSPITAL P for HOSPITAL PVT LTD); so are
		// letters with no vowel (RAO CH) unless the name is as long as a bank's field (LORRY TR, PVT LT).
		const initials = last.initial || (last.letters && !/[AEIOU]/.test(last.text) && x.length < FIELD_WIDTH);
		// A legal form's short form cut too (PV of PVT for PRIVATE), at a bank's width only.
		const shortCut = (w: Word) => w.legal && x.length >= FIELD_WIDTH && (LEGAL_SHORT_FORMS.get(w.text) ?? []).some((form) => form.length > last.text.length && form.startsWith(last.text));
		// Not a firm's word and its plural (ORCHARD / ORCHARDS: below).
		const plural = (w: Word) => (x.business || y.business) && w.text === `${last.text}S`;
		// A name with a joined CHAND or KUMAR cut inside it: PREMCH of PREMCHAND (read as PREM CHAND).
		const tailOf = (w: Word) => (y.words[w.index + 1]?.tail && free(y.words[w.index + 1]) ? y.words[w.index + 1] : undefined);
		const joinedCut = (w: Word) => !w.text.startsWith(last.text) && `${w.text}${tailOf(w)?.text ?? ''}`.startsWith(last.text) && tailOf(w) !== undefined;
		// A joined BHAI or BEN the other name sets aside, cut by the bank's width after its first letters (… PURUSHOTTAMB).
		const addressCut = (w: Word) => w.addressed && x.length >= FIELD_WIDTH && ADDRESSES_CUT.some((said) => y.dropped.includes(said) && addressCutOff(last.text, said, w));
		const cutFrom = (w: Word) =>
			!plural(w) &&
			((w.text.length > last.text.length && w.text.startsWith(last.text)) ||
				(w.written.length > last.written.length && w.written.startsWith(last.written)) ||
				// What the bank's cut left may read as a short form of its own (PRI, PRIMARY's, of PRIVATE): as written, at its width.
				(x.length >= FIELD_WIDTH && w.text.length > last.written.length && w.text.startsWith(last.written)) ||
				shortCut(w) ||
				joinedCut(w) ||
				addressCut(w));
		// A firm's word cut to its first letter at a bank's width (… ALMOND E for EXPORTERS) too: never a name's.
		const firmWord = (w: Word) => x.business && x.length >= FIELD_WIDTH && BUSINESS_WORDS.has(w.text);
		const whole = y.words.find((w) => free(w) && cutFrom(w) && (!initials || w.legal || firmWord(w)));
		// Legal forms after the cut word went with it.
		const after = whole ? y.words.filter((w) => free(w) && w.index > whole.index && w.legal) : [];
		if (whole) put([last], [whole, ...(joinedCut(whole) ? [tailOf(whole) as Word] : []), ...after], 'cut');
		// The bank's cut left a word read as a name and its CHAND (… BHAGCHAND of BHAGCHANDANI): the two, as written, are the cut.
		const head = !whole && last.tail && x.length >= FIELD_WIDTH ? x.words[last.index - 1] : undefined;
		const joined = head && free(head) ? `${head.text}${last.text}` : '';
		const longer = joined && y.words.find((w) => free(w) && w.full && w.text.length > joined.length && w.text.startsWith(joined));
		if (head && longer) put([head, last], [longer], 'cut');
	});
	// A short name with DEVI, Bengali's DEBI or Odia's and Awadhi's DEI joined on one side (UMADEVI, RAMDEI: read whole)
	// and apart on the other (UMA DEVI, RAM DEI, the word set aside as a woman's): one name.
	both((x, y, put) => {
		if (!y.dropped.some((word) => WOMANS_JOINED.includes(word))) return;
		for (const word of x.words) {
			const [, short, woman] = (free(word) && JOINED_WOMANS.exec(word.text)) || [];
			const given = woman !== undefined && y.dropped.includes(woman) && y.words.find((w) => free(w) && w.text === short);
			if (given) put([given], [word], 'joined');
		}
	});
	// A given name called by one of its parts (nameParts.ts): a Mizo name by its last, a Bengali or Odia man's by its first.
	both((x, y, put) => byLastPart(x, y, put, free));
	both((x, y, put) => byFirstPart(x, y, put, free));
	both((x, y, put) => {
		// A firm's name written as its letters (KEM = KING EDWARD MEMORIAL, AIIMS = ALL INDIA INSTITUTE OF MEDICAL
		// SCIENCES, DEO SAGAR), never a name or a firm's word (SAI is no SHREE ANAND INDUSTRIES); at most PARTIAL (judge.ts).
		// Before initials: R V COLLEGE OF ENGINEERING is RVCE, not R for RVCE.
		if (!y.business) return;
		for (const word of x.words.filter((w) => free(w) && !w.initial && !w.legal && !w.optional && /^[A-Z]{3,7}$/.test(w.text) && !GIVEN_NAMES.has(w.text) && !BUSINESS_WORDS.has(w.text))) {
			const run = lettersOf(word.text, y.words, free);
			if (run) put([word], run, 'initial');
		}
	});
	both((x, y, put) => {
		for (const word of x.words.filter((w) => free(w) && w.initial && !w.optional)) {
			if (!free(word)) continue; // taken with the initial before it (R. K. = RAMKUMAR)
			// Never a firm's word (GANESH S is not SRI GANESH SILKS), nor a generation (RAM SINGH I is not RAM SINGH II).
			const whole = closest(word, x, y, y.words.filter((w) => free(w) && !w.initial && !w.legal && !w.tail && !BUSINESS_WORDS.has(w.text) && !GENERATIONS.has(w.text) && startsWith(w, word.text)));
			const tail = whole && y.words[whole.index + 1];
			if (!whole) continue;
			const next = x.words[word.index + 1];
			const nextFree = next !== undefined && next.initial && !next.optional && free(next);
			if (!tail?.tail || !free(tail)) {
				// Two initials that Nepal writes for one name (B. K. = BISHWAKARMA): both stand for it.
				const lettered = nextFree && LETTERED_SHORT_FORMS.has(word.text + next.text) && letteredFor(word.text + next.text, whole);
				put(lettered ? [word, next] : [word], [whole], lettered ? 'short form' : 'initial');
				continue;
			}
			// The next initial may be the tail's (R. K. = RAMKUMAR, read as RAM KUMAR): both stand for the joined name, unless
			// another word may be its (B. R. KAMBLE is RAHUL BHIMRAO KAMBLE: B for the father's BHIMRAO, R for RAHUL).
			const anotherFor = (letter: string) => y.words.some((w) => w !== tail && free(w) && !w.initial && !w.optional && startsWith(w, letter));
			put(nextFree && startsWith(tail, next.text) && !anotherFor(next.text) ? [word, next] : [word], [whole, tail], 'initial');
		}
		for (const word of x.words.filter((w) => free(w) && w.letters)) {
			// A title read as initials must stand right before the name (MS DHONI), never for words elsewhere.
			// A person's initials (given names and initials only) never stand for a firm's word: MURUGAN S is not MURUGAN
			// STORES. A place's or a cut firm's may (GP KHEDLI, … RICE T for TRADERS).
			const persons = x.words.every((w) => w.optional || w.initial || w.letters || GIVEN_NAMES.has(w.text));
			const fits = persons ? (w: Word) => free(w) && !BUSINESS_WORDS.has(w.text) : free;
			const run = initialsRun(word, y.words, fits, word.optional ? frontOf(x, y, pairs) ?? -1 : undefined);
			if (run) put([word], run, 'initial');
		}
		// A two-letter initial of one word (Manipuri TH. = THOKCHOM, NG. = NINGTHOUJAM; Telugu CH. = a house name); SH. is Shri.
		for (const word of x.words.filter((w) => free(w) && w.letters && /^(?:[BCDGKPT]H|NG)$/.test(w.text))) {
			const stands = (w: Word) => w.text.startsWith(word.text) || (word.text === 'NG' && /^N[AEIOU]NG/.test(w.text));
			const whole = closest(word, x, y, y.words.filter((w) => free(w) && w.full && !w.legal && !w.optional && stands(w)));
			if (whole) put([word], [whole], 'initial');
		}
	});
	// Not missing: AND, OF …; a KUMAR, LAL or Kannada APPA written onto a given name (BHAVESHKUMAR, the Gujarati form of
	// BHAVESH; DHIRAJLAL; MAHADEVAPPA); SRI inside a business's name (UDUPI SRI KRISHNA BHAVAN).
	// A Malabar HAJI after the given name is an honorific too (ABDUL RAHIMAN HAJI); a Meitei girl's CHANU against a
	// married woman's DEVI is one woman (BEMBEM CHANU, BEMBEM DEVI).
	// So is a KUMAR after a man's name or a KUMARI after a woman's, as North and East India add or drop them (ROHIT
	// KUMAR SINGH, SUNITA KUMARI), unless the other name says the other (KUMAR / KUMARI).
	const said = (w: Word, name: Name, other: Name) =>
		FILLERS.has(w.text) ||
		relativesInitial(w, name) ||
		(w.tail && saidTail(w, name) && !againstOwn(w, name, other)) ||
		(name.business && HONORIFICS.has(w.text)) ||
		(free(w) && allPaired(other) && leftOut(w, name, other)) ||
		(!name.business && w.index > 0 && (w.text === 'HAJI' || w.text === 'HAJEE' || (fillerKumar(w, name, other) && !afterRelatives(w, name) && !againstOwn(w, name, other)) || (w.text === 'CHANU' && other.dropped.includes('DEVI'))));
	// A caste title, a MOHAMMAD, a co-operative's LIMITED … the other name leaves out (notMissing.ts), only when every
	// word of that name is paired or a title; read once a name, as pairing is over by now.
	const everyPaired = (name: Name) => name.words.every((x) => x.optional || !free(x));
	let pairedA: boolean | undefined;
	let pairedB: boolean | undefined;
	const allPaired = (other: Name) => (other === a ? (pairedA ??= everyPaired(a)) : (pairedB ??= everyPaired(b)));
	const leftOut = (w: Word, name: Name, other: Name) =>
		closingTitle(w, name, other) || openingMohammad(w, name) || openingShaikh(w, name) || cooperativesLimited(w, name) || hersInTheMiddle(w, name, other);
	// A KUMAR after a word the other name's relative gives is that relative's (SUNIL RAJ KUMAR SHARMA / … S/O RAJ KISHORE).
	const afterRelatives = (w: Word, name: Name) => pairs.some((p) => [...p.a, ...p.b].includes(name.words[w.index - 1]) && [...p.a, ...p.b].some((x) => x.family));
	// Nor one where the other name has a second name of its own after the same word (S ARUN KUMAR / S ARUN PRASAD).
	const againstOwn = (w: Word, name: Name, other: Name) => {
		const pair = pairs.find((p) => p.a.includes(name.words[w.index - 1]) || p.b.includes(name.words[w.index - 1]));
		const theirs = pair && (pair.a.includes(name.words[w.index - 1]) ? pair.b : pair.a);
		const next = theirs && other.words[theirs[theirs.length - 1].index + 1];
		return next !== undefined && free(next) && !next.optional && !next.initial && !FILLERS.has(next.text);
	};
	// Each free word read once: missing (rest) or set aside (aside), in its name's order.
	const sorted = (name: Name, other: Name): [Word[], Word[]] => {
		const [rest, aside]: [Word[], Word[]] = [[], []];
		for (const w of name.words) if (free(w) && !w.optional) (said(w, name, other) ? aside : rest).push(w);
		return [rest, aside];
	};
	const [[restA, asideA], [restB, asideB]] = [sorted(a, b), sorted(b, a)];
	return { pairs, restA, restB, aside: [...asideA, ...asideB] };
}

/** Where the other name's words paired with this name's first word begin (undefined if not paired yet). */
function frontOf(own: Name, other: Name, pairs: Pair[]): number | undefined {
	const first = own.words.find((w) => !w.optional);
	const pair = pairs.find((p) => p.a.includes(first as Word) || p.b.includes(first as Word));
	if (!pair) return undefined;
	const theirs = pair.a.includes(first as Word) ? pair.b : pair.a;
	return theirs.every((w) => other.words.includes(w)) ? Math.min(...theirs.map((w) => w.index)) : undefined;
}

export const isFiller = (word: Word) => word.filler;
/** Whether some word, or every word, of a pair's two sides is so (without building one list of them). */
export const anyWord = (pair: Pair, is: (word: Word) => boolean) => pair.a.some(is) || pair.b.some(is);
export const everyWord = (pair: Pair, is: (word: Word) => boolean) => pair.a.every(is) && pair.b.every(is);
/** A pair of words that count: not a legal form, nor a filler (AND). */
export const meaningful = (pair: Pair) => anyWord(pair, (w) => !w.legal && !isFiller(w));
/** A title on both sides (MRS / MRS.) is left out like a title on one side. */
export const titlesOnly = (pair: Pair) => pair.a.every((w) => w.optional) && pair.b.every((w) => w.optional);

/** The word-for-word pairs of one kind, each both ways round: this name's word, the other's, and their names. */
export function* wordPairsBothWays(a: Name, b: Name, pairs: Pair[], kind: PairKind): Generator<[Word, Word, Name, Name]> {
	for (const { a: [x], b: [y], kind: pairKind } of pairs) {
		if (pairKind !== kind || !x || !y) continue;
		yield [x, y, a, b];
		yield [y, x, b, a];
	}
}
