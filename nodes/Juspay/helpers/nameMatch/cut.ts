/**
 * A name's last word the bank cut at its field's width (… HOSPITAL P for PVT LTD, … PREMCH for PREMCHAND, … ALMOND E for
 * EXPORTERS): pair.ts asks here which word of the other name it is the start of.
 */
import type { Free, Put } from './pair';
import { FIELD_WIDTH, type Name } from './read';
import { addressCutOff } from './textWords';
import type { Word } from './word';
import { BUSINESS_WORDS, LEGAL_SHORT_FORMS } from './words';

/** A bank stores a name in a fixed width; only a name this long may have been cut. */
const CUT_FROM = 15;
/** Forms of address a bank's cut may leave the first letters of, joined to a name (… PURUSHOTTAMB, … HANSABE). */
const ADDRESSES_CUT = ['BHAI', 'BEN'];

/** The last word of `x`, cut by the bank, paired with the whole word of `y` it is the start of. */
export function byCut(x: Name, y: Name, put: Put, free: Free): void {
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
	// A firm's word cut to its first letter at a bank's width (… ALMOND E for EXPORTERS) too: never a name's. Also when the cut
	// name reads as a person's for want of that word, if the letter is a vowel (… CULTURAL A for ASSOCIATION): a consonant is
	// read as initials later (… AND S for SONS).
	const firmWord = (w: Word) => (x.business || (y.business && !last.letters)) && x.length >= FIELD_WIDTH && BUSINESS_WORDS.has(w.text);
	const whole = y.words.find((w) => free(w) && cutFrom(w) && (!initials || w.legal || firmWord(w)));
	// Legal forms after the cut word went with it.
	const after = whole ? y.words.filter((w) => free(w) && w.index > whole.index && w.legal) : [];
	if (whole) put([last], [whole, ...(joinedCut(whole) ? [tailOf(whole) as Word] : []), ...after], 'cut');
	// The bank's cut left a word read as a name and its CHAND (… BHAGCHAND of BHAGCHANDANI): the two, as written, are the cut.
	const head = !whole && last.tail && x.length >= FIELD_WIDTH ? x.words[last.index - 1] : undefined;
	const joined = head && free(head) ? `${head.text}${last.text}` : '';
	const longer = joined && y.words.find((w) => free(w) && w.full && w.text.length > joined.length && w.text.startsWith(joined));
	if (head && longer) put([head, last], [longer], 'cut');
}
