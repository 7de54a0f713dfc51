// The first screen's requests go out before the app's script is even loaded (issue 12): this small
// module runs first, the app (start.tsx, most of the code) comes as its own chunk while they are answered.
import './zodConfig';
import { startFirstRound } from './store/firstRound';

startFirstRound();
void import('./start');
