/**
 * Reads Juspay's 429s to tell which limit it holds: requests in flight, or
 * requests per second. At each "slow down" it notes both counts (requests in
 * flight, requests accepted in the second before); the one Juspay limits is
 * the same at every 429, the other wanders. `paceControl.ts` acts on the
 * answer: pacing sends per second, or holding the pace at the in-flight
 * count Juspay keeps accepting.
 */

export type LimitKind = 'perSecond' | 'inFlight';

/** A request as the reader sees it: when it went, and whether Juspay refused it. */
export interface Send {
	sentAt: number;
	refused?: boolean;
}

/** Cuts compared to tell a limit per second from a limit on requests at once. */
const KIND_SAMPLES = 3;

export class LimitKindReader {
	/** At each cut: requests in flight, and requests accepted in the second before. */
	private readonly samples: Array<{ inFlight: number; lastSecond: number }> = [];
	/** Sends of the last second, to count how many Juspay accepted in it. */
	private readonly lastSecondSends: Send[] = [];
	private kind?: LimitKind;

	sent(send: Send): void {
		this.lastSecondSends.push(send);
		this.forgetSendsBefore(send.sentAt - 1000);
	}

	/**
	 * Juspay said "slow down" with `inFlight` requests of ours accepted at it.
	 * Returns the requests it accepted in the second before, and which limit
	 * the last cuts show (undefined: not known).
	 */
	atCut(now: number, inFlight: number): { lastSecond: number; kind?: LimitKind } {
		this.forgetSendsBefore(now - 1000);
		const lastSecond = this.lastSecondSends.filter((send) => !send.refused).length;
		this.samples.push({ inFlight, lastSecond });
		if (this.samples.length > KIND_SAMPLES) this.samples.shift();
		// Undecided: a per-second limit stays one (its pacing is what keeps it calm); an in-flight count is no longer trusted.
		this.kind = this.judge() ?? (this.kind === 'perSecond' ? 'perSecond' : undefined);
		return { lastSecond, kind: this.kind };
	}

	/**
	 * Whether Juspay limits requests per second or in flight, judged over the
	 * last cuts: the limit Juspay holds is the count that stays (nearly) the
	 * same at every 429 while the other one wanders. Undefined when both
	 * wander, as when the limit itself changes.
	 */
	private judge(): LimitKind | undefined {
		if (this.samples.length < KIND_SAMPLES) return undefined;
		const inFlight = this.samples.map((sample) => sample.inFlight);
		const lastSecond = this.samples.map((sample) => sample.lastSecond);
		if (holds(lastSecond, inFlight)) return 'perSecond';
		if (holds(inFlight, lastSecond)) return 'inFlight';
		return undefined;
	}

	private forgetSendsBefore(time: number): void {
		const sends = this.lastSecondSends;
		while (sends.length > 0 && sends[0].sentAt <= time) sends.shift();
	}
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

/** Whether the counts `held` at the last 429s stayed the same (within 10%) while the counts `other` moved more. */
function holds(held: number[], other: number[]): boolean {
	return spread(held) < spread(other) && spread(held) <= 1 + 0.1 * Math.max(...held);
}
