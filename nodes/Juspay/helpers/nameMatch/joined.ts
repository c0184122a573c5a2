/**
 * Words written joined on one side and apart on the other (RAVI SHANKAR = RAVISHANKAR, CO OP = COOPERATIVE): pair.ts
 * asks here for the run of the other name's words that one word stands for.
 */
import { areDistinctNames } from './distinctNames';
import { SAME_NAMES } from './spellings';
import { keysOf, type Word } from './word';
import { BUSINESS_FORMS } from './words';

/** The most words one word may stand for. */
const JOINED_MAX = 4;

/** Two to four adjacent free words of the other name that, written together, are `word` (RAVI SHANKAR = RAVISHANKAR). */
export function joinedRun(word: Word, free: Word[]): Word[] | undefined {
	for (let start = 0; start < free.length; start++) {
		let text = free[start].text;
		// As written too: INFRA PROJECTS = INFRAPROJECTS, though INFRA is compared as INFRASTRUCTURE.
		let written = free[start].written;
		// And with a short form written out (RAM CH = RAMCHANDRA) or a listed spelling (JYOTI PRAKASHA = JYOTIPRAKASH).
		let full = free[start].spelled;
		// Nor when the run's first word and the word's start are names listed apart (MARY MUTHU is not the Tamil MARIMUTHU),
		// unless the run is a listed spelling of the word (MARY ANN = MARIANNE).
		// Read only when a run's spelling matches (most runs do not).
		let startsApart: boolean | undefined;
		const spelt = (joined: string) =>
			keysOf(joined).some((key) => word.keys.includes(key)) && !areDistinctNames(joined, word.text) && (!(startsApart ??= areDistinctNames(free[start].text, word.text.slice(0, free[start].text.length))) || SAME_NAMES.get(joined) === word.spelled);
		for (let end = start + 1; end < free.length && end - start < JOINED_MAX; end++) {
			if (free[end].index !== free[end - 1].index + 1) break;
			text += free[end].text;
			written += free[end].written;
			full += free[end].spelled;
			// Spellings differ in length (LAXMI / LAKSHMI), so only a run far longer than the word stops the search (as
			// written too: COT FAB, read as COT FABRICATION, is COTFAB).
			if (Math.min(text.length, written.length) > 2 * word.text.length) break;
			// A short form written apart too: CO OP = COOP = COOPERATIVE.
			const matches = text === word.text || written === word.written || BUSINESS_FORMS.get(written) === word.text;
			if (matches || (word.full && (spelt(text) || (full !== text && spelt(full))))) return free.slice(start, end + 1);
		}
	}
	return undefined;
}
