import { matchNames, nameTokens } from '../../nodes/Juspay/helpers/nameMatch';

/**
 * What Indian bank names look like next to what people type. Each row:
 * expected name, name at the bank, score, band. docs/verdict.md shows some rows.
 */
const table: Array<[string, string, number, string]> = [
	['Rahul Kumar', 'RAHUL KUMAR', 100, 'EXACT'],
	['rahul kumar', 'Rahul  Kumar', 100, 'EXACT'],
	['Mr. Rahul Kumar', 'RAHUL KUMAR', 100, 'EXACT'],
	['Rahul Kumar', 'MR RAHUL KUMAR', 100, 'EXACT'],
	['Asha Verma', 'SMT ASHA VERMA', 100, 'EXACT'],
	['Asha Verma', 'MRS. ASHA VERMA', 100, 'EXACT'],
	['Anil Sharma', 'SHRI ANIL SHARMA', 100, 'EXACT'],
	['Dr Neha Gupta', 'NEHA GUPTA', 100, 'EXACT'],
	['Acme Traders', 'M/S ACME TRADERS', 100, 'EXACT'],
	['Acme Traders', 'M/S. ACME TRADERS', 100, 'EXACT'],
	['Kumari Priya', 'PRIYA', 100, 'EXACT'],
	['Priya Kumari', 'PRIYA KUMARI', 100, 'EXACT'],
	['R.K. Singh', 'R K SINGH', 100, 'EXACT'],
	['Rahul Kumar', 'KUMAR RAHUL', 95, 'STRONG'],
	['Rahul Kumar', 'RAHULKUMAR', 95, 'STRONG'],
	['Rahulkumar Patel', 'RAHUL KUMAR PATEL', 95, 'STRONG'],
	['Sharma Anil Kumar', 'ANIL KUMAR SHARMA', 95, 'STRONG'],
	['Rahul Kumar', 'R KUMAR', 85, 'STRONG'],
	['Anil Kumar Gupta', 'A K GUPTA', 80, 'STRONG'],
	['Rahul Kumar', 'RAHUL KUMAAR', 87, 'STRONG'],
	['Venkatesh Iyer', 'VENKATESH IYYER', 85, 'STRONG'],
	['Rahul Kumar', 'RAHUL KUMAR SHARMA', 80, 'STRONG'],
	['Rahul Kumar', 'R K', 70, 'PARTIAL'],
	['Rahul', 'RAHUL KUMAR', 67, 'PARTIAL'],
	['Mohammed Irfan Khan', 'MOHAMMED KHAN', 80, 'STRONG'],
	['Sunita Devi', 'SUNITA', 67, 'PARTIAL'],
	['Lakshmi Narayanan S', 'LAKSHMI N', 68, 'PARTIAL'],
	['Rahul Kumar', 'RAHUL SINGH', 50, 'WEAK'],
	['Rahul Kumar', 'ROHIT KUMAR', 50, 'WEAK'],
	['Rahul Kumar', 'PRIYA SHARMA', 0, 'NONE'],
	['Suresh', 'RAMESH', 0, 'NONE'],
	['Acme Traders', 'BETA INDUSTRIES PVT LTD', 0, 'NONE'],
];

describe('name match', () => {
	it.each(table)('%s vs %s → %d %s', (expected, atBank, score, band) => {
		expect(matchNames(expected, atBank)).toEqual({ score, band });
	});

	it('has at least 30 cases', () => expect(table.length).toBeGreaterThanOrEqual(30));

	it('is symmetric in band for swapped names and deterministic', () => {
		for (const [a, b] of table) {
			expect(matchNames(a, b)).toEqual(matchNames(a, b));
			expect(matchNames(b, a)?.band).toBe(matchNames(a, b)?.band);
		}
	});

	it('gives no verdict without a name on either side', () => {
		expect(matchNames('', 'RAHUL')).toBeNull();
		expect(matchNames('Rahul', ' . ')).toBeNull();
	});

	it('drops titles only in front', () => {
		expect(nameTokens('Dr. Mrs. Asha  Verma')).toEqual(['ASHA', 'VERMA']);
		expect(nameTokens('Asha Kumari')).toEqual(['ASHA', 'KUMARI']);
		expect(nameTokens('M/S Acme')).toEqual(['ACME']);
	});
});
