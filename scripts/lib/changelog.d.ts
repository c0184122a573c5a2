export interface ChangelogSection {
	name: string;
	date: string | null;
	body: string;
}
export function changelogSections(text: string): ChangelogSection[];
export function changelogSection(text: string, version: string): ChangelogSection | undefined;
