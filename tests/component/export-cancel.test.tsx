import { describe, expect, it } from 'vitest';
import { mapPng } from '../../src/files/image/mapImage';
import { swimlanePng } from '../../src/files/image/swimlaneImage';
import { makeBoard, makeStep } from '../unit/builders';

describe('PNG export progress and cancel', () => {
  it('stops a map export that is cancelled, before drawing anything', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const board = makeBoard({ steps: [makeStep()] });
    const run = mapPng(board, 'en', {
      signal: controller.signal,
      onProgress: (f: number) => {
        seen.push(f);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0]);
  });

  it('stops a swimlane export that is cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const seen: number[] = [];
    const run = swimlanePng(makeBoard({ steps: [makeStep()] }), 'zh-CN', {
      signal: controller.signal,
      onProgress: (f: number) => seen.push(f),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0]);
  });
});
