import { GIVEN_NAMES } from './givenNames';
import { joinSpokenDigits, numbersAsDigits, romansAsWords } from './numbers';
import { splitAddress, withoutNicknames, withoutNotes } from './notes';
import { bhaiCut, joinLetterRuns, personWords, wordsOf } from './textWords';
import { GENERATIONS, generationsAsRoman } from './generations';
import { titlesInFront, withoutTitlesInside } from './titlesInside';
import { spellingKey } from './spelling';
import { SAME_NAMES } from './spellings';
import { fromRelative, NAMED_APART, splitAtRelation } from './relative';
import { isTitle } from './titles';
import { TRADE_SURNAMES } from './trades';
import { isGivenNamePrefix, wordOf, type Word } from './word';
import { COOPERATIVE_WORDS, ORGANISATION_FORMS, SOCIETY_WORDS, TRANSLATIONS, withFormsAsOne, withOrganisationLetters } from './organisations';
import {
	ADDRESS_WORDS,
	BUSINESS_FORMS,
	BUSINESS_WORDS,
	FAMILY_TWICE,
	FIRM_WORDS,
	isBusinessWord,
	isWomansName,
	LEGAL_FORMS,
	MANS_AFTER_DEVI,
} from './words';

/** A name this long may have been cut at a bank's field width (30 to 40 characters): only then are letters with no vowel a cut. */
export const FIELD_WIDTH = 30;

export interface Name {
	words: Word[];
	business: boolean;
	/** What reading set aside, for the explanation (BHAI, S/O …). */
	dropped: string[];
	/** Characters of the name as the bank would store it, for telling a cut at a fixed width. */
	length: number;
	/** The relative's name after S/O, D/O, W/O, H/O, C/O or U/G, or the proprietor's after a firm's PROP, if any. */
	relative?: string;
	/** How the relative is related, as said: S/O, D/O, W/O, H/O, C/O, U/G, PROP, PARTNER, KARTA or B/O. */
	relation?: string;
	/** With a relative or an address: characters of the whole record, these included (a bank's cut falls in them). */
	recordLength?: number;
	/** The Gujarati form of address after the first name (KIRANBEN, KIRAN BHAI): BHAI for a man, BEN for a woman. */
	address?: string;
	/** The name that form of address is written after or onto (KIRAN). */
	addressed?: string;
	/** A business's place after a comma or in brackets at the end (SRI VINAYAGA FLOWER STALL, MYLAPORE): MYLAPORE; or an address's (… VILL RAMPUR). */
	place?: string;
	/** Words in brackets closing the name, set aside as a note (ASHOK HARDWARE (ASHOK MITTAL): ASHOK MITTAL). */
	note?: string;
	/** One word in brackets inside a person's name, set aside: what the holder is called (SIDDHARTH (SID) MALHOTRA: SID). */
	nickname?: string;
	/** Words written with a possessive 'S (DR. REDDY'S: REDDY), which the other name may write REDDYS. */
	possessives?: string[];
}

/** One or two words after the last comma, or in brackets, closing the name. */
const PLACE = /(?:,\s*|\(\s*)([A-Z]+(?:[\s.]+[A-Z]+)?)[\s.]*\)?\s*$/;
/** One word, a comma, then one to three words: a person's family name written first. */
const SURNAME_COMMA = /^\s*([A-Z]{2,})\s*,\s*([A-Z]+(?:[\s.]+[A-Z]+){0,2})[\s.]*$/;
/** Words in brackets, closing the name. */
const NOTE = /\([\s.]*([A-Z]+(?:[\s.]+[A-Z]+)*)[\s.]*\)\s*$/; // after (RETD.: (RETD. TAHSILDAR)
/** A place's word: not a business word or a legal form (, PVT LTD; (INDIA) is a legal form). */
const isPlaceWord = (word: string) => word.length >= 3 && !BUSINESS_WORDS.has(word) && !LEGAL_FORMS.has(BUSINESS_FORMS.get(word) ?? word) && !ORGANISATION_FORMS.has(word);

/** After a man's given name with its closing A (PRAMODA CHANDRA, SUDAMA CHARAN, JUGALA KISHORE): read.ts compares the name without the A too. */
const BEFORE_CLOSING_A = new Set(['KUMAR', 'CHANDRA', 'CHARAN', 'BIHARI', 'KISHORE', 'KISHOR']);
/** Short forms of those that a woman's name carries as often (`BEFORE_CLOSING_A` is not read after them). */
const AMBIGUOUS_AFTER = new Set(['CH', 'CHD', 'KU', 'KR']);

/** A firm's word as a short form (ASSN, SOCY): one set, built once, for readName's firmWord. */
const FIRM_FORMS = new Set([...ORGANISATION_FORMS].filter(([, full]) => FIRM_WORDS.has(full)).map(([form]) => form));
/** Every word firmWord may take, in one set: most words are none, and are told so by one look-up instead of three. */
const MAYBE_FIRM = new Set([...FIRM_WORDS, ...LEGAL_FORMS, ...FIRM_FORMS]);

/** Other spellings `word` is compared by too; a new array, since words of one text share theirs (word.ts). */
function addKeys(word: Word, ...spellings: string[]): void {
	word.keys = [...word.keys, ...spellings.map(spellingKey)];
}

/** A capital, small letters and a capital: words typed run together (KuldipAutoParts), or a name such as McDonald. */
const RUN_TOGETHER = /[A-Z][a-z]+[A-Z]/;

/**
 * A title the bank ran onto the name (SMTSUNITA DEVI, MRMRINAL DAS): no name starts with SMT, nor with MR and a consonant
 * (MRINAL, MRUNAL do not); not MR and S, which may be MRS (MRSURESH).
 */
const TITLE_RUN_ON = /\b(SMT|MR(?=[B-DF-HJ-NP-RTV-Z]))(?=[A-Z]{3})/g;

/** Whether `text` is printable ASCII only (no accents to take off): a loop over its codes, quicker than a pattern's call. */
function isPlainAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x20 || code > 0x7e) return false;
	}
	return true;
}

/**
 * A name as words: accents, case, punctuation, titles and forms of address set aside. `asBusiness`: a firm's name with
 * no firm's word left in it (the bank cut it off: index.ts).
 */
export function readName(name: string, asBusiness = false): Name {
	// Accents off (JOSÉ = JOSE); most names are plain ASCII and skip the costly normalising. Words typed run together with
	// a capital each (KuldipAutoParts) are words apart.
	const typed = isPlainAscii(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	let text = (RUN_TOGETHER.test(typed) ? typed.replace(/(?<=[A-Z][a-z]+)(?=[A-Z])/g, ' ') : typed).toUpperCase();
	const record = text;
	if (text.includes('SMT') || text.includes('MR')) text = text.replace(TITLE_RUN_ON, '$1 ');
	const dropped: string[] = [];
	// A person's title inside a name, after a firm's words, is its owner's: set aside where it stands, as the bank may
	// write it or not (… BHANDAR, MR TAPAS KUNDU; … MEDICAL HALL DR ASIT BARAN SEN). Not after a surname written first
	// (JOSHI, MR KIRAN is a man's: read below).
	text = withoutTitlesInside(text, dropped);
	const relation = splitAtRelation(text, dropped);
	text = titlesInFront(withFormsAsOne(relation.text, FIELD_WIDTH), FIELD_WIDTH);
	const { kin } = relation;
	// An address after the relative's name is no part of it, and its place is the holder's (SUSHILA W/O RAMKUMAR VILL AMARPURA).
	const [relative, relativesPlace] = relation.relative === undefined ? [undefined, undefined] : splitAddress(relation.relative, dropped, 1);
	let business = asBusiness || relation.messrs;
	// A generation closing the name written as an ordinal, a digit or after a hyphen (… 3RD, … REDDY 2, … SINGH-II) is … III, … II.
	text = generationsAsRoman(text);
	// A possessive is the name (MEERA'S MEHENDI ART is MEERA MEHENDI ART); D'SOUZA is one word.
	let possessives: string[] | undefined;
	if ((text.includes("'") || text.includes('’')) && /['’]S\b/.test(text)) {
		text = text.replace(/(?<=\b([A-Z]+))['’]S\b/g, (_: string, word: string) => ((possessives ??= []).push(word), ''));
	}
	// The letters stand for longer words: the record's length, where a bank cuts it, is the words' (… WELFARE ASSOCIATION SECTO).
	const spelledOut = text;
	text = withOrganisationLetters(text);
	const shortenedBy = text === spelledOut ? 0 : wordsOf(spelledOut).join(' ').length - wordsOf(text).join(' ').length;
	// A saint's honorific after the name: GOVIND DEV GIRI JI MAHARAJ.
	if (text.includes('MAHARAJ')) text = text.replace(/(?<=[A-Z])\s+(?:JI\s+MAHARAJ|MAHARAJ\s+JI)[\s.]*$/, (said: string) => (dropped.push(said.trim()), ' '));
	text = withoutNotes(text, dropped);
	// An address after the name is no part of it; its place is a person's too (SITA DEVI VILL RAMPUR / … VILL PIPRA).
	const [withoutAddress, addressPlace] = splitAddress(text, dropped);
	text = withoutAddress;
	// A place after a comma or in brackets closing a business's name; only a business's (GUPTA, SANJAY is a person's).
	// Each needs a comma or a bracket (the note below a bracket): most names have neither, and skip the patterns.
	const comma = text.includes(',');
	let placed = comma || text.includes('(') ? PLACE.exec(text)?.[1] : undefined;
	// A person's family name first, then a comma (KUMAR, JITENDRA; GUPTA, SANJAY): the name in its usual order.
	const commaFirst = comma ? SURNAME_COMMA.exec(text) : null;
	// A generation stays last (MATHAI, ABRAHAM IV is ABRAHAM MATHAI IV).
	if (commaFirst && ![...wordsOf(commaFirst[1]), ...wordsOf(commaFirst[2])].some(isBusinessWord)) {
		const given = wordsOf(commaFirst[2]);
		const generation = given.length > 1 && (GENERATIONS.has(given[given.length - 1]) || given[given.length - 1] === 'IV') ? given.pop() : undefined;
		[text, placed] = [[...given, commaFirst[1], generation ?? ''].join(' '), undefined];
	}
	// A word in brackets inside a name is what the holder is called (SIDDHARTH (SID) MALHOTRA); not a legal form (INDIA).
	const beforeNicknames = dropped.length;
	text = withoutNicknames(text, dropped);
	// At most one word is wanted from it (placeInside, below): not a new array for every name.
	const bracketed = dropped.length - beforeNicknames === 1 ? dropped[beforeNicknames] : undefined;
	// Words in brackets closing a person's name say what or where the holder is: (HARVESTING GANG MUKADAM), (NAMCHI).
	const noted = text.includes('(') ? NOTE.exec(text)?.[1] : undefined;
	text = numbersAsDigits(text);
	const written = joinSpokenDigits(joinLetterRuns(wordsOf(text)));
	// SEC before a number is a sector (SEC 19), not SECONDARY.
	let texts = written.map((word, i) => {
		const next = written[i + 1] ?? '';
		// DOCTOR in front of a clinic's name is the title DR (DOCTOR SHARMA CLINIC); in a person's, a Parsi surname as
		// often, written first at the bank (DOCTOR CYRUS JEHANGIR).
		const text = word === 'P' && (next === 'LTD' || next === 'LIMITED') ? 'PRIVATE' : i === 0 && word === 'DOCTOR' && written.some(isBusinessWord) ? 'DR' : BUSINESS_FORMS.get(word) ?? word;
		return text === 'SEC' && next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57 ? 'SECTOR' : text;
	});
	// A firm's short form after a word makes a firm too (KARWAR TAXI ASSN); not first (MUNI NARAYANAPPA) nor a given name.
	const firmWord = (word: string, i: number) =>
		MAYBE_FIRM.has(word) &&
		(FIRM_WORDS.has(word) ||
			(LEGAL_FORMS.has(word) && word !== 'INDIA') ||
			(i > 0 && word.length >= 3 && FIRM_FORMS.has(word) && !GIVEN_NAMES.has(word)));
	const noteCount = noted === undefined || business ? 0 : wordsOf(noted).length;
	const named = noteCount > 0 ? texts.slice(0, -noteCount) : texts;
	const note = noteCount > 0 ? texts.slice(-noteCount) : [];
	// Not a firm's words around it, not a legal form (KUMAR (HUF)) nor a generation (JR) in it.
	const isNote = noteCount > 0 && named.length > 0 && !named.some(firmWord) && !note.some((w) => LEGAL_FORMS.has(w) || GENERATIONS.has(w));
	if (isNote) dropped.push(note.join(' '));
	// A note of one word may be the other name's word too (a house name: JOSE THOMAS (KALATHIL)); a longer one is a role or a
	// relation (GUARDIAN OF VAISHALI), and a given name another person's: their words are no part of the holder's name.
	const houseNote = isNote && noteCount === 1 && !GIVEN_NAMES.has(note[0]);
	if (isNote && !houseNote) {
		written.splice(-noteCount);
		texts.splice(-noteCount);
	}
	// A trade that is a Parsi or Bohra family name (MERCHANT, ENGINEER, CONTRACTOR) closing a person's given names is
	// a surname (HUSSAIN ABBAS MERCHANT), when no other word is a firm's.
	const own = isNote ? named : texts;
	const surnamedByTrade = own.length >= 3 && TRADE_SURNAMES.has(own[own.length - 1]) && own.slice(0, -1).some((w) => GIVEN_NAMES.has(w)) && !own.slice(0, -1).some(firmWord);
	business ||= !surnamedByTrade && own.some(firmWord);
	if (business) {
		texts = texts.map((word, i) => {
			// A village's BK (BUDRUK) is a co-operative's BANK after its SAHAKARI (… VYAPARI SAHAKARI BK).
			if (word === 'BK' && COOPERATIVE_WORDS.has(texts[i - 1] ?? '')) return 'BANK';
			const full = ORGANISATION_FORMS.get(word);
			return full === undefined ? word : BUSINESS_FORMS.get(full) ?? full;
		});
		romansAsWords(texts, written, FIELD_WIDTH);
	}

	const placeWords = placed === undefined ? [] : wordsOf(placed);
	const place = business && placeWords.length > 0 && placeWords.length < texts.length && placeWords.every(isPlaceWord) ? placeWords.join(' ') : undefined;
	if (place !== undefined) dropped.push(place);
	// A word in brackets inside a business's name is its place (VASNA (BORSAD) DUDH UTPADAK SAHAKARI MANDALI): two that
	// differ are two bodies, as places closing the name are.
	const placeInside = business && place === undefined && bracketed !== undefined && isPlaceWord(bracketed) ? bracketed : undefined;
	// A one-word note's or a place's words may pair with the other name's, and are never missing.
	const asideFrom = texts.length - (houseNote ? 1 : place !== undefined ? placeWords.length : 0);
	let start = 0;
	// And an AND between two ranks (SUB MAJ & HONY CAPT AJIT SINGH).
	const titleAt = (i: number) => isTitle(texts, i) || (texts[i] === 'AND' && i > 0 && isTitle(texts, i + 1));
	while (start < texts.length - 1 && (titleAt(start) || (business && texts[start] === 'THE'))) start++;
	// As the bank would store it: the words, one space apart (at its width, the last word may be cut: pair.ts).
	const length = written.reduce((sum, word) => sum + word.length + 1, -1) + Math.max(0, shortenedBy);
	const words: Word[] = [];
	let address: string | undefined;
	let addressed: string | undefined;
	// An HUF's name is its karta's, read as a person's (RAJESHBHAI BOPALIYA HUF is RAJESH BOPALIYA's). Its test holds for a
	// name with no firm's word at all, so not for one read as a firm's for want of it (asBusiness).
	const karta = business && !asBusiness && own.filter(firmWord).every((w) => w === 'HUF');
	for (let i = 0; i < texts.length; i++) {
		if (i < start || (business && !(karta && texts[i] !== 'HUF')) || i >= asideFrom) words.push(wordOf(written[i], texts[i], i < start || i >= asideFrom, words.length));
		else {
			const before = dropped.length;
			// A DEVI before a man's second part, after a family name written first, is his given name's (KUKRETI DEVI PRASAD is
			// Devi Prasad Kukreti), not a woman's word (RENUKA DEVI PRASAD is Renuka Devi).
			const mansDevi = texts[i] === 'DEVI' && i === start + 1 && MANS_AFTER_DEVI.test(texts[i + 1] ?? '') && !GIVEN_NAMES.has(texts[start]) && !isWomansName(texts[start]);
			// The record's last word may be a joined BHAI the bank cut at its width (textWords.ts bhaiCut).
			const cut = i === texts.length - 1 && relative === undefined ? bhaiCut(texts[i]) : texts[i];
			const parts = personWords(cut !== texts[i] && length >= FIELD_WIDTH ? cut : texts[i], i > start && !mansDevi, dropped);
			for (const part of parts) words.push(wordOf(part, part, false, words.length));
			if (parts.length === 2) words[words.length - 1].tail = true;
			// A name before RAO or APPA is written with or without its A: BHIMRAO = BHIMARAO, VEERABHADRAPPA = VEERABHADRA.
			if ((parts[1] === 'RAO' || parts[1] === 'APPA') && !parts[0].endsWith('A')) addKeys(words[words.length - 2], `${parts[0]}A`);
			// A listed spelling of the whole word has the listed one's name before the tail: CHENNAPPA (= CHANNAPPA) is CHANN APPA.
			const listed = parts.length === 2 ? SAME_NAMES.get(texts[i]) : undefined;
			if (listed !== undefined && listed !== texts[i] && listed.endsWith(parts[1])) addKeys(words[words.length - 2], listed.slice(0, -parts[1].length));
			// So is a man's name before a joined BHAI: BHIMBHAI = BHIMABHAI, JIVBHAI = JIVABHAI. A Tamil woman's joined
			// AMMAL is the AMMA of her name too: MUNIAMMAL is MUNI and MUNIAMMA.
			const name = parts.length === 1 && texts[i] !== parts[0] ? words[words.length - 1] : undefined;
			if (name && dropped[before] === 'BHAI' && name.text.length >= 3) addKeys(name, name.text.endsWith('A') ? name.text.slice(0, -1) : `${name.text}A`);
			if (name && (dropped[before] === 'BHAI' || dropped[before] === 'BEN')) name.addressed = true;
			if (name && dropped[before] === 'AMMAL') {
				addKeys(name, `${name.text}AMMA`);
				name.ammal = true;
			}
			// An AMMA or AMMAL of its own is the name's too: LAKSHMI AMMA = LAKSHMIAMMA, KAMALA AMMAL = KAMALAMMAL.
			const named = parts.length === 0 && (dropped[before] === 'AMMA' || dropped[before] === 'AMMAL') ? words[words.length - 1] : undefined;
			// Written on, a closing vowel or M runs into it: PARVATHI AMMAL = PARVATHAMMAL, SORNAM AMMAL = SORNAMMAL.
			if (named) addKeys(named, `${named.text}AMMA`, named.text.replace(/[AEIOU]$|(?<=M)$/, (end: string) => (end ? 'AMMA' : 'MA')));
			// Joined to the first name (KIRANBEN), or a word of its own right after it (KIRAN BEN), or to the second after a
			// family name the bank writes first (THAKKAR MANISHABEN); not the father's (KANJIBHAI).
			const second = i === start + 1 && dropped.length > before && (ADDRESS_WORDS.includes(texts[i]) || !(GIVEN_NAMES.has(texts[start]) || isWomansName(texts[start])));
			if (dropped.length > before && (i === start || second) && address === undefined) {
				address = dropped[before];
				addressed = parts[0] ?? texts[i - 1];
			}
		}
	}
	// Odia and Bengali write a man's given name with a closing A before KUMAR, CHANDRA, CHARAN or BIHARI (BIJAYA KUMAR,
	// PRAMODA CHANDRA, SUDAMA CHARAN, BIPINA BIHARI): it is compared without it too (KUMAR says a man: VIJAYA KUMAR is a
	// man's name where VIJAYA alone is a woman's).
	if (!business) {
		for (let i = 0; i + 1 < words.length; i++) {
			const word = words[i];
			// Not a woman's -ITA; nor before a short form: a CH. is a Garo clan's too (MARTINA CH. MARAK is no MARTIN CH.
			// MARAK), a KR or an Odia KU. her KUMARI as often (ANILA KU. GUPTA is no ANIL KUMAR GUPTA, BIMALA KR BOSE no
			// BIMAL KR BOSE): after those a woman's name stays a woman's, and BIJAYA KR against BIJAY KUMAR is left to a person.
			const next = words[i + 1];
			if (word.text.length >= 5 && BEFORE_CLOSING_A.has(next.spelled) && !AMBIGUOUS_AFTER.has(next.text) && /[^AEIOU]A$/.test(word.text) && !word.text.endsWith('ITA')) addKeys(word, word.text.slice(0, -1));
		}
	} else {
		// A public body's Hindi words are its English ones too (RAJKIYA PRATHMIK VIDYALAYA = GOVT PRIMARY SCHOOL); as keys,
		// so that its letters stay its own (KV is KENDRIYA VIDYALAYA).
		const cooperative = words.some((w) => COOPERATIVE_WORDS.has(w.text));
		for (const [i, word] of words.entries()) {
			const said = TRANSLATIONS.get(word.text);
			if (said && (word.text !== 'NAGAR' || /^(?:PARISHAD|NIGAM|PALIKA|PANCHAYAT)$/.test(words[i + 1]?.text ?? ''))) addKeys(word, ...said);
			if (cooperative && SOCIETY_WORDS.has(word.text)) addKeys(word, 'SOCIETY');
		}
	}
	// A closing INDIA ("(INDIA) PVT LTD") is a legal form; in NEW INDIA AGENCIES it is a name.
	// A Marathi Muslim's family name written again before the father's (SHAIKH JAFFAR SHAIKH USMAN, SK YUSUF SK ISMAIL):
	// once is enough, the second is set aside.
	if (!business && words.length >= 4 && FAMILY_TWICE.has(words[0].text)) {
		for (const word of words.slice(2, -1)) if (word.text === words[0].text) word.optional = true;
	}
	for (const word of words) if (word.text === 'INDIA') word.legal = words.slice(word.index + 1).every((next) => LEGAL_FORMS.has(next.text));
	for (const [text, from] of relative === undefined || NAMED_APART.has(kin ?? '') ? [] : fromRelative(relative)) {
		const word = wordOf(text, text, true, words.length);
		word.family = from;
		// The initial is not a title's letters that may stand for the other name's first words (MS DHONI).
		if (from === 'initial') word.letters = false;
		// Nor a relative's MOHAMMAD when the holder's name has its own in any spelling: the relative's would take that one
		// from the MOHAMMAD it stands for (MOHAMMAD SHAKEEL S/O MOHD SHAFIQ / MOHD SHAKIL S/O MOHD SHAFIK).
		if (!words.some((w) => w.text === text || (isGivenNamePrefix(w) && isGivenNamePrefix(word)))) words.push(word);
	}
	// One shape for every name, as for every word (word.ts).
	const related = relative !== undefined && relative !== '';
	const notes = isNote ? note.join(' ') : undefined;
	const recordLength = related || addressPlace !== undefined ? wordsOf(record).join(' ').length : undefined;
	return { words, business, dropped, length, relative: related ? relative : undefined, relation: related ? kin : undefined, recordLength, address: address || undefined, addressed, place: place || placeInside || addressPlace || relativesPlace, note: notes, nickname: business ? undefined : bracketed, possessives };
}
