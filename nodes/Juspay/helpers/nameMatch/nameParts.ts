/**
 * A given name called by one of its parts (pair.ts): a Mizo name by its last part, a Bengali or Odia man's by its
 * first. One holder as often as not, so a person looks: judge.ts holds either at PARTIAL.
 */
import { GIVEN_NAMES } from './givenNames';
import type { Free, Put } from './pair';
import type { Name } from './read';
import { MIZO_GIVEN } from './spelling';
import type { Word } from './word';
import { GIVEN_NAME_ENDINGS, isWomansName, WOMENS_MARKS } from './words';

/** What a given name called by its first part leaves out (SUREN-DRA, BISWA-NATH, BHUBAN-ESWAR, SADA-NANDA, MURALI-DHAR). */
const FIRST_PART_ENDINGS = new Set(['DRA', 'NATH', 'ESWAR', 'ESHWAR', 'NANDA', 'CHANDRA', 'DHAR']);
/** A woman's words a name may set aside (KASHIBAI, LILA DEVI): no man's name called by its first part. */
const HER_WORDS = new Set(['BAI', 'BEN', 'DEVI', 'KUMARI', 'KAUR', 'BIBI', 'BEGUM', 'AMMAL', 'AMMA']);

/** A Mizo given name called by its last part (ZOTHANPUIA as PUIA, LALRINMAWIA as RINMAWIA or MAWIA; LALRINPUIA is PUIA too). */
export function byLastPart(x: Name, y: Name, put: Put, free: Free): void {
	for (const word of x.words.filter((w) => free(w) && !w.optional && !w.initial && w.text.length >= 4)) {
		const whole = y.words.find((w) => w.text.length > word.text.length && w.text.endsWith(word.text) && free(w) && MIZO_GIVEN.test(w.text));
		if (whole) put([word], [whole], 'last part');
	}
}

/**
 * A Bengali or Odia given name called by its first part (SUREN for SURENDRA, BISWA for BISWANATH, SADA for SADANANDA).
 * Only before an ending such names are made with, a man's name only (VIDYA and KASHIBAI are no VIDYADHAR and KASHINATH),
 * and not a word with a second part of its own (GANGA PRASAD, BHOLA PRASAD, NABA KUMAR are no GANGADHAR, BHOLANATH,
 * NABACHANDRA).
 */
export function byFirstPart(x: Name, y: Name, put: Put, free: Free): void {
	if (x.business || y.business || hers(x) || hers(y)) return;
	for (const word of x.words.filter((w) => free(w) && !w.optional && !w.initial && w.text.length >= 4 && alone(x, w) && !isWomansName(w.text))) {
		const whole = y.words.find((w) => free(w) && !w.optional && w.text.startsWith(word.text) && FIRST_PART_ENDINGS.has(w.text.slice(word.text.length)) && y.words[w.index + 1]?.tail !== true);
		if (whole) put([word], [whole], 'first part');
	}
}

/** Whether a word stands as the whole given name: last, or before a word that is no name or second part of one. */
function alone(name: Name, word: Word): boolean {
	const next = name.words[word.index + 1];
	return next === undefined || (!next.tail && !GIVEN_NAME_ENDINGS.has(next.text) && !GIVEN_NAMES.has(next.text));
}

const hers = (name: Name) => name.words.some((w) => w.optional && WOMENS_MARKS.has(w.text)) || name.dropped.some((said) => WOMENS_MARKS.has(said) || HER_WORDS.has(said));
