/**
 * Words written joined on one side and apart on the other (RAVI SHANKAR = RAVISHANKAR, CO OP = COOPERATIVE): pair.ts
 * asks here for the run of the other name's words that one word stands for.
 */
import { closingARunInto, coinedApart } from './coined';
import { areDistinctNames, startsWithOtherName } from './distinctNames';
import { notTheTwoWords } from './englishWords';
import { GIVEN_NAMES } from './givenNames';
import type { Free, Put } from './pair';
import { SAME_NAMES } from './spellings';
import type { Name } from './read';
import { betweenWords, keysOf, type Word } from './word';
import { BUSINESS_FORMS, MANS_AFTER_DEVI } from './words';

/** The most words one word may stand for. */
const JOINED_MAX = 6;

/**
 * Two to four adjacent free words of the other name that, written together, are `word` (RAVI SHANKAR = RAVISHANKAR). In a
 * firm's name (`firm`) not when `word` starts with a town or name listed apart from the run's first (KANPUR AGRA is no
 * KHANPURAGRA); in a person's such a start is the compound's spelling as often (DANA LAKSHMI = DHANALAKSHMI).
 */
function joinedRun(word: Word, free: Word[], firm: boolean): Word[] | undefined {
	for (let start = 0; start < free.length; start++) {
		let text = free[start].text;
		// As written too: INFRA PROJECTS = INFRAPROJECTS, though INFRA is compared as INFRASTRUCTURE.
		let written = free[start].written;
		// And with a short form written out (RAM CH = RAMCHANDRA) or a listed spelling (JYOTI PRAKASHA = JYOTIPRAKASH).
		let full = free[start].spelled;
		// A run with a short form is compared written out only: SUDHA KR is SUDHA KUMAR, no SUDHAKAR.
		let short = free[start].short;
		// Nor when the run's first word and the word's start are names listed apart (MARY MUTHU is not the Tamil MARIMUTHU),
		// unless the run is a listed spelling of the word (MARY ANN = MARIANNE).
		// Read only when a run's spelling matches (most runs do not).
		let startsApart: boolean | undefined;
		const spelt = (joined: string) =>
			keysOf(joined).some((key) => word.keys.includes(key)) && !areDistinctNames(joined, word.text) && (!(startsApart ??= areDistinctNames(free[start].text, word.text.slice(0, free[start].text.length)) || (firm && startsWithOtherName(word.text, free[start].text))) || SAME_NAMES.get(joined) === word.spelled);
		for (let end = start + 1; end < free.length && end - start < JOINED_MAX; end++) {
			if (free[end].index !== free[end - 1].index + 1) break;
			text += free[end].text;
			written += free[end].written;
			full += free[end].spelled;
			short ||= free[end].short;
			// Spellings differ in length (LAXMI / LAKSHMI), so only a run far longer than the word stops the search (as
			// written too: COT FAB, read as COT FABRICATION, is COTFAB).
			if (Math.min(text.length, written.length) > 2 * word.text.length) break;
			// A short form written apart too: CO OP = COOP = COOPERATIVE.
			const matches = text === word.text || written === word.written || BUSINESS_FORMS.get(written) === word.text;
			if (matches || (word.full && ((!short && spelt(text)) || (full !== text && spelt(full))))) return free.slice(start, end + 1);
		}
	}
	return undefined;
}

/** The close of a given name of two (MOHAN LAL, RATAN CHAND): written onto the name or after it, it is the given name's. */
const CLOSES_GIVEN_NAME = new Set(['LAL', 'CHAND', 'PRASAD', 'KUMAR', 'SINGH']);
/** But for a family name that starts with one and is written both ways: Odisha's and Chhattisgarh's SINGH DEO. */
const STARTS_WITH_ONE = new Set(['SINGHDEO', 'SINGHDEV']);

/**
 * A run of a person's words that starts with the close of a given name (LAL written onto MOHAN, or after RATAN) is not
 * their surname written joined: MOHANLAL WANI and RATAN LAL WANI are no MOHAN LALWANI. Nor is a title before a man's
 * DEVI PRASAD (titleBeforeMansDevi).
 */
export function outOfItsName(run: Word[] | undefined, name: Name, word: Word, of: Name): Word[] | undefined {
	if (run !== undefined && titleBeforeMansDevi(run, name)) return undefined;
	if (run === undefined || name.business || word.index !== of.words.length - 1 || !CLOSES_GIVEN_NAME.has(run[0].text) || STARTS_WITH_ONE.has(word.text)) return run;
	const before = name.words[run[0].index - 1];
	return run[0].tail === true || (before !== undefined && before.full && !before.optional) ? undefined : run;
}

/** A SRI or SHRI before a man's DEVI PRASAD, DEVI LAL …: not surely a woman's SRIDEVI (SHRI DEVI PRASAD is Mr Devi Prasad as often). */
const titleBeforeMansDevi = (run: Word[], name: Name) =>
	run.length === 2 && (run[0].optional || run[0].keys[0] === 'SRI') && run[1].text === 'DEVI' && MANS_AFTER_DEVI.test(name.words[run[1].index + 1]?.text ?? '');

/**
 * Whether a person's run may be written as one word: a word of more than one letter in it (R A M is three initials, not
 * RAM), and no lone letter that would be a sound of the name: one in front of a vowel (K ARUN for KARUN), a vowel
 * closing it (ANKIT A for ANKITA), or one between words. An initial the bank wrote onto the name stays one (KVENKATA
 * RAMANA, RAMESHK; D SOUZA, its apostrophe left out).
 */
export const spokenRun = (run: Word[]) => run.some((w) => w.text.length > 1) && run.every((w) => initialJoined(w, run));

/**
 * A lone letter in front of a name that with it is a given name of its own (P REMA is no PREMA, K AMAL no KAMAL), or
 * that sounds a syllable with it (a vowel, or a letter before a vowel: A VANI is no AVANI, S AJITH no SAJITH): another
 * person's initial before that person's name; so after it (below). SRAJESH is S RAJESH, OBRIEN O BRIEN, ERICKSHAW E
 * RICKSHAW.
 */
/** Whether the run is another person's name that, joined, reads as `word` (below). */
const anotherPersons = (run: Word[], word: Word) => initialMakesName(run, word) || readsOtherwise(word, run);

function initialMakesName(run: Word[], word: Word): boolean {
	if (run.length !== 2) return false;
	const [first, last] = run;
	const givenName = GIVEN_NAMES.has(word.text) || GIVEN_NAMES.has(word.spelled);
	// After the name, an initial that makes a given name with it (RAJA N is no RAJAN, UMA R no UMAR), or that closes a
	// syllable with a given name that ends in a vowel (NEHA L is no NEHAL, SHOBHA N no SHOBHAN). RAMESHK is RAMESH K.
	if (first.text.length >= 3 && last.text.length === 1) return givenName || ('AEIOU'.includes(first.text[first.text.length - 1]) && !'AEIOU'.includes(last.text) && GIVEN_NAMES.has(first.text));
	if (first.text.length !== 1 || last.text.length < 3) return false;
	const sounded = 'AEIOU'.includes(first.text) || 'AEIOU'.includes(last.text[0]);
	return givenName || (sounded && GIVEN_NAMES.has(last.text));
}

function initialJoined(w: Word, run: Word[]): boolean {
	if (w.text.length > 1) return true;
	const at = run.indexOf(w);
	if (at === 0) return !'AEIOU'.includes(run[1].text[0]);
	// A second initial in front, after the first, before a name (KSRAMESH is K S RAMESH).
	if (at === 1 && run[0].text.length === 1 && run.length === 3 && run[2].text.length > 2) return !'AEIOU'.includes(run[2].text[0]);
	return at === run.length - 1 && !'AEIOU'.includes(w.text);
}

/**
 * A word that reads as two given names where one of the run's has lost or gained consonants where the two meet
 * (HARISHANKAR is HARI SHANKAR, not surely HARISH SHANKAR; RAMESHUMESH is RAMESH UMESH, not RAMESH SUMESH): not the run
 * joined. A vowel there reads alike (RAMBABU, RAMA BABU; VIJAYALAXMI, VIJAY LAXMI).
 */
function readsOtherwise(word: Word, run: Word[]): boolean {
	if (run.length !== 2 || run[0].text.length < 3 || run[1].text.length < 3) return false;
	const same = (part: string, w: Word) => part === w.text || keysOf(part).some((key) => w.keys.includes(key));
	for (let at = 3; at <= word.text.length - 3; at++) {
		const [first, second] = [word.text.slice(0, at), word.text.slice(at)];
		if (!GIVEN_NAMES.has(first) || !GIVEN_NAMES.has(second)) continue;
		if (same(first, run[0]) && !same(second, run[1]) && consonantsAdded(second, run[1].text, 'in front')) return true;
		if (same(second, run[1]) && !same(first, run[0]) && consonantsAdded(first, run[0].text, 'closing')) return true;
	}
	return false;
}

/** Whether one word is the other with letters in front of it or closing it, a consonant among them (SUMESH / UMESH, HARISH / HARI). */
function consonantsAdded(x: string, y: string, where: 'in front' | 'closing'): boolean {
	const [long, short] = x.length > y.length ? [x, y] : [y, x];
	if (long.length === short.length || !(where === 'in front' ? long.endsWith(short) : long.startsWith(short))) return false;
	return /[^AEIOU]/.test(where === 'in front' ? long.slice(0, -short.length) : long.slice(short.length));
}

/**
 * Titles always written apart: never the start of a name joined. Tamil's Mr (THIRU MURUGAN is Mr Murugan; THIRUMURUGAN a
 * name of its own), Telugu's CHI for a boy (CHI RANJIT is no CHIRANJIT), Marathi's and Telugu's SOW, SOU, SAU for a
 * married woman (SOW BHAGYA is no SOWBHAGYA), a doctor's DR (DR ISHTI is no DRISHTI), Shri's SH (SH AMEER is no
 * SHAMEER); in front or as a title only (LIANG CHI MING is LIANG CHIMING).
 */
const TITLES_APART = new Set(['THIRU', 'TIRU', 'CHI', 'SOW', 'SOU', 'SAU', 'DR', 'SH']);

/** Shri's forms, a title and a given name's start alike (SRI NIVAS = SRINIVAS): as a word, and opening a word. */
const SHRI_FORMS = new Set(['SHRI', 'SHREE', 'SRI', 'SREE']);
const SHRI = /^(?:SHRI|SHREE|SRI|SREE)/;

/** SHRI written onto a name that is not the rest of the word: SHRI NATHU is no SRINATH (NATHU is a name, NATH a part). */
function shriOntoAnother(run: Word[], word: Word): boolean {
	if (run.length < 2 || !SHRI_FORMS.has(run[0].text)) return false;
	// As written too: a firm's TEX is read as TEXTILES (SHREE TEX = SHREETEX).
	const rest = run.slice(1);
	const restKeys = [...keysOf(rest.map((w) => w.text).join('')), ...keysOf(rest.map((w) => w.written).join(''))];
	return !keysOf(word.written.replace(SHRI, '')).some((key) => restKeys.includes(key));
}

/** A word of one name written as a run of the other's, joined (RAVISHANKAR = RAVI SHANKAR), or its letters (RK = R K) (pair.ts). */
export function byJoinedWords(x: Name, y: Name, put: Put, free: Free): void {
	// Initials too: RK = R. K., KV = K. V.
	for (const word of x.words.filter((w) => free(w) && !w.family && (w.text.length >= 3 || w.letters))) {
		// Not with a word taken from a relative (RADHA W/O KRISHNAN is not RADHAKRISHNAN).
		const run = outOfItsName(joinedRun(word, y.words.filter((w) => free(w) && !w.family), x.business || y.business), y, word, x);
		// A person's run as spokenRun (below) allows (K ARUN is no KARUN); a firm's too (C S I is CSI), but its letters apart are
		// its owner's initials (K R ELECTRICALS is no KUMAR ELECTRICALS); three or more that spell the word are a body's, dotted
		// (I.I.T. for IIT), but a given name's are initials (R A M is no RAM).
		const runLetters = run !== undefined && run.every((w) => w.text.length === 1) ? run.map((w) => w.text).join('') : undefined;
		const spelledLetters = runLetters !== undefined && ![word.text, word.written].includes(runLetters) && !word.letters;
		const dotted = runLetters === word.text && runLetters.length >= 3 && !GIVEN_NAMES.has(word.text);
		// A firm's lone N between two words is its & (RAM N SONS is no RAMAN SONS; K G N is letters).
		const firmsAnd = y.business && run?.some((w) => w.text === 'N' && betweenWords(y, w));
		// Nor two English words that the one is not (CAR PET is no CARPET), nor a firm's two coined words (coined.ts), but for a
		// closing A run into a firm's word, which may be the same firm's (JAYAGENCIES / JAYA AGENCIES: a person looks).
		const runWritten = run?.map((w) => w.written).join('') ?? '';
		const coined = run !== undefined && coinedApart(word.written, runWritten, x.business || y.business);
		const oneA = coined && closingARunInto(word.written, runWritten);
		if (run && !firmsAnd && !(TITLES_APART.has(run[0].text) && (run[0].optional || run[0].index === 0)) && !shriOntoAnother(run, word) && !notTheTwoWords(word.text, run) && (!coined || oneA) && !anotherPersons(run, word) && (word.letters || ((x.business || y.business) && !spelledLetters) || spokenRun(run) || dotted)) put([word], run, oneA ? 'one A' : 'joined');
		// With the tail read off it (GURUSIDDAPPA, read as GURUSIDD APPA, is GURU SIDDAPPA).
		const tail = run ? undefined : x.words[word.index + 1];
		if (!tail?.tail || !free(tail) || !free(word)) continue;
		const whole = { ...word, text: word.text + tail.text, written: word.written + tail.written, keys: keysOf(word.text + tail.text) };
		const tailed = outOfItsName(joinedRun(whole, y.words.filter((w) => free(w) && !w.family), x.business || y.business), y, tail, x);
		if (tailed && spokenRun(tailed)) put([word, tail], tailed, 'joined');
	}
}

/** A woman's word a short name is written with, joined or apart (RAMDEI, RAM DEI). */
const WOMANS_JOINED = ['DEVI', 'DEBI', 'DEI'];
const JOINED_WOMANS = new RegExp(`^([A-Z]{3,4})(${WOMANS_JOINED.join('|')})$`);

/**
 * A short name with DEVI, Bengali's DEBI or Odia's and Awadhi's DEI joined on one side (UMADEVI, RAMDEI: read whole)
 * and apart on the other (UMA DEVI, RAM DEI, the word set aside as a woman's): one name.
 */
export function byWomansWordJoined(x: Name, y: Name, put: Put, free: Free): void {
	if (!y.dropped.some((word) => WOMANS_JOINED.includes(word))) return;
	for (const word of x.words) {
		const [, short, woman] = (free(word) && JOINED_WOMANS.exec(word.text)) || [];
		const given = woman !== undefined && y.dropped.includes(woman) && y.words.find((w) => free(w) && w.text === short);
		if (given) put([given], [word], 'joined');
	}
}
