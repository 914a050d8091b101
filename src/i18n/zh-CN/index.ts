import { app } from './app';
import { canvas } from './canvas';
import { deck } from './deck';
import { domain } from './domain';
import { edges } from './edges';
import { grid } from './grid';
import { live } from './live';
import { outline } from './outline';
import { portfolio } from './portfolio';
import { share } from './share';
import { swimlane } from './swimlane';
import { workshop } from './workshop';

/** Every namespace of this language, loaded as one chunk when the language is first used. */
export const messages = {
  app,
  domain,
  canvas,
  swimlane,
  share,
  workshop,
  grid,
  live,
  portfolio,
  deck,
  edges,
  outline,
};
