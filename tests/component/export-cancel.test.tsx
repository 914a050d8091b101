import { describe, expect, it } from 'vitest';
import { mapToPng, swimlaneToPng } from '../../src/files/export/png';
import { makeBoard, makeStep } from '../unit/builders';

function mapRoot() {
  const root = document.createElement('div');
  root.className = 'react-flow';
  const viewport = document.createElement('div');
  viewport.className = 'react-flow__viewport';
  root.append(viewport);
  document.body.append(root);
  return root;
}

describe('PNG export progress and cancel', () => {
  it('stops a map export that is cancelled, before drawing anything', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const board = makeBoard({ steps: [makeStep()] });
    const run = mapToPng(mapRoot(), board, {
      signal: controller.signal,
      onProgress: (f) => {
        seen.push(f);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0]);
  });

  it('stops a swimlane export that is cancelled and leaves the page as it was', async () => {
    const root = document.createElement('div');
    root.append(document.createElement('table'));
    document.body.append(root);
    const controller = new AbortController();
    controller.abort();
    await expect(swimlaneToPng(root, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(root.classList.contains('ka-exporting')).toBe(false);
  });
});
