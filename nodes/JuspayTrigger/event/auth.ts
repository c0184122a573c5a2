import type { Login } from '../../Juspay/helpers/basicLogin';

/**
 * HTTP Basic check of an incoming webhook call. The comparison looks at every
 * character whatever matches, so the answer time does not tell a caller how
 * much of a guess was right.
 */

function sameText(a: string, b: string): boolean {
	let difference = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		difference |= (a.charCodeAt(i % (a.length || 1)) || 0) ^ (b.charCodeAt(i % (b.length || 1)) || 0);
	}
	return difference === 0;
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
