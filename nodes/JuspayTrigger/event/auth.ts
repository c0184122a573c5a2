import { createHash, timingSafeEqual } from 'crypto';

import type { Login } from '../../Juspay/helpers/basicLogin';

/**
 * HTTP Basic check of an incoming webhook call. Both sides are hashed to
 * digests of one length and compared with `timingSafeEqual`, so the answer
 * time tells a caller neither how much of a guess was right nor how long the
 * secret is.
 */

function sameText(a: string, b: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(a), digest(b));
}

/** The username and password of an `Authorization: Basic …` header, or undefined. */
export function basicLogin(header: unknown): Login | undefined {
	const match = typeof header === 'string' ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function loginMatches(header: unknown, expected: Login): boolean {
	const given = basicLogin(header);
	if (!given || expected.username === '' || expected.password === '') return false;
	// Both compared, always, so a right username with a wrong password takes as long as the reverse.
	const user = sameText(given.username, expected.username);
	const password = sameText(given.password, expected.password);
	return user && password;
}
