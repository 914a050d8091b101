import { app } from './app';
import { canvas } from './canvas';
import { domain } from './domain';
import { grid } from './grid';
import { live } from './live';
import { outline } from './outline';
import { share } from './share';
import { swimlane } from './swimlane';
import { workshop } from './workshop';

/** Every namespace of this language, loaded as one chunk when the language is first used. */
export const messages = { app, domain, canvas, swimlane, share, workshop, grid, live, outline };
