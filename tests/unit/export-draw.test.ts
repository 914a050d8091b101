import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../../src/domain/analyze';
import type { Board } from '../../src/domain/types';
import { mapTasks, type DrawContext } from '../../src/files/export/draw/drawMap';
import { mapScene, type MapInput } from '../../src/files/export/draw/mapScene';
import { runInSlices } from '../../src/files/export/draw/slices';
import { swimlaneLayout, swimlaneTasks } from '../../src/files/export/draw/swimlaneImage';
import { swimlaneSlideModel } from '../../src/files/export/swimlaneSlideModel';
import { drawLooks, mapWords } from '../../src/files/image/mapInput';
import { KIND_ICONS } from '../../src/look/kindIcons';
import {
  makeBoard,
  makeGroup,
  makeLink,
  makeStage,
  makeStakeholder,
  makeStep,
  makeTeamMember,
} from './builders';

interface Call {
  name: string;
  args: unknown[];
  /** The fill and stroke style at the time of the call. */
  fill: unknown;
  stroke: unknown;
  font: unknown;
}

/** A Canvas 2D context that records what is drawn; text is 7 px a character wide. */
function recorder() {
  const calls: Call[] = [];
  const state: Record<string, unknown> = {};
  const g = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'measureText') return (t: string) => ({ width: t.length * 7 });
      return (...args: unknown[]) => {
        calls.push({
          name: key,
          args,
          fill: state.fillStyle,
          stroke: state.strokeStyle,
          font: state.font,
        });
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as DrawContext;
  const texts = () => calls.filter((c) => c.name === 'fillText').map((c) => String(c.args[0]));
  return { g, calls, texts };
}

const measure = (text: string) => text.length * 7;

function crmLike(): Board {
  return makeBoard({
    team: [makeTeamMember({ id: 'm1', name: '王销售' })],
    groups: [
      makeGroup({
        id: 'g1',
        label: '采购部',
        position: { x: -20, y: -40 },
        size: { width: 500, height: 260 },
      }),
    ],
    stakeholders: [
      makeStakeholder({
        id: 'p1',
        name: '张总',
        title: '销售管理部负责人',
        stance: 'supporter',
        roles: ['champion', 'user'],
        influence: 4,
        relationshipOwner: 'm1',
        concerns: ['价格', '上线时间'],
        groupId: 'g1',
        position: { x: 0, y: 0 },
      }),
      makeStakeholder({
        id: 'p2',
        name: 'Li Wei',
        stance: 'blocker',
        canVeto: true,
        position: { x: 260, y: 0 },
      }),
    ],
    steps: [
      makeStep({ id: 's1', label: '需求提出', kind: 'need', position: { x: 0, y: 400 } }),
      makeStep({ id: 's2', label: 'Approval', kind: 'approval', position: { x: 300, y: 400 } }),
    ],
    links: [
      makeLink({ id: 'l1', source: 's1', target: 's2', type: 'next' }),
      makeLink({ id: 'l2', source: 'p1', target: 's1', type: 'drives', label: '超出权限时' }),
      makeLink({ id: 'l3', source: 'p2', target: 's2', type: 'approves' }),
      makeLink({ id: 'l4', source: 'p2', target: 'p1', type: 'reports-to' }),
      makeLink({ id: 'l5', source: 's2', target: 's1', type: 'next' }),
    ],
    notes: [
      {
        id: 'n1',
        text: 'Budget frozen until Q3',
        color: 'pink',
        position: { x: 600, y: 0 },
        attachedTo: 'p2',
      },
    ],
  });
}

function input(board: Board, lang: 'en' | 'zh-CN' = 'en'): MapInput {
  return {
    board,
    words: mapWords(lang),
    looks: drawLooks(),
    icons: KIND_ICONS,
    flagCounts: new Map([['s2', 3]]),
  };
}

describe('the map drawn from the board', () => {
  it('lays out one card per person and step, a frame per department and every link', () => {
    const scene = mapScene(input(crmLike()), measure);
    expect(scene.cards.map((c) => c.id).sort()).toEqual(['p1', 'p2', 's1', 's2']);
    expect(scene.frames.map((f) => f.label)).toEqual(['采购部']);
    expect(scene.notes).toHaveLength(1);
    // Five links and the note's dotted line.
    expect(scene.edges.map((e) => e.type).sort()).toEqual(
      ['approves', 'drives', 'next', 'next', 'note', 'reports-to'].sort(),
    );
    // Every card is inside the image's bounds, and so is the rework loop under the row.
    const b = scene.bounds;
    for (const c of [...scene.cards, ...scene.frames, ...scene.notes]) {
      expect(c.x).toBeGreaterThanOrEqual(b.x);
      expect(c.y).toBeGreaterThanOrEqual(b.y);
      expect(c.x + c.width).toBeLessThanOrEqual(b.x + b.width + 1e-6);
      expect(c.y + c.height).toBeLessThanOrEqual(b.y + b.height + 1e-6);
    }
    const loop = scene.edges.find((e) => e.id === 'l5')!;
    const lowest = Math.max(...loop.path.map((p) => p.y));
    expect(lowest).toBeGreaterThan(400 + 60);
    expect(b.y + b.height).toBeGreaterThanOrEqual(lowest);
  });

  it('draws what each card says: name, title, roles, stance, influence, coverage, concerns, owner', () => {
    const { g, texts, calls } = recorder();
    for (const task of mapTasks(mapScene(input(crmLike()), measure))) task.draw(g);
    const drawn = texts();
    for (const text of [
      '张总',
      '销售管理部负责人',
      'Champion / KP',
      'Supporter',
      '●●●●○',
      '2 concerns',
      'Ours: 王销售',
      'Li Wei',
      '⊘ Veto',
      'Blocker',
      'No owner on our side',
      '需求提出',
      'Need',
      '⚑ 3 flags',
      '超出权限时',
      '采购部',
      'About Li Wei',
      'Budget frozen until Q3',
    ]) {
      expect(drawn, text).toContain(text);
    }
    // The blocker's card has the blocker's colour on its left; the supporter's stance label its own.
    const fills = calls.filter((c) => c.name === 'fillRect').map((c) => c.fill);
    expect(fills).toContain('#c62828');
    expect(fills).toContain('#2f9e44');
    // One stroked line per link and note line, in the link type's colour, with an arrow head each.
    const strokes = calls.filter((c) => c.name === 'stroke').map((c) => c.stroke);
    expect(strokes.filter((s) => s === '#b42318').length).toBeGreaterThanOrEqual(2);
    expect(strokes).toContain('#243b53');
    expect(strokes).toContain('#2f855a');
    expect(calls.filter((c) => c.name === 'bezierCurveTo')).toHaveLength(2);
    expect(calls.filter((c) => c.name === 'rotate')).toHaveLength(5);
  });

  it('draws in the map’s stacking order: frames, links, labels, cards, notes on top', () => {
    const { g, texts } = recorder();
    for (const task of mapTasks(mapScene(input(crmLike()), measure))) task.draw(g);
    const order = texts();
    const at = (t: string) => order.indexOf(t);
    expect(at('采购部')).toBeLessThan(at('超出权限时'));
    expect(at('超出权限时')).toBeLessThan(at('张总'));
    expect(at('张总')).toBeLessThan(at('Budget frozen until Q3'));
  });

  it('speaks the export’s language on the cards', () => {
    const { g, texts } = recorder();
    for (const task of mapTasks(mapScene(input(crmLike(), 'zh-CN'), measure))) task.draw(g);
    expect(texts()).toEqual(
      expect.arrayContaining(['我方：王销售', '我方无对接人', '⊘ 否决', '支持', '需求提出']),
    );
  });

  it('cuts a long name to two lines ending in an ellipsis', () => {
    const board = makeBoard({
      stakeholders: [makeStakeholder({ id: 'p', name: '很'.repeat(60), position: { x: 0, y: 0 } })],
    });
    const [card] = mapScene(input(board), measure).cards;
    if (card?.kind !== 'person') throw new Error('a person card');
    expect(card.name).toHaveLength(2);
    expect(card.name[1]!.endsWith('…')).toBe(true);
  });
});

describe('dashes at a small scale', () => {
  it('draws a dashed link solid when its dashes would be under a few pixels', () => {
    const board = makeBoard({
      stakeholders: [makeStakeholder({ id: 'p', position: { x: 0, y: 0 } })],
      steps: [makeStep({ id: 's', position: { x: 90_000, y: 900 } })],
      links: [makeLink({ id: 'l', source: 'p', target: 's', type: 'evaluates' })],
    });
    const scene = mapScene(input(board), measure);
    const dashes = (scale: number) => {
      const { g, calls } = recorder();
      for (const task of mapTasks(scene, scale)) task.draw(g);
      return calls.filter((c) => c.name === 'setLineDash').map((c) => JSON.stringify(c.args[0]));
    };
    expect(dashes(2)).toContain('[7,5]');
    expect(dashes(0.03)).not.toContain('[7,5]');
  });
});

describe('the swimlane drawn from the board', () => {
  it('draws a column per stage with its entries and the cells its flags point at', () => {
    const board = makeBoard({
      team: [makeTeamMember({ id: 'm1', name: 'Wang' })],
      steps: [
        makeStep({ id: 's1', label: 'Need', kind: 'need', position: { x: 0, y: 0 } }),
        makeStep({ id: 's2', label: 'Sign', kind: 'signing', position: { x: 300, y: 0 } }),
      ],
      links: [makeLink({ id: 'l1', source: 's1', target: 's2', type: 'next' })],
      sales: { s1: makeStage({ owner: 'm1', actions: ['Confirm pain points'], systems: ['CRM'] }) },
    });
    const analysis = analyzeBoard(board);
    const model = swimlaneSlideModel(board, analysis, 'en', { perSlide: 99 });
    const layout = swimlaneLayout(model, analysis, 'en', measure);
    expect(layout.columns).toHaveLength(2);
    const { g, texts } = recorder();
    for (const task of swimlaneTasks(layout)) task.draw(g);
    const drawn = texts();
    expect(drawn).toEqual(
      expect.arrayContaining([
        '1. Need',
        '2. Sign',
        'Wang',
        'Confirm pain points',
        'CRM',
        '⚠ No owner',
      ]),
    );
    // A row is as tall as its fullest cell: nothing is cut.
    expect(layout.height).toBeGreaterThan(7 * 38);
  });
});

describe('drawing in slices', () => {
  it('gives the page a turn after each slice and stops at once on abort', async () => {
    let clock = 0;
    const ran: number[] = [];
    const controller = new AbortController();
    let yields = 0;
    const run = runInSlices(
      Array.from({ length: 100 }, (_, i) => i),
      (i) => {
        ran.push(i);
        clock += 5;
      },
      {
        signal: controller.signal,
        sliceMs: 20,
        now: () => clock,
        yieldTo: async () => {
          yields++;
          if (yields === 3) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // Four 5 ms tasks a slice, three slices, then nothing more.
    expect(yields).toBe(3);
    expect(ran).toHaveLength(12);
  });

  it('runs every task and reports its progress when not stopped', async () => {
    let clock = 0;
    const seen: number[] = [];
    let done = 0;
    await runInSlices(
      Array.from({ length: 10 }, () => 1),
      (n) => {
        done += n;
        clock += 10;
      },
      { sliceMs: 25, now: () => clock, yieldTo: async () => {}, onProgress: (d) => seen.push(d) },
    );
    expect(done).toBe(10);
    expect(seen).toEqual([3, 6, 9, 10]);
  });
});

describe('map slides of a huge map', () => {
  it('cuts a wide map into numbered slides, and a map past MAX_MAP_SLIDES into one overview', async () => {
    const { slidePlan, MAX_MAP_SLIDES } = await import('../../src/files/image/mapSlides');
    const card = (x: number) => ({ x, y: 10, width: 200, height: 100 });
    const wide = slidePlan({ width: 5000, height: 600 }, [card(0), card(2400), card(4700)]);
    expect(wide.tiles.length).toBeGreaterThan(1);
    expect(wide.tiles.length).toBeLessThanOrEqual(MAX_MAP_SLIDES);
    const cards = Array.from({ length: 1000 }, (_, i) => card(i * 280));
    const huge = slidePlan({ width: 280_000, height: 6000 }, cards);
    expect(huge.tiles).toEqual([{ x: 0, y: 0, width: 280_000, height: 6000 }]);
    expect(huge.scale * 280_000).toBeLessThanOrEqual(1920);
  });
});
