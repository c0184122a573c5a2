/**
 * A person's title inside a name or closing it, where a bank or a form puts it after the words it belongs before:
 * after a firm's name before its owner (… BHANDAR, MR TAPAS KUNDU), closing a surname-first name (NAIR DEEPA MRS), or
 * after its first word (SHARMA DR ANIL). read.ts asks here before it reads the words.
 */
import { wordsOf } from './textWords';
import { TITLES } from './words';

/**
 * `text` with the titles a bank writing the surname first puts after it read in front: closing the name (NAIR DEEPA
 * MRS, KAMATH ASHWIN PROF, BHAT ANJALI DR MRS), or a person's title after its first word (SHARMA DR ANIL). Not in
 * a record of the bank's width (`width`), whose last word may be a longer one cut (… MEDICAL AND DR, … NO 2 COL), nor MS, a degree
 * as often (… KUMAR MS), nor SR, the elder's.
 */
export function titlesInFront(text: string, width: number): string {
	// Most names hold none of these titles past their start: a plain look first, no words made.
	if (text.length >= width || !TITLE_PAST_START.test(text)) return text;
	const words = text.trim().split(/\s+/);
	const second = SECOND_TITLES.has(words[1]?.replace(/[^A-Z]/g, '') ?? '');
	if (words.length < 3) return text;
	const bare = (word: string) => word.replace(/[^A-Z]/g, '');
	const front: string[] = [];
	while (words.length > 2 && front.length < 2 && closesAsTitle(bare(words[words.length - 1]))) front.unshift(bare(words.pop() ?? ''));
	// After the first of three words only, a person's (not SETH MR JAIPURIA SCHOOL), nor after a surname and a comma
	// (KUMAR, MR SANTOSH: read with the comma below).
	if (front.length === 0 && second && words.length === 3 && !TITLES.has(bare(words[0])) && !words[0].endsWith(',')) front.push(bare(words.splice(1, 1)[0]));
	return front.length > 0 ? [...front, ...words].join(' ') : text;
}

/**
 * Titles a bank writing the surname first may close a name with: a person's or a profession's (not SAU, NAG …, surnames
 * too; nor a rank, which notMissing.ts reads closing a name already: … SINGH SUB MAJ RETD).
 */
const CLOSING_TITLES = new Set(['MR', 'MRS', 'SMT', 'DR', 'MISS', 'KUM', 'MASTER', 'PROF', 'ER', 'ADV']);
const closesAsTitle = (word: string) => CLOSING_TITLES.has(word);
/** One of those titles, or a second word's, after the first word. */
const TITLE_PAST_START = /.\b(?:MRS?|SMT|DR|MISS|KUM|MASTER|PROF|ER|ADV)\b/;
/** A person's title a bank may write after the surname it puts first (SHARMA DR ANIL). */
const SECOND_TITLES = new Set(['MR', 'MRS', 'SMT', 'DR', 'KUM', 'MISS']);

/** A person's title inside a name, a separator before it or not, a name after it. */
const TITLE_INSIDE = /(\s*[,/-]?)\s*\b(MR|MRS|SMT|DR)\b\.?\s*(?=[A-Z]{2})/g;
/** Whether a name may hold such a title past its first word: a quicker look first (most names have none). */
const titleInside = (text: string) => text.includes('MR', 1) || text.includes('DR', 1) || text.includes('SMT', 1);

/**
 * `text` less a person's title after two words of a name or a firm (… BHANDAR, MR TAPAS KUNDU), set aside into
 * `dropped`. Not after titles only (REV FR DR GEORGE MATHEW), nor after a relation or PROP, whose relative's title it is.
 */
export function withoutTitlesInside(text: string, dropped: string[]): string {
	if (!titleInside(text)) return text;
	return text.replace(TITLE_INSIDE, (said: string, separator: string, title: string, at: number) => {
		const before = text.slice(0, at).trimEnd();
		const last = before.split(/\s+/).pop() ?? '';
		// Nor in brackets (KULKARNI CLINIC (DR AMIT KULKARNI): an owner noted), nor after M/S.
		if (wordsOf(before).filter((w) => w.length > 1 && !TITLES.has(w)).length < 2 || /\/O$|^OF$|^PROP|\($/.test(last)) return said;
		dropped.push(title);
		return `${separator} `;
	});
}
