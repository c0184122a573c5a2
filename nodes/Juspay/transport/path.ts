/**
 * Builds a URL path from literal parts and ids, URL-encoding every id.
 *
 * `encodeURIComponent` leaves `.` alone, so a bare `.` or `..` segment would
 * still be resolved by the URL parser and climb to another endpoint; those are
 * encoded too. Input schemas already refuse such ids: this is the second lock.
 */
export function apiPath(parts: TemplateStringsArray, ...ids: Array<string>): string {
	return parts.reduce((path, part, index) => {
		const id = index < ids.length ? encodeSegment(ids[index]) : '';
		return path + part + id;
	}, '');
}

export function encodeSegment(id: string): string {
	const encoded = encodeURIComponent(id);
	return encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '%2E') : encoded;
}
