/**
 * One key per word for the ways Indian names are written in Latin letters:
 * two spellings of one name get the same key ("LAKSHMI" / "LAXMI",
 * "RAJEEV" / "RAJIV", "KISHORE" / "KISHOR"). Each rule is a known
 * transliteration variant, never a letter distance: "ASHA" / "USHA",
 * "NEHA" / "SNEHA", "ANKIT" / "ANKITA" keep different keys, since they are
 * different names.
 */

import { remembered } from './remembered';

/** -INDER, -ENDER, -ENDRA, -INDRA: one Punjabi / Hindi name ending (RAJINDER = RAJENDRA). */
const ENDRA = /(?:EE|[IE])(?:ND[AE]?R|NDR[AO])$/; // and Meitei and Bengali -ENDRO (BHOGENDRO); with an EE too (RAVEENDRA = RAVINDRA)
/**
 * A trailing A that South Indian and Bengali spellings add (NARAYANA,
 * SRINIVASA, ANANDA, KRISHNA, SHANKARA, SOMASHEKHARA, MANJUNATHA, NAGARAJA, JAYARAMA,
 * MALLIKARJUNA, ANIRUDDHA, UPADHYAYA, DHANANJAYA, RAMASHRAYA, SATYABRATA), only after these endings: after -IT, -AN (NAYANA),
 * -IL, -AL, -EEN, -ISH, -AS, -AR it makes a woman's name of a man's (ANKITA,
 * SUSHILA, VIMALA, NAVEENA, MANISHA, MANASA, AKSHARA), a different person; so
 * do -KANTA (CHANDRAKANTA; not -KANTHA: SRIKANTHA = SRIKANTH), -JWALA (UJJWALA)
 * -ATHA but after N or R (SUJATHA = SUJATA, LATHA = LATA; MANJUNATHA = MANJUNATH), and -EESHA (ANEESHA: not
 * ANEESH, where MAHESHA is MAHESH).
 */
const TRAILING_A = /(?:(?<!E)ESH|(?<!KA)NT|NTH|[NR]ATH|ARAJ|ARAM|RJUN|UDD?H|NDH?|[AIER]V|SIB|VAS|RAYAN|ISHN|RASAD|(?:NJ|RJ|D|SHR)AY|NGH|KH?AR|UMAR|NMAY|SH?[WV]AR|(?<!J)[WV]ALL?|DHYAY|BRAT|[AE]RDH?AN|IT?TH?AL|(?:I|NGA|KRA)DHAR|(?<=^[A-Z]{3,})[ST]H?ANG)A$/;

/** Punjabi women's given names in -O, made from a man's (SANTO of SANTA, BHAGO of BHAGA, NANDO of NAND): hers, not a Bengali man's O. */
const PUNJABI_WOMENS_O = new Set(
	'SANTO BANTO DHANNO JINDO SHINDO CHHINDO BHAGO CHINTO RAKHO TEJO NANDO KARTARO BACHNO NIHALO PREETO JEETO SEETO KAMLO BIMLO CHANNO SUKHO RAJO'.split(' '),
);

const PART_FORMS = /^(?:LACHH?M|SHEO|DEO[^AEIOU]|JADU|VR[AI]J|YUGAL|ABDU[RSZNT])|NARAIN|SWAR(?:OOP|UP)|[A-Z]{3}EIN$/;

/** The spelling key of one upper-case word (A-Z and digits). */
export const spellingKey = remembered(keyOf);

/**
 * `w` with `pattern` replaced, looked for only when `w` ends in `end`, which every match of it does: a pattern closing
 * a word is tried at each of its letters, and most words close otherwise.
 */
function atEnd(w: string, end: string, pattern: RegExp, to: string): string {
	return w.endsWith(end) ? w.replace(pattern, to) : w;
}

/** `w` with `pattern` replaced, looked for only when `w` holds `part`, which every match of it does. */
function within(w: string, part: string, pattern: RegExp, to: string): string {
	return w.includes(part) ? w.replace(pattern, to) : w;
}

/** `w` with `pattern` replaced, looked for only when `w` starts with `start`, which every match of it does. */
function atStart(w: string, start: string, pattern: RegExp, to: string): string {
	return w.startsWith(start) ? w.replace(pattern, to) : w;
}

function keyOf(word: string): string {
	// Digits, and letters three times over (IIIT is no IIT), are no name's spelling; nor is a body's letters, no vowel
	// after the first (APGVB is no APGB: a V is a B only inside a name said aloud, SANJEEV = SANJIB).
	if (/\d|(.)\1\1|^[A-Z][B-DF-HJ-NP-TV-XZ]{3,}$/.test(word)) return word;
	let w = word;
	// Marathi and Odia write RI as RU after a first consonant: KRUSHNA = KRISHNA, MRUNAL = MRINAL, AMRUTA = AMRITA
	// (not RUPA / RIPA). Before the endings, so that KRUSHNA ends as KRISHNA does.
	w = within(w, 'RU', /^([AEIOU]?[BCDFGJKLMNPSTVWZ]H?)RU/, '$1RI');
	w = within(w, 'KRUSHN', /(?<=.)KRUSHN/, 'KRISHN'); // and Odia's KRUSHNA inside a compound: HAREKRUSHNA = HAREKRISHNA
	// Forms of a part of a name: Hindi-belt SHEONATH = SHIVNATH, DEONANDAN = DEVNANDAN, JADUNANDAN = YADUNANDAN, VRIJMOHAN = BRIJMOHAN, YUGAL = JUGAL, RAMSAROOP =
	// RAMSWAROOP; Sindhi LACHMAN and LACHHMAN = LAKSHMAN; NARAIN = NARAYAN; HUSEIN = HUSAIN; ABDURRAHMAN and ABDURAHIMAN = ABDULRAHMAN. (One test first: few words have any.)
	// Punjabi GURU- written GUR- before a consonant: GURUDEV = GURDEV, GURUSEWAK = GURSEWAK.
	if (w.startsWith('GURU')) w = w.replace(/^GURU(?=[^AEIOU])/, 'GUR');
	if (PART_FORMS.test(w)) {
		w = w.replace(/^SHEO(?=[^AEIOU])/, 'SHIV').replace(/^DEO(?=[^AEIOU])/, 'DEV').replace(/^JADU/, 'YADU').replace(/^VR(?=[AI]J)/, 'BR').replace(/^YUGAL/, 'JUGAL').replace(/SWAR(?=OOP|UP)/, 'SAR');
		w = w.replace(/^ABDU([RSZNT])(?=\1[A-Z]{3})|^ABDU(?=[RS][AEIOU][A-Z]{3})/, 'ABDUL').replace(/^LACHH?M/, 'LAKSHM').replace(/NARAIN/, 'NARAYAN').replace(/(?<=[A-Z]{3})EIN$/, 'AIN');
	}
	// Odia and Bengali write PRABHA's BH as V: SUPRAVA = SUPRABHA, PRAVAT = PRABHAT (before the endings: RAVA is RAGHAVA's A).
	if (w.includes('PRAVA')) w = w.replace('PRAVA', 'PRABHA');
	// Endings, on the word as written.
	// A town's fort, GARH, written as Hindi and Gujarati say its letter: ALIGADH = ALIGARH, PRATAPGADH = PRATAPGARH.
	w = atEnd(w, 'GADH', /(?<=^[A-Z]{3,})GADH$/, 'GARH');
	if (w.length >= 6) w = w.replace(ENDRA, 'ENDR');
	if (w.startsWith('IND') || w.startsWith('CHAND')) w = w.replace(/^(IND|CHAND)[AE]R(?=[A-Z]{3})/, '$1RA'); // and at the start of a compound: INDERPAL = INDRAPAL, INDERJEET = INDRAJEET, CHANDERMOHAN = CHANDRAMOHAN
	// Tamil writes LAKSHMI's KSH as TCH: VIJAYALETCHUMI = VIJAYALAKSHMI, LATCHUMANAN = LAKSHMANAN; so AKSHAYA and DAKSHINA's.
	if (w.includes('TCH')) w = w.replace(/(?:LE|LA)TCHUM(?=[AIY])/, 'LAKSHM').replace(/ATCH(?=AY|INA)/, 'AKSH'); // and ATCHAYA = AKSHAYA
	w = atEnd(w, 'IAH', /AIAH$|(?<=[BGKLNPT])IAH$/, 'AYYA'); // Telugu: JOGAIAH = JOGAYYA, CHANDRAIAH = CHANDRAYYA, LINGIAH (not ZACHARIAH)
	w = within(atEnd(w, 'B', /(?<=^[A-Z]{3,})(?<!T)SA(?:HE)?B$/, 'SO'), 'JYO', /JYO/, 'JO'); // Marathi: ANNASAHEB = ANNASO = ANNASAB, IMAMSAB (not Bengali UTSAB: DURGOTSAB = DURGOTSAV); JYOTIBA = JOTIBA, HARJYOT = HARJOT
	// A Bengali final O: PARTHO = PARTHA, HEMANTO = HEMANTA (then as a trailing A). Not a Portuguese man's -INO, -ANO,
	// -ENO, -LO, -STO, -RTO, -ETO, -ITO, -RETTO, -RITTO or -NHO, nor an Italian's -ESCO (FRANCESCO / FRANCESCA; not DON BOSCO), whose -A is a woman's (not Bengali CHITTO: CHITTA) (CAETANO / CAETANA, LINO / LINA, ANGELO / ANGELA,
	// FILOMENO / FILOMENA, BENEDITO / BENEDITA, AGOSTINHO / AGOSTINHA, ALPHONSO / ALPHONSA), nor a Tibetan
	// woman's -MO (LHAMO, ANGMO: LAMA is a man's word), nor a Punjabi woman's (SANTO, TEJO: SANTA and TEJA are men).
	if (w.endsWith('O') && !/(?:[IAE]N|L|ST|RT|ESC|[EI]T|R[EI]TT|NH|NS)O$/.test(w) && !PUNJABI_WOMENS_O.has(word)) w = w.replace(/([^AEIOUM])O$/, '$1A');
	// Tamil writes -DHARAN as -THARAN: GANGATHARAN = GANGADHARAN, SASITHARAN = SASIDHARAN (then read as -DHARAN below).
	w = atEnd(w, 'THARAN', /(?<=^[A-Z]{3,})THARAN$/, 'DHARAN');
	// Malayalam and Tamil: a man's -AN on a Sanskrit name (RADHAKRISHNAN = RADHAKRISHNA, RAMACHANDRAN, KESAVAN = KESAVA, SREEDHARAN = SREEDHAR, SASIDHARAN = SASIDHAR; not KRISHNA
	// alone, a woman's name too).
	w = w.replace(/(?<=[A-Z]KRISHNA|[A-Z]{3}CHANDRA|[A-Z]{2}NARAYANA|^KESAVA|^MADH?AVA|^RAGH?AVA|^GOPALA|^PADMANABH?A|^VASUDEVA)N$/, '').replace(/^(S?H?R[IE]E?DHAR)A?N?$|(?<=^[A-Z]{3,}(?:DH?|AK)AR)AN$/, '$1'); // and -AKARAN: SUDHAKARAN = SUDHAKAR (not BALKARAN, SANKARAN)
	// Malayalam: the same -AN on a Sanskrit name in -ESH or -ISH (DINESHAN = DINESH, SATHEESHAN = SATHEESH; not
	// KRISHAN nor ISHAN, whose -AN is the name's own). Not -ASHAN: Hindi's PRAKASHAN is a publisher (ANAND PRAKASHAN).
	w = atEnd(w, 'SHAN', /(?<=^[A-Z]{3,}(?:E|(?<!KR)I)SH)AN$/, '');
	// And after -EEV or -IV, -OD and MOHAN (not YOHANAN): SAJEEVAN = SAJEEV = SAJIVAN (not SIVAN), VINODAN = VINOD, MOHANAN = MOHAN (not JEEVAN).
	w = atEnd(w, 'AN', /(?<=^[A-Z]{2,}(?:EEV|(?<![SH])IV|OD)|MOHAN)AN$/, '');
	w = atStart(w, 'KUNH', /^KUNH(?=[AEIOU])/, 'KUNJ'); // and KUNHIKRISHNAN = KUNJIKRISHNAN
	w = atStart(w, 'REGHU', /^REGHU/, 'RAGHU'); // Kerala's REGHU- is RAGHU-: REGHUNATHAN = RAGHUNATHAN, REGHUVARAN
	w = atStart(w, 'CHENN', /^CHENN(?=A)/, 'CHANN'); // Kannada CHENNA- = CHANNA- (beautiful): CHENNAMMA = CHANNAMMA, CHENNAKESHAVA
	if (w.endsWith('A') && TRAILING_A.test(w)) w = w.slice(0, -1);
	w = atEnd(atEnd(w, 'ANEY', /ANEY$/, 'ANI'), 'EY', /EY$/, 'E'); // Sindhi GIDWANEY = GIDWANI; PANDEY = PANDE
	// KISHORE = KISHOR. Only after -OR: in many surnames the final E is said (BHATE, KHARE, SAGARE, THAKARE).
	w = atEnd(atEnd(w, 'ORE', /ORE$/, 'OR'), 'KER', /(?<=K)ER$/, 'AR'); // and THAKKER = THAKKAR, BHASKER = BHASKAR
	if (w.endsWith('H') || w.endsWith('AW')) w = w.replace(/([AEIOU])H$|(?<=A)W$/, '$1'); // SHAH = SHA, DINSHAW = DINSHAH (not DHRUW: that W is DHRUV's V)
	w = atEnd(w, 'EZ', /(?<!E)EZ$/, 'ES'); // FERNANDEZ = FERNANDES (not KANEEZ: KANIZ)
	w = atEnd(atEnd(w, 'QUE', /QUE$/, 'K'), 'SUNDER', /SUNDER$/, 'SUNDAR'); // NAIQUE = NAIK (Goan); SHYAMSUNDER = SHYAMSUNDAR
	w = atEnd(atEnd(w, 'DEO', /DEO$/, 'DEV'), 'RAJU', /(?<=^[A-Z]{2,})RAJU$/, 'RAJ'); // SUKHDEO = SUKHDEV (Marathi, Bihari); NAGARAJU = NAGARAJ, BALRAJU = BALRAJ (Telugu)
	w = atEnd(w, 'RAYULU', /(?<=^[A-Z]{3,}RAY)ULU$/, 'UDU'); // Telugu: SUBBARAYULU = SUBBARAYUDU, the same name said with respect
	w = within(w, 'NADH', /(?<=^[A-Z]{2,})NADH(AM)?A?$/, 'NATH$1');
	if (w.includes('SUBRA')) w = w.replace(/(?<=[A-Z]SUBRAMANI)AM$/, 'AN').replace(/SUBRAHMAN/, 'SUBRAMAN'); // Telugu: TRINADH = TRINATH, VISWANADHAM = VISWANATHAM, RANGANADHA; Tamil SIVASUBRAMANIAM = SIVASUBRAMANIAN
	w = within(w, 'OWAR', /(?<=^[A-Z]+[NL])OWAR/, 'WAR'); // Assamese and Bengali ANOWARUL = ANWARUL, DELOWAR = DELWAR
	// Gujarati: SABIRHUSEN = SABIRHUSAIN, ALTAFHUSEN; Bhojpuri and Chhattisgarhi: JAGESAR = JAGESHWAR, RAMESHAR = RAMESHWAR, PARMESARI = PARMESHWARI.
	w = atEnd(w, 'HUSEN', /(?<=^[A-Z]{3,})HUSEN$/, 'HUSAIN');
	if (w.endsWith('AR') || w.endsWith('ARI')) w = w.replace(/(?<=^[A-Z]{3,})ESH?AR(I?)$/, 'ESHWAR$1');
	// Marathi: DNYANDEV = GYANDEV; Bengali: JNANENDRA = GYANENDRA; Tamil: GNANARAJ = JNANARAJ, NYANASEKARAN = GNANASEKARAN.
	if (w.startsWith('DNY') || w.startsWith('JN') || w.startsWith('GN') || w.startsWith('NY')) w = w.replace(/^(?:DNY|JN|GN)AN|^NYAN(?=A)/, 'GYAN');
	if (w.endsWith('OY')) w = w.replace(/MOY$/, 'MAY').replace(/(?<=^[A-Z]{3,})JOY$/, 'JAY'); // TANMOY = TANMAY, CHINMOY = CHINMAY, SANJOY = SANJAY (Bengali)
	w = atStart(w, 'X', /^X(?=[AEOU])/, 'S');
	// Telugu writes a first E as YE and a first U as VU: YERRAMSETTI = ERRAMSETTI, VUPPALAPATI = UPPALAPATI.
	if (w.length >= 5) w = atStart(atStart(w, 'YE', /^YE/, 'E'), 'VU', /^VU/, 'U'); // Assamese: XEWALI = SEWALI, XANTANU = SANTANU (XI: keysOf, word.ts)
	w = atEnd(w, 'KAR', /(?<=^[A-Z]{2,})GAON?KAR$/, 'GAVKAR'); // Konkani and Marathi: MAJGAONKAR = MAJGAVKAR = SALGAOKAR's (a village's -GAON and -KAR)
	w = atEnd(atEnd(w, 'DOSS', /DOSS$/, 'DAS'), 'MONY', /(?<=^[A-Z]{3,})MONY$/, 'MANI'); // Tamil Christian names: MARIADOSS = MARIADAS, JEBAMONY = JEBAMANI
	w = atEnd(w, 'AO', /(?<=^[A-Z]{3,})AO$/, 'AV'); // Marathi: KESHAO = KESHAV, MADHAO = MADHAV, JADHAO = JADHAV
	w = atEnd(w, 'AM', /(?<=^[A-Z]{3,})ANTH?AM$/, 'ANDAM'); // Tamil: MURUGANANTHAM = MURUGANANDAM (not ANANTH / ANAND); SURYAKANTAM
	w = atEnd(atEnd(w, 'SIVAM', /(?<=^[A-Z]{3,})SIVAM$/, 'SIVAN'), 'LINGAM', /(?<=^[A-Z]{3,})LINGAM$/, 'LINGA'); // Tamil: PARAMASIVAM = PARAMASIVAN; Kannada MAHALINGA = MAHALINGAM
	w = atStart(atStart(w, 'CHR', /^CHR(?=[IY])/, 'KR'), 'SINN', /^SINN(?=A)/, 'CHINN'); // CHRISTUDAS = KRISTUDAS; Tamil SINNADURAI = CHINNADURAI
	w = within(atStart(w, 'PRO', /^PRO(?=[^AEIOU])/, 'PRA'), 'OI', /^([BMSK])OI(?=[^AEIOU])/, '$1AI'); // and BOIDYA = BAIDYA, MOITRA = MAITRA // Bengali: PRODIP = PRADIP, PROSENJIT = PRASENJIT, PROTIMA = PRATIMA
	// Bengali Muslim names before RAHMAN: HABIBUR = HABIBAR, LUTFUR = LUTFAR (not after K: THAKUR and THAKAR are two).
	w = atEnd(w, 'UR', /(?<=^[A-Z]{3,}[^AEIOUKY])UR$/, 'AR');
	// Kannada: GANGAVVA = GANGAMMA, BASAWWA = BASAVVA; Tamil: GNANAMMAL = GNANAMMA, and -AMAL after a doubled consonant (CHELLAMAL = CHELLAMMAL).
	if (w.endsWith('A') || w.endsWith('MAL')) w = w.replace(/A[VW]{2}A$|AMMAL$|(?<=LL|PP|NN|TT|KK|RR|DD|SS|VV)AMAL$/, 'AMMA');
	w = atStart(w, 'D', /^D[AE](?=SOUZA|SA$|MELL?[OA]|CRUZ|COSTA|SILVA|CUNHA|BRITT?[OA]|ROZARIO|ROSARIO)|^DE(?=LIMA$)/, 'D'); // DE SOUZA = D'SOUZA (read as DSOUZA), DE LIMA = D'LIMA; MELLO's O is an A by now
	// Tamil breaks a cluster with an I: RAJENDIRAN = RAJENDRAN; AIYAPPAN = AYYAPPAN, AIYAR = AYYAR.
	w = atEnd(w, 'DIRAN', /(?<=^[A-Z]{3,}N)DIRAN$/, 'DRAN');
	w = atStart(w, 'AIY', /^AIY(?=[AEIOU])/, 'AYY');
	w = atEnd(w, 'UA', /(?<=^[A-Z]{2,}[^AEIOUWQ])UA$/, 'WA'); // Chotanagpur: BUDHUA = BUDHWA, SANICHARUA = SANICHARWA (not QUA: SIDDIQUA = SIDDIQA)
	// Tamil written as it is said: THENMOZI = THENMOZHI, PITCHAI = PICHAI, RATHINAM = RATHNAM, RATHINASAMY = RATHNASAMY, SAGAYAM = SAHAYAM,
	// THANALAKSHMI = DHANALAKSHMI, THEIVANAI = DEIVANAI, -SEKARAN = -SEKAR, -VELU = -VEL (VADIVELU = VADIVEL).
	w = atEnd(within(atEnd(w, 'MOZI', /MOZI$/, 'MOZHI'), 'TCH', /TCH/g, 'CH'), 'THINAM', /(?<=^[A-Z]{2,})THINAM$/, 'THNAM');
	w = atStart(atStart(w, 'RATHINA', /^RATHINA/, 'RATHNA'), 'SAGAY', /^SAGAY/, 'SAHAY');
	w = atStart(atStart(w, 'THANA', /^THANA(?=[A-Z]{3})/, 'DHANA'), 'THEIV', /^THEIV/, 'DEIV');
	w = atEnd(atEnd(w, 'ARAN', /(?<=^[A-Z]{3,}SEKH?AR)AN$/, ''), 'VELU', /(?<=^[A-Z]{4,}VEL)U$/, '');
	// Malayalam: a house name's closing U after TH (THEKKEDATHU = THEKKEDATH, KALATHU = KALATH; not MUTHU); Telugu: -VASU and
	// -ESU and -DASU for -VAS, -ESH and -DAS (SRINIVASU = SRINIVAS, VENKATESU = VENKATESH, NAGESU = NAGESH, YESUDASU = YESUDAS).
	w = atEnd(atEnd(w, 'THU', /(?<=^[A-Z]{3,}TH)U$/, ''), 'SU', /(?<=^[A-Z]{3,}(?:VAS|ES|DAS))U$/, '');
	// Mizo and Zomi write O as AW before NG: THAWNGKHANLIAN = THONGKHANLIAN. Only in long names (counted without the H,
	// which CHH doubles: TOCHAWNG = TOCHHAWNG): CHAWNGTE and CHHANGTE are two clans. Not in a Mizo given name, where
	// THAWNG and THANG are two words (ZOTHAWNGLIANA / ZOTHANGLIANA), and an O would be read as an A below.
	// In a Mizo given name AW is O wherever it stands (LALRINAWMA = LALRINOMA), and that O is no A (below).
	// Bodo writes a vowel with W (JWNGSAR = JUNGSAR, GWMWSRI = GUMUSRI, SWMKHWR = SUMKHUR): a W between consonants is
	// that vowel. Not after an N, R or L, where a Hindi W is a V (BHANWRI = BHANWARI), nor before a vowel (RIZWI).
	if (w.includes('W')) w = w.replace(/(?<=[^AEIOUWYNRL])W(?=[^AEIOUWYH])/g, 'U');
	w = within(w, 'KUN', /(?<=KU)N(?=[VW]AR)/g, ''); // KUNVAR = KUVAR: the nasal written or not (HEMKUNVARBA = HEMKUVARBA)
	w = atEnd(w, 'D', /(?<=^[A-Z]{3,})(?:MAMAD|M[OUA]HAMM?[AE]D)$/, 'MOHAMMAD'); // a compound's MOHAMMAD in any spelling, Kutchi MAMAD too: ALIMAMAD = ALIMOHAMMED
	const mizo = MIZO_GIVEN.test(w);
	if (mizo) w = w.replace(/AW/g, 'O');
	else if (w.length >= 8 && w.replace(/H/g, '').length >= 8) w = w.replace(/AW(?=NG)/g, 'O');
	// Tamil: AZHAGAN = ALAGAN, PONNUSWAMY = PONNUSAMY = PONNUCHAMY, SWAMINATHAN = SAMINATHAN. Not in a Kerala house name
	// (-IL, -KKAL), where ZH is a letter of its own: PUZHAKKAL and PULAKKAL, VAZHAYIL and VALAYIL are two houses.
	if (w.includes('ZH') && !(word.length >= 7 && /(?:IL|KKAL)$/.test(word))) w = w.replace(/ZH/g, 'L');
	w = within(w, 'AM', /SWAM(?=[IY]$)|^SWAM(?=I[A-Z]{3})|(?<=^[A-Z]{3,})CHAM(?=[IY]$)/, 'SAM');
	// Tamil writes a G as K and the other way: MURUKAN = MURUGAN (VELMURUKAN), CHANDRASEGAR = CHANDRASEKAR.
	w = within(within(w, 'MURUK', /MURUK(?=A)/, 'MURUG'), 'SEGAR', /SEGAR/, 'SEKAR');
	w = within(w, 'THURAI', /(?<=^[A-Z]{3,})THURAI$/, 'DURAI'); // and a TH for the D of -DURAI: ANNATHURAI = ANNADURAI
	w = within(w, 'NGS', /NGSH?(?=[AEIOU])/, 'NSH'); // HIMANGSHU = HIMANGSU = HIMANSHU
	// Bengal writes a Muslim name's Z as J: MUSTAFIZUR = MUSTAFIJUR, AZIZUL = AJIJUL, ASADUZZAMAN = ASADUJJAMAN (in the -UR
	// and -UL of a compound only, an -UR written -AR after N: MIZANAR, and a compound's -UZZAMAN).
	if (w.includes('Z') && word.length >= 6 && /(?:U|NA)[RL]$|UZZAMAN$/.test(word)) w = w.replace(/Z/g, 'J');
	if (w.startsWith('J')) w = w.replace(/^JEY/, 'JAY').replace(/^JAI(?=[^AEIOU])/, 'JAY'); // JEYAKUMAR = JAYAKUMAR (Tamil); JAYSING = JAISING
	// Bengali, Assamese and Odia write a short A as O: MOHAPATRA = MAHAPATRA, RITUPORNA = RITUPARNA. Only in
	// long words (EE, OO and AA one letter: YOGEESH = YOGISH, AAROGYA = AROGYA): in short ones it tells names apart (KOMAL / KAMAL, ROMA / RAMA).
	// Not before W: OW is the AU of SHOWKAT = SHAUKAT, BHOWMICK = BHAUMIK.
	// Not in a Telugu name in -AIAH: SOMAIAH and SAMMAIAH are two, nor a Telugu house name in -URI, -URU or -ALLA (KOVVURI
	// and KAVURI, KONAKALLA and KANAKALA are two); nor in a Kannada village's -HALLI: KODIHALLI and KADIHALLI are two; nor
	// in a name made on KOMAL, which is no KAMAL (KOMALAVALLI, KOMALESWARI); nor in a Tamil or Malayalam place's -THUR,
	// -LAM or -VAM (KOLATHUR and KALATHUR, KOVALAM and KAVALAM are two places), nor a Hindi name made with -RAM (MOTIRAM
	// and MATIRAM, JOGARAM and JAGARAM are two).
	// Nor in a Mizo given name, nor a Punjabi one made with -PREET, -DEEP or -INDER (KAMALPREET / KOMALPREET; a Bengali -JIT keeps it: DEBOJIT = DEBAJIT).
	if (w.includes('O') && w.replace(/EE|OO|AA|PH/g, 'I').length >= 7 && !mizo && !/A(?:IAH|YYA)$|HALL?I$|UR[IU]$|ALL?A$|^KOMAL|(?:PREET|PRIT|DEEP|DIP|INDER)$/.test(w) && !/(?:THUR|[LV]AM|RAM)$/.test(word)) w = w.replace(/(?<=[^AEIOU])O(?!W)(?=[^AEIOU]+[AEIOU])/g, 'A');
	// Letters that stand for one sound, each looked for only in a word that has it (most words have few of them).
	const long = w.length >= 6;
	w = within(w, 'HH', /HH/g, 'H'); // KHUSHHAL = KHUSHAL (before SH: one H, not two, after the S)
	w = within(w, 'X', /X/g, 'KS'); // LAXMI = LAKSHMI (after SH below)
	if (w.includes('Q')) w = w.replace(/QU(?=[AI])/g, 'K').replace(/Q/g, 'K'); // SIDDIQUI = SIDDIQI, SIDDIQUA = SIDDIQA
	w = within(w, 'W', /W/g, 'V');
	// KAPADIYA = KAPADIA, MUDALIYAR = MUDALIAR; after a consonant one sound with Y (Tamil SATHIYA = SATHYA, KAVIYA =
	// KAVYA; SANIA / SANYA are kept apart in words.ts). Not a closing IE, which is the closing Y (below: ROSIE = ROSY).
	if (w.includes('I')) w = w.replace(/(?<=.[^AEIOU])IY?(?=[AEIOU])(?!E$)/g, 'Y').replace(/IY(?=[AEIOU])/g, 'I');
	w = within(w, 'PH', /PH/g, 'F');
	if (w.includes('C')) {
		w = w
			.replace(/CHH|CHCH|CCH/g, 'CH') // CHHAYA = CHAYA, BACHCHAN = BACHAN, HUCCHAMMA = HUCHAMMA
			.replace(/C(?=[EIY])/g, 'S') // a soft C in Christian names: JACINTA = JASINTA, CECILIA = SESILIA
			.replace(/C(?!H)/g, 'K');
	}
	if (w.includes('H')) w = w.replace(/SH/g, 'S').replace(/([KGJTDPB])H/g, '$1'); // aspirates: BHATT = BATT, SIDDHARTH = SIDDART
	w = within(w, 'O', /OU|OV(?=[^AEIOU]|$)/g, 'AU'); // GOURAV = GAURAV, CHOWDHURY = CHAUDHURY
	w = within(w, 'V', /(?<=.)V/g, 'B'); // SANJEEV = SANJIB, SUKHVIR = SUKHBIR (Bengali and Punjabi); not first: VORA / BORA
	w = within(within(w, 'EE', /EE/g, 'I'), 'OO', /OO/g, 'U');
	w = w.replace(/(.)\1+/g, '$1'); // AGGARWAL = AGARWAL
	if (w.endsWith('Y') || w.endsWith('IE')) w = w.replace(/Y$|(?<=.{2})IE$/, 'I'); // REDDY = REDDI, VIJAY = VIJAI, ROSIE = ROSY
	// MERLYN = MERLIN, SYLVESTER = SILVESTER; a short word's second letter stays: MYRA / MIRA, NYSA / NISA
	if (w.includes('Y')) w = w.replace(long ? /(?<=[^AEIOU])Y(?=[^AEIOU])/g : /(?<=^.{2,}[^AEIOU])Y(?=[^AEIOU])/g, 'I');
	w = atStart(w, 'LH', /^LH/, 'L'); // Sherpa and Tibetan LHAMU = LAMU
	// A short A between consonants, often left out: RAMACHANDRA = RAMCHANDRA, KAMALA = KAMLA. Not before the
	// word's first vowel: SMITA / SAMITA, SHRADDHA / SHARDA, PRAVEEN / PARVEEN are different names.
	return w.replace(/(?<=[AEIOU][^AEIOU]*?[^AEIOU])A(?=[^AEIOU])/g, '');
}

const VOWELS = 'AEIOU';
/** A Mizo given name: LAL-, VANLAL-, ZO-, ROHMING-, MALSAWM- and a man's -A or a woman's -I. */
export const MIZO_GIVEN = /^(?:(?:VAN)?LAL|ZO|ROHMING|MALSAWM)[A-Z]{4,}[AI]$/;
/** Mizo and Kuki names: a Mizo given name, or one closing in their words (ZORAMSANGA, LALRINPUIA, VANLALTHANGA, ZOTHANPUII, LUNMINTHANG). */
const isMizo = (word: string) => MIZO_GIVEN.test(word) || /(?:SANG|THANG|ZUAL|MAWI|LIAN|TLUANG|HMING|RUAT|KIM)[AI]$|PUI[AI]$|(?:THANG|MANG|LUN|LEN)$/.test(word);
/**
 * Two long words (8 letters or more) one vowel apart, past the first vowel and before the last letter (not before
 * -ULLAH or -UDDIN):
 * PHILOMENA / PHILOMINA, SURINDER / SURENDER, PROSENJIT / PRASENJIT are spellings. The first vowel tells
 * names apart (SASMITA / SUSMITA, SHEKHAR / SHIKHAR) and the last a man from a woman (LALRINPUIA / LALRINPUII).
 */
/** The close of a given name of two, or a family name, joined on (MANGILAL, RAMCHAND, SHIVDAS, RAMANAIDU). */
const GIVEN_NAME_CLOSE = /(?:LAL|CHAND|DASS?|RAM|NATH|PRASAD|DEV|DUTT|KUMAR|SINGH|NAIDU|REDDY|GOWDA)$/;
/** BEN, BHAI or BAI joined onto a given name (SHANTABEN, NATHUBHAI, HIRABAI). */
export const JOINED_ADDRESS = /(?:BHAI|BEN|BAI)$/;

export function oneVowelApart(x: string, y: string): boolean {
	if (x.length !== y.length || x.length < 8) return false;
	let at = -1;
	for (let i = 0; i < x.length; i++) {
		if (x[i] === y[i]) continue;
		if (at !== -1) return false;
		at = i;
	}
	if (at <= 0 || at === x.length - 1 || !VOWELS.includes(x[at]) || !VOWELS.includes(y[at])) return false;
	// -JIT and -JOT close two Sikh names (SARABJIT / SARABJOT, MANJIT / MANJOT).
	if (at === x.length - 2 && x.endsWith('T') && x[at - 1] === 'J') return false;
	// Nor E and U in the last syllable, which tell Kuki and Mizo names apart (THANGMINLEN / THANGMINLUN).
	if (['EU', 'UE'].includes(x[at] + y[at]) && ![...x.slice(at + 1)].some((letter) => VOWELS.includes(letter))) return false;
	// A Mizo or Kuki name is made of words of one syllable, each a word of its own: ZOREMSANGA and ZORAMSANGA differ.
	if (isMizo(x)) return false;
	// A woman's name closing in -ITHA, -ATHA or -UTHA is told apart by that vowel (AKSHATHA / AKSHITHA, CHARITHA / CHARUTHA).
	if (at === x.length - 4 && x.endsWith('THA') && y.endsWith('THA')) return false;
	// In a name made on ABDUL the part after it is a name of its own: ABDULSALAM / ABDULSALIM differ.
	if (/^ABDU[LRSZ]/.test(x) && at >= 5) return false;
	// In a name made with -ULLAH or -UDDIN the part before it is a name of its own: AMANULLAH / AMINULLAH differ.
	// Nor the closing vowel of a given name with BEN, BHAI or BAI joined on, as a firm's name keeps it (SHANTABEN / SHANTIBEN).
	const joined = JOINED_ADDRESS.exec(x)?.[0];
	if (joined !== undefined && y.endsWith(joined) && at === x.length - joined.length - 1) return false;
	// Nor a first part's closing vowel before the close of a given name of two, or a family name joined on (MANGULAL /
	// MANGILAL, RAMANAIDU / RAMUNAIDU, DEVIPRASAD / DEVAPRASAD); A and E, A and O (Bengali), E and I, O and U there are
	// one name's spellings (BHOLANATH = BHOLENATH = BHOLONATH, SIDDAGOWDA = SIDDEGOWDA).
	const close = GIVEN_NAME_CLOSE.exec(x)?.[0];
	if (close !== undefined && at === x.length - close.length - 1 && !/^(?:AE|EA|AO|OA|EI|IE|OU|UO)$/.test(x[at] + y[at])) return false;
	const compound = /(?:ULLAH?|UDD?(?:I|EE)N)$/.exec(x);
	if (compound && at < x.length - compound[0].length) return false;
	for (let i = 0; i < at; i++) if (VOWELS.includes(x[i])) return true;
	return false;
}
