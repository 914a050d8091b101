/** The method's last step: the team records the path it reviewed (board version 2). */
import type { Board } from '../types';

/** Records (or, with undefined, clears) the path the team reviewed and accepted. */
export function setReviewedPath(d: Board, path: Board['reviewedPath']): void {
  if (path === undefined) delete d.reviewedPath;
  else d.reviewedPath = path;
}
