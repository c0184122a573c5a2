/**
 * The word lists the name matcher knows. Each list is what a form and a bank
 * record write differently for the same holder, but one: the different names
 * the spelling rules would take for one (DISTINCT_NAME_PAIRS).
 */

/** Titles, dropped in front of a name ("KUMARI" may also be a surname, so only in front). */
export const TITLES = new Set([
	'MR', 'MRS', 'MS', 'MISS', 'MASTER', 'SHRI', 'SHREE', 'SRI', 'SMT', 'SHRIMATI', 'SRIMATHI', 'SHRIMAN', 'KUM',
	'KUMARI', 'KU', 'DR', 'PROF', 'MX', 'ADV', 'CAPT', 'COL', 'LT', 'MAJ', 'GEN', 'BRIG', 'CDR', 'ER', 'TMT', 'THIRU',
	'SELVI', 'LATE', 'SRIMATI', 'SARDAR', 'JANAB', 'REV', 'FR', 'BAH', 'KONG', 'SAU', 'KM', // Khasi: Bah (Mr), Kong (Ms); Marathi: Sau.; Km.: Kumari
]);

/**
 * The lists below are Maps, not objects: a miss is the common case (most
 * words are none of these), and a Map answers it fastest, with no prototype.
 */

/** Short forms a bank or a person writes for a whole word: the word it stands for. */
export const SHORT_FORMS = new Map<string, string[]>(Object.entries({
	MD: ['MOHAMMAD'],
	MOHD: ['MOHAMMAD'],
	MHD: ['MOHAMMAD'],
	KR: ['KUMAR'],
	KMR: ['KUMAR'],
	PD: ['PRASAD'],
	PRD: ['PRASAD'],
	CH: ['CHANDRA', 'CHAND'],
	CHD: ['CHANDRA', 'CHAND'],
	SK: ['SHAIKH'],
	GH: ['GHULAM'],
	KU: ['KUMAR'], // Odia: PRADEEP KU. BEHERA (in front, KU. is Kumari: a title)
	ST: ['SAINT'],
}));

/**
 * Spellings of one name that the letter rules (spelling.ts) cannot bring
 * together: the first word of each list is how they are all compared.
 */
const SAME_NAME_LISTS = [
	['MOHAMMAD', 'MOHAMMED', 'MOHAMED', 'MOHAMAD', 'MUHAMMAD', 'MUHAMMED', 'MOHMAD', 'MOHMED', 'MOHAMMADH'],
	['SHAIKH', 'SHEIKH', 'SHAIK', 'SHEKH', 'SHEIK'],
	['SYED', 'SAYED', 'SAYYED', 'SAIYED', 'SAYYAD', 'SAIYAD', 'SYYED', 'SAYYID', 'SAYID'],
	['AHMED', 'AHMAD', 'AHAMED', 'AHAMAD'],
	['CHAUDHARY', 'CHOUDHARY', 'CHAUDHRY', 'CHOUDHURY', 'CHOWDHURY', 'CHOWDHARY', 'CHAUDHARI', 'CHOUDHARI', 'CHAUDHURI', 'CHOWDARY', 'CHOUDHRY'],
	['IYER', 'AIYER', 'IYYER', 'AIYAR'],
	['IYENGAR', 'AYYANGAR', 'IYENGER', 'AIYANGAR'],
	['VENKAT', 'VENKATA'],
	['CHANDRA', 'CHANDER', 'CHANDAR'],
	['TIWARI', 'TEWARI', 'TIWARY', 'TEWARY'],
	['ZAVERI', 'JAVERI', 'JHAVERI', 'ZAVERY', 'JHAVERY'],
	['BAIG', 'BEG', 'BAIGH'],
	['GAIKWAD', 'GAEKWAD', 'GAYAKWAD'],
	['SUBRATA', 'SUBROTO', 'SUBRATO'],
	['CHAKRABORTY', 'CHAKRAVARTY', 'CHAKRAVARTHY', 'CHAKRABARTI', 'CHAKRABARTY', 'CHAKRAVARTI'],
	['PRAMANIK', 'PARAMANIK'],
	['BHOSALE', 'BHOSLE', 'BHONSLE', 'BHONSALE'],
	['BHADAURIA', 'BHADORIA'],
	['VARGHESE', 'VERGHESE', 'VARUGHESE'],
	['OOMMEN', 'OMMEN', 'OOMEN'],
	['MICHAEL', 'MICHEAL'],
	['TERESA', 'TEREZA'],
	['GURCHARAN', 'GURUCHARAN'],
	['KARTHIKEYAN', 'KARTHIGEYAN'],
	['DNYANESHWAR', 'GYANESHWAR', 'DNYANESHWER', 'GYANESHWER'],
	// Punjabi spellings that move the R past the A (the short-A rule leaves a word's first A alone).
	['PRAKASH', 'PARKASH'],
	['PRATAP', 'PARTAP'],
	['PRAMOD', 'PARMOD'],
	['PRAMILA', 'PARMILA'],
	// Spellings of one name found in labelled sets (docs/verdict.md), each a known variant, not a letter distance.
	['RAHMAN', 'REHMAN'],
	['MEHBOOB', 'MAHBOOB', 'MEHBUB', 'MAHBUB'],
	['YUSUF', 'YOUSUF', 'YOUSAF', 'YUSAF'],
	['JAHANGIR', 'JEHANGIR'],
	['HUZAIFA', 'HUZEFA'],
	['JAMSHED', 'JAMSHID'],
	['KHURSHED', 'KHORSHED', 'KHURSHID', 'KHURSHEED'],
	['GHOSH', 'GHOSE'],
	['GOYAL', 'GOEL'],
	['DUTTA', 'DATTA'],
	['SARKAR', 'SIRCAR'],
	['BHATTACHARYA', 'BHATTACHARJEE', 'BHATTACHARYYA', 'BHATTACHARJI'],
	['BANDYOPADHYAY', 'BANDOPADHYAY', 'BANDYOPADHYAYA', 'BANDOPADHYAYA'],
	['THOMAS', 'THOMA'],
	['NILOTPAL', 'NILUTPAL'],
	['POUDEL', 'PAUDEL', 'POUDYAL', 'PAUDYAL'],
	['MAGRAY', 'MAGREY'],
	['TEJINDER', 'TAJINDER'],
	['JAIDEEP', 'JAYDEEP', 'JOYDEEP'],
	// Bengali, Odia and Assamese write a first V as B (the letter rules keep a first V: VORA / BORA differ).
	['VIVEK', 'BIBEK'],
	['VIKAS', 'VIKASH', 'BIKASH', 'BIKAS'],
	['VIJAY', 'BIJAY'],
	['VINOD', 'BINOD'],
	['VIKRAM', 'BIKRAM'],
	['VISHNU', 'BISHNU'],
	['VIMAL', 'BIMAL'],
	['VIPIN', 'BIPIN'],
	['VIRENDRA', 'BIRENDRA'],
	['ORAON', 'URAON'],
	['HEMBRAM', 'HEMBROM'],
	['DURAISAMY', 'DORAISAMY', 'DURAISWAMY', 'DORAISWAMY'],
	['RAMYA', 'REMYA'],
	['YASHWANT', 'YESHWANT'],
	['SUBRAMANIAN', 'SUBRAMANIAM', 'SUBRAMANYAM', 'SUBRAMANIYAN'],
	['ZUBAIDA', 'ZUBEDA'],
	['SHOAIB', 'SHOEB', 'SHUAIB'],
	['IBRAHIM', 'EBRAHIM'],
	['RUSTAM', 'RUSTOM'],
	['PAREKH', 'PARIKH'],
	['HRISHIKESH', 'RISHIKESH', 'RUSHIKESH', 'HRUSHIKESH'],
	['VENKATESWARLU', 'VENKATESWARULU', 'VENKATESHWARLU'],
	['AMITABH', 'AMITABHA', 'AMITAV', 'AMITAVA'],
];
export const SAME_NAMES = new Map<string, string>(SAME_NAME_LISTS.flatMap((list) => list.map((spelling) => [spelling, list[0]] as const)));

/**
 * Different names whose spellings the letter rules (spelling.ts) bring
 * together, each a real variant on its own (dh / d, sh / s, doubled letters):
 * never paired as one spelling (either way round).
 */
const DISTINCT_NAME_PAIRS = [
	['SETHI', 'SHETTY'],
	['BALA', 'BHALLA'],
	['KANNA', 'KHANNA'],
	['DARA', 'DHARA'],
	['SETTY', 'SETHI'],
	['DAS', 'DASH'],
	['PARIKH', 'PAREEK'],
	['PAREKH', 'PAREEK'],
	['SABIR', 'SHABIR'],
	['DAR', 'DHAR'],
	// A man's name and a woman's that the trailing-A rule (spelling.ts) would take for one.
	['CHAND', 'CHANDA'],
	['SUNAND', 'SUNANDA'],
	['SHANT', 'SHANTA'],
];
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const DISTINCT = new Set(DISTINCT_NAME_PAIRS.map(([x, y]) => pairKey(x, y)));
/** Whether two written words are different names that only look like one spelling. */
export const areDistinctNames = (x: string, y: string) => DISTINCT.has(pairKey(x, y));

/** How a business name's abbreviations are written in full, so both are one word. */
export const BUSINESS_FORMS = new Map<string, string>(Object.entries({
	PVT: 'PRIVATE', PRIV: 'PRIVATE', LTD: 'LIMITED', LTDS: 'LIMITED', CO: 'COMPANY', CORP: 'CORPORATION',
	INC: 'INCORPORATED', BROS: 'BROTHERS', BROTHER: 'BROTHERS', ENTERPRISE: 'ENTERPRISES', ENT: 'ENTERPRISES',
	ENTP: 'ENTERPRISES', INDUSTRY: 'INDUSTRIES', INDS: 'INDUSTRIES', ASSOCIATE: 'ASSOCIATES', ASSOC: 'ASSOCIATES',
	AGENCY: 'AGENCIES', SERVICE: 'SERVICES', SVCS: 'SERVICES', SOLUTION: 'SOLUTIONS', TRADER: 'TRADERS',
	MFG: 'MANUFACTURING', ENGG: 'ENGINEERING', ENGRG: 'ENGINEERING', INTL: 'INTERNATIONAL', MKTG: 'MARKETING',
	TECHNOLOGY: 'TECHNOLOGIES', TRDG: 'TRADING', AGY: 'AGENCIES', CORPN: 'CORPORATION', COOP: 'COOPERATIVE',
	SOC: 'SOCIETY', STEEL: 'STEELS', ESTATE: 'ESTATES', CONSTRUCTION: 'CONSTRUCTIONS',
}));

/** Legal forms: which kind of entity, not which one. */
export const LEGAL_FORMS = new Set(['PRIVATE', 'LIMITED', 'LLP', 'HUF', 'INCORPORATED', 'OPC', 'INDIA']);

/** Words that make a name a business's (with the legal forms and M/S). */
export const BUSINESS_WORDS = new Set([
	...BUSINESS_FORMS.values(), 'SONS', 'TRUST', 'SOCIETY', 'FOUNDATION', 'WORKS', 'MILLS', 'EXPORTS',
	'IMPORTS', 'TEXTILES', 'MOTORS', 'FOODS', 'LOGISTICS', 'TRANSPORT', 'ELECTRICALS', 'ELECTRONICS', 'MEDICALS',
	'JEWELLERS', 'CATERERS', 'BUILDERS', 'DEVELOPERS', 'STORES', 'CONSULTANCY', 'INFOTECH', 'SOFTECH', 'PHARMA',
	'HOSPITAL', 'CLINIC', 'TRADING', 'AGRO', 'STEEL', 'CONSTRUCTIONS', 'ASSOCIATION', 'CENTRE', 'CENTER', 'DRUGS',
	'PRESS', 'PRINTERS',
]);

/** Words that start a given name and are never a surname: written elsewhere, they make another person (DIN MOHAMMAD / MOHAMMAD DIN). */
export const GIVEN_NAME_PREFIXES = new Set(['MOHAMMAD']);

/** Common words that also start a given name: a two-word name swapped around one is another person (MOHAN LAL / LAL MOHAN). */
export const SWAPPED_GIVEN_NAMES = new Set(['LAL', 'KUMAR']);

/**
 * Words that say little about who a person is (many people share them): a
 * match on them alone is never enough, and they may sit anywhere in a name.
 */
export const COMMON_WORDS = new Set([
	'KUMAR', 'KUMARI', 'SINGH', 'KAUR', 'DEVI', 'BAI', 'LAL', 'CHAND', 'CHANDRA', 'PRASAD', 'RANI', 'MOHAMMAD',
	'SYED', 'SHAIKH', 'BEGUM', 'KHATUN', 'BIBI', 'AND', 'OF', 'THE', 'FOR', 'COMPANY',
]);

/** Words written joined onto a given name ("NITINKUMAR"): read as two words. */
export const JOINED_ENDINGS = ['KUMARI', 'KUMAR', 'SINGH', 'LAL', 'CHAND', 'PRASAD'];

/** Gujarati forms of address after a name ("JIGNESHBHAI", "NIRMALA BEN"): not part of it. */
export const ADDRESS_WORDS = ['BHAI', 'BEN', 'BEHN', 'BAHEN'];
