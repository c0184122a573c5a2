/**
 * The pace against a limit on requests per second (`limitKind.ts` tells it
 * from a limit on requests in flight): sends are spread evenly at a rate
 * learned from Juspay's 429s. Each n8n process learns it alone (queue-mode
 * workers share nothing), so the rule must also split the limit evenly
 * between processes that never talk to each other.
 *
 * On "slow down" the rate is cut below what Juspay accepted from this process
 * in the second before, and cut deeper the more of its requests Juspay
 * refused in that second. Juspay's window refuses whoever sends next, so a
 * process sending twice as fast meets about twice the refusals: it gives back
 * more, and unequal shares move toward equal ones (a cut by the same factor
 * for everyone keeps whatever split the first wave of 429s left).
 *
 * While rows wait, the rate grows slowly (a 429 costs its row a Retry-After),
 * and, after a calm second, faster and faster: when another process's runs
 * end, their share of the limit is taken within a second or two instead of
 * at 2% a second.
 */

/** On "slow down": this share of what Juspay accepted in the second before… */
const CUT_TO = 0.95;
/** …less this much for each further request of this process it refused in that second… */
const CUT_PER_REFUSAL = 0.1;
/** …but never below this share (a wave of refusals must not collapse the rate). */
const CUT_FLOOR = 0.6;
/** While rows wait to be sent, the rate grows by this share per second, to find a raised limit… */
const PROBE = 0.02;
/** …and once no 429 has come for this long, by up to this much more for each further calm second (at most doubling per second). */
const [CALM_MS, CALM_PROBE, MAX_PROBE] = [1000, 2, 1];

export class RateProbe {
	/** Sends per second (0: Juspay's limit is not known to be per second). */
	perSecond = 0;
	private lastSentAt = 0;
	private cutAt = 0;

	/** Juspay said "slow down": it had accepted `accepted` of this process's requests in the second before and refused `refused`. */
	cut(now: number, accepted: number, refused: number): void {
		const share = Math.max(CUT_FLOOR, CUT_TO - CUT_PER_REFUSAL * Math.max(0, refused - 1));
		this.perSecond = Math.max(1, accepted * share);
		this.cutAt = now;
	}

	/** Juspay's limit is not (or no longer known to be) per second. */
	stop(): void {
		this.perSecond = 0;
	}

	/** A request was sent; `queued`: it had waited for its turn, so rows wait and the rate may grow. */
	sent(now: number, queued: boolean): void {
		if (this.perSecond && queued) {
			const calmSeconds = Math.max(0, now - this.cutAt - CALM_MS) / 1000;
			const growth = PROBE + Math.min(MAX_PROBE, CALM_PROBE * calmSeconds);
			this.perSecond *= 1 + (growth * Math.min(1000, now - this.lastSentAt)) / 1000;
		}
		this.lastSentAt = now;
	}
}
