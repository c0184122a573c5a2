/**
 * Which limit Juspay holds, read from the counts at its 429s
 * (transport/limitKind.ts), and how many requests per second it accepted of
 * ours at a cut.
 */
import { LimitKindReader } from '../../nodes/Juspay/transport/pace/limitKind';

/** Cuts at 1 s, 3 s and 5 s: `inFlight` requests of ours at Juspay, `lastSecond` accepted in the second before. */
function judge(cuts: Array<{ inFlight: number; lastSecond: number }>) {
	const reader = new LimitKindReader();
	let kind;
	cuts.forEach(({ inFlight, lastSecond }, index) => {
		const at = 1000 + 2000 * index;
		for (let sent = 0; sent < lastSecond; sent++) reader.sent({ sentAt: at - 900 + sent });
		kind = reader.atCut(at, inFlight);
	});
	return kind;
}

describe('LimitKindReader', () => {
	it('the same count in flight at every 429 while the rate wanders: a limit on requests at once', () => {
		expect(judge([{ inFlight: 10, lastSecond: 13 }, { inFlight: 10, lastSecond: 10 }, { inFlight: 10, lastSecond: 12 }])).toBe('inFlight');
	});

	it('the same rate at every 429 while the count in flight wanders: a limit per second', () => {
		expect(judge([{ inFlight: 11, lastSecond: 15 }, { inFlight: 14, lastSecond: 15 }, { inFlight: 12, lastSecond: 14 }])).toBe('perSecond');
	});

	it('both the same at every 429, or the rate moving by less than a tenth: not known (sent at a rate, it is found out later)', () => {
		// Under 10 per second with answers in about 800 ms, 8 in flight at every 429 is as likely as under 8 at once.
		expect(judge([{ inFlight: 8, lastSecond: 10 }, { inFlight: 8, lastSecond: 10 }, { inFlight: 8, lastSecond: 10 }])).toBeUndefined();
		expect(judge([{ inFlight: 7, lastSecond: 11 }, { inFlight: 7, lastSecond: 10 }, { inFlight: 7, lastSecond: 10 }])).toBeUndefined();
	});

	it('both moving together, as when another process shares the limit: not known', () => {
		// Our share went 30 → 25 → 27 per second; at 400 ms round trips that is 12 → 10 → 11 in flight.
		// (Compared by absolute spread, 2 against 5, the count in flight would read as held.)
		expect(judge([{ inFlight: 12, lastSecond: 30 }, { inFlight: 10, lastSecond: 25 }, { inFlight: 11, lastSecond: 27 }])).toBeUndefined();
		expect(judge([{ inFlight: 12, lastSecond: 30 }, { inFlight: 9, lastSecond: 22 }, { inFlight: 11, lastSecond: 27 }])).toBeUndefined();
	});

	it('fewer than three cuts: not known', () => {
		expect(judge([{ inFlight: 10, lastSecond: 13 }, { inFlight: 10, lastSecond: 10 }])).toBeUndefined();
	});

	it('accepted per second reads answers too: right after a burst the sends of the last second were refused', () => {
		const reader = new LimitKindReader();
		// 40 sent in the first 100 ms and answered at about 800 ms; at 1.2 s every send of the last second was refused.
		for (let i = 0; i < 40; i++) reader.sent({ sentAt: i * 2 });
		for (let i = 0; i < 40; i++) reader.answered(800 + i);
		for (let i = 0; i < 10; i++) reader.sent({ sentAt: 1100 + i, refused: true });
		expect(reader.acceptedPerSecond(1200, 0, 800, false)).toBe(40);
		// Requests at Juspay per round trip count too: 20 in flight at 400 ms is 50 per second.
		expect(reader.acceptedPerSecond(1200, 20, 400, false)).toBe(50);
	});

	it('a second mostly refused with ours at Juspay: answers to requests taken before a drop do not count', () => {
		const reader = new LimitKindReader();
		// 40 in flight at 800 ms, then Juspay's limit falls to 10: the 40 answered at 1.0-1.8 s, 3 of the 20 sent
		// after them accepted, and at 2.0 s 10 of ours at Juspay.
		for (let i = 0; i < 40; i++) reader.sent({ sentAt: 200 + i * 20 });
		for (let i = 0; i < 40; i++) reader.answered(1000 + i * 20);
		for (let i = 0; i < 20; i++) reader.sent({ sentAt: 1100 + i * 40, refused: i >= 3 });
		// By the answers it would be 40 a second; by what Juspay took and holds, 10 in flight at 800 ms: 12.5.
		expect(reader.acceptedPerSecond(2000, 10, 800, false)).toBe(12.5);
		// With none of ours at it, the answers are all there is (the test above): 39 in the last second.
		expect(reader.acceptedPerSecond(2000, 0, 800, false)).toBe(39);
	});

	it('a full window: what it holds is the rate, however many are at Juspay per round trip', () => {
		const reader = new LimitKindReader();
		// 15 accepted at 0-14 ms, 13 of ours at Juspay at a 429 at 700 ms with answers in 800 ms: 16 a second by count.
		for (let i = 0; i < 15; i++) reader.sent({ sentAt: i });
		reader.sent({ sentAt: 15, refused: true });
		expect(reader.acceptedPerSecond(700, 13, 800, false)).toBe(16.25);
		expect(reader.acceptedPerSecond(700, 13, 800, true)).toBe(15);
		// It frees when the oldest request it holds leaves: a second after it went.
		expect(reader.windowFreesAt(700)).toBe(1000);
	});

	it('a 429 with fewer of ours at Juspay than any since the last cut, within a second of it, shows a full window', () => {
		const reader = new LimitKindReader();
		reader.atCut(0, 15);
		// The rest of the first burst refused at 14 … 10 (each one fewer, as they come back): the same wave.
		expect(reader.refused(14, 5)).toBe(true);
		expect(reader.refused(10, 10)).toBe(true);
		// Refused at the same count again: a count Juspay holds would refuse that one too.
		expect(reader.refused(10, 600)).toBe(false);
		reader.atCut(600, 10);
		// Fewer again, but more than a second after the cut: not read as a full window.
		expect(reader.refused(9, 1600)).toBe(false);
	});
});
