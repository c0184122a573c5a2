/** One and many of a thing a firm is named after (PALM BEACH HOTEL / PALMS BEACH HOTEL): pair.ts pairs them, judge.ts asks a person to look. */
import type { Pair } from './pair';
import type { Name } from './read';

/**
 * Things firms are named after, one or many (BLUE HILL / BLUE HILLS, ROYAL OAK / ROYAL OAKS, GEM / GEMS): two firms as
 * often as one (10, 10 and 13 of three red teams' 80 different firms were paid). Only these: the goods a firm deals in
 * and a business word are one in either number (AGENT / AGENTS, FARMER / FARMERS, BANGLE / BANGLES, DIAMOND / DIAMONDS:
 * 45 labelled same firms went PARTIAL when every word was held), and so is a name's possessive (ST ANNE'S / ST ANNES,
 * DAS / DASS).
 */
const THINGS = new Set(
	`ACE HILL GEM GATE KING QUEEN KNIGHT PALM OAK PINE MAPLE CEDAR OLIVE ORCHID TULIP LILY SUNFLOWER LINE SPARK ARROW ANCHOR CROWN
	PEARL EMERALD SAPPHIRE CRYSTAL TREE STONE TOWER WAVE WING PEAK LAKE MOON PLANET COMET EAGLE FALCON HAWK PEACOCK
	PARROT SPARROW CRANE SWAN DOLPHIN TIGER LION PANTHER LEOPARD ELEPHANT HORSE BULL DEER FOX BRIDGE CASTLE CHARIOT CLOUD CYCLONE
	HORIZON PILLAR RAINBOW ROCKET SHADOW THUNDER STORM FLAME ROCK OCEAN SUMMIT DREAM WONDER ANGEL GIANT TITAN LEGEND HERO WARRIOR
	DRAGON`.split(/\s+/),
);
/** And a thing's name closing a firm's own word (GREENWOOD, EVERGREEN, POLESTAR, PRIMROSE). */
const THINGS_CLOSING = ['WOOD', 'GREEN', 'STAR', 'ROSE'];

/** A firm's word for one of THINGS (GREENWOOD too) against its plural: "one and many: OAK / OAKS". */
export function oneAndMany(a: Name, b: Name, pairs: Pair[]): string | undefined {
	if (!a.business && !b.business) return undefined;
	for (const { a: [x], b: [y], kind } of pairs) {
		if (kind !== 'spelling' || x === undefined || y === undefined || x.text.length === y.text.length) continue;
		const [one, many] = x.text.length < y.text.length ? [x, y] : [y, x];
		if (many.text === `${one.text}S` && (THINGS.has(one.text) || THINGS_CLOSING.some((thing) => one.text.endsWith(thing)))) return `one and many: ${x.written} / ${y.written}`;
	}
	return undefined;
}
