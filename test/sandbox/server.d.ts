/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
import type { IncomingHttpHeaders } from 'http';

/** What a fault does to a request it picks. */
export type FaultKind =
  | '429' // error body in the API's shape, Retry-After if `retryAfter` is given
  | '500'
  | '503' // Retry-After if `retryAfter` is given
  | '401' // the API's own 401 body
  | 'hang' // never answers; the client must time out (stop() still ends it)
  | 'reset' // destroys the socket without answering (TCP RST where Node can)
  | 'html' // 200 text/html page instead of JSON
  | 'truncated'; // 200 application/json whose JSON body is cut off

export interface Fault {
  /** Numbers are accepted for the status-code kinds. */
  kind: FaultKind | 429 | 500 | 503 | 401;
  /** Substring of the raw request path (query included), or `/source/flags` for a regular expression. */
  path?: string | RegExp;
  /** HTTP method, case-insensitive. */
  method?: string;
  /**
   * Fraction 0..1 of matching requests that fire. Deterministic unless `seed` is given:
   * match n fires when ceil(n*share) grows, so 0.5 fires on matches 1, 3, 5, ...
   */
  share?: number;
  /** Seed of a PRNG that decides `share` instead of the counter. */
  seed?: number;
  /** Fire at most this many times. */
  times?: number;
  /** Retry-After header: seconds, or an HTTP date string. */
  retryAfter?: number | string;
  /** Carry the request out, then lose its answer this way (not for 401 or 429). */
  landed?: boolean;
}

export interface SandboxOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Basic-auth username the sandbox accepts (password must be empty). Default 'test_api_key'. */
  apiKey?: string;
  /** Value `x-merchantid` must have on payout calls. Default 'test_merchant'. */
  merchantId?: string;
  /** Delay before answering each non-control request. Default 0. */
  latencyMs?: number;
  /** How long a customer-account penny drop runs (PENDING, and not listed, until then). Default 0. */
  pennyDropMs?: number;
  faults?: Fault[];
  /** Rate limit and latency jitter (limits.js). */
  limits?: Limits;
  /** Webhook delivery (webhooks.js); a request's own webhookDetails win over `url`. */
  webhooks?: WebhookSettings;
}

/** Knobs of the sandbox's rate limiter (limits.js); `setLimits` merges them. */
export interface Limits {
  /** 'inFlight': at most `limit` requests worked on at once; 'perSecond': at most `limit` accepted in any trailing second. */
  mode?: 'none' | 'inFlight' | 'perSecond';
  limit?: number;
  /** Seconds in the 429's Retry-After. Default 1. */
  retryAfter?: number;
  /** Accepted requests are answered after latencyMs ± jitterMs (uniform). */
  latencyMs?: number;
  jitterMs?: number;
  /** The limit becomes `limit` once `afterValidations` validations were accepted. */
  then?: { afterValidations: number; limit: number };
}

export interface LimitsState extends Omit<Limits, 'limit'> {
  limit: number | null;
  inFlight: number;
  /** Requests let through the limiter. */
  accepted: number;
  /** Requests answered 429 by the limiter. */
  rateLimited: number;
  /** Accepted validation POSTs (each would be a penny drop). */
  validations: number;
  peakInFlight: number;
}

export interface WebhookSettings {
  /** Global target when a request carries no webhookDetails. Default none. */
  url?: string | null;
  username?: string | null;
  password?: string | null;
  /** Where a request carries its webhookDetails. Default 'additionalInfo.webhookDetails'. */
  detailsPath?: string;
  /** Calls in all for one event, the first included. Default 5. */
  maxAttempts?: number;
  /** Pause before a resend after a non-200 answer. Default 200. */
  retryDelayMs?: number;
  /** A pending validation settles by itself (and its event goes out) after this long. Default never. */
  finalizeAfterMs?: number | null;
  timeoutMs?: number;
}

export interface WebhookDelivery {
  beneId: string;
  event: 'VALID' | 'INVALID';
  url: string;
  username: string | null;
  /** The event as sent. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: Record<string, any>;
  /** One per call: the HTTP status, or the network error. */
  attempts: Array<{ status?: number; error?: string; time: number }>;
  delivered: boolean;
  /** A redeliver() copy of an earlier event. */
  resend?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Raw request target as received, query included, not decoded. */
  path: string;
  /** Header names lower-cased, as Node gives them. */
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Parsed JSON for a JSON content type, fields for a form, otherwise (or unparseable) null. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: Record<string, any> | null;
  /** Date.now() when the request was received. */
  time: number;
  /** True when the sandbox's rate limiter answered it 429. */
  rateLimited?: boolean;
  /** The HTTP status answered, once the answer is sent. */
  status?: number;
  /** When the answer was sent (ms since the epoch). */
  answeredAt?: number;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:34567 (no trailing slash). */
  url: string;
  port: number;
  /** Every non-control request, recorded before latency, auth and faults. Live array. */
  requests: RecordedRequest[];
  /** Empties `requests` in place. */
  clear(): void;
  /** Forgets requests, customer accounts and beneficiaries; removes faults and latency. */
  reset(): void;
  /** Replaces the faults (their counters restart). Throws on an invalid fault. */
  setFaults(faults: Fault[]): void;
  setLatency(ms: number): void;
  /** How long a customer-account penny drop runs from now on (PENDING, and not listed, until then). */
  setPennyDrop(ms: number): void;
  /** Merges rate-limit knobs (mid-run too); counters carry on. Throws on a bad knob. */
  setLimits(limits: Limits): void;
  /** The limiter's knobs and counters (cleared by `clear()`). */
  limits(): LimitsState;
  webhooks: {
    /** Changes settings (reset() restores the start ones); returns them, password hidden. */
    configure(settings: WebhookSettings): object;
    /** Every event sent so far, with its attempts. */
    deliveries(): WebhookDelivery[];
    /** Sends the last event of a beneficiary again, as Juspay resends. */
    redeliver(beneId: string): void;
    /** Resolves once no event is scheduled or on the way. */
    idle(): Promise<void>;
  };
  /** Closes the server and destroys every open socket, hanging ones included. */
  stop(): Promise<void>;
}

export declare const DEFAULTS: Required<SandboxOptions>;

export declare function startSandbox(options?: SandboxOptions): Promise<Sandbox>;
