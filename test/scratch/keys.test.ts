/* eslint-disable */
import { keysOf } from '../../nodes/Juspay/helpers/nameMatch/word';
it('keys', () => { console.log((process.env.W ?? '').split(' ').map((w) => `${w}: ${keysOf(w).join(',')}`).join('\n')); });
