// Copies node and credential icons next to the compiled JS, keeping their
// paths (nodes/Juspay/juspay.svg -> dist/nodes/Juspay/juspay.svg), so that the
// `file:` icon references resolve in the published package. `tsc` does not
// copy non-TS assets.
const { src, dest } = require('gulp');

function buildIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		// gulp 5 decodes files as UTF-8 by default, which corrupts PNGs.
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
