import { memo } from 'react';
import type { Board, Stance } from '../domain/types';

// Nominal node size on the canvas; the preview only needs proportions, not exact sizes.
const NODE = { width: 180, height: 64 };
const PAD = 40;
const STANCE_FILL: Record<Stance, string> = {
  supporter: '#c6f0d6',
  neutral: '#e2e8f0',
  skeptic: '#fde8c4',
  blocker: '#fbd0d0',
  unknown: '#ffffff',
};

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function boxesOf(board: Board): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const item of [...board.stakeholders, ...board.steps]) {
    boxes.set(item.id, { x: item.position.x, y: item.position.y, ...toWH(NODE) });
  }
  for (const g of board.groups) boxes.set(g.id, { ...g.position, ...toWH(g.size) });
  return boxes;
}

const toWH = (s: { width: number; height: number }) => ({ w: s.width, h: s.height });
const center = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** A small drawing of a board's map from its positions: departments, steps, people, links. */
export const TemplatePreview = memo(function TemplatePreview(props: {
  board: Board;
  label: string;
}) {
  const { board } = props;
  const boxes = boxesOf(board);
  const all = [...boxes.values()];
  const minX = Math.min(0, ...all.map((b) => b.x)) - PAD;
  const minY = Math.min(0, ...all.map((b) => b.y)) - PAD;
  const maxX = Math.max(1, ...all.map((b) => b.x + b.w)) + PAD;
  const maxY = Math.max(1, ...all.map((b) => b.y + b.h)) + PAD;
  return (
    <svg
      className="template-preview"
      role="img"
      aria-label={props.label}
      viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`}
      preserveAspectRatio="xMidYMid meet"
    >
      {board.groups.map((g) => (
        <rect
          key={g.id}
          x={g.position.x}
          y={g.position.y}
          width={g.size.width}
          height={g.size.height}
          rx={16}
          className="pv-group"
        />
      ))}
      {board.links.map((l) => {
        const a = boxes.get(l.source);
        const b = boxes.get(l.target);
        if (!a || !b) return null;
        const p = center(a);
        const q = center(b);
        return (
          <line key={l.id} x1={p.x} y1={p.y} x2={q.x} y2={q.y} className={`pv-link pv-${l.type}`} />
        );
      })}
      {board.steps.map((s) => (
        <rect
          key={s.id}
          x={s.position.x}
          y={s.position.y}
          width={NODE.width}
          height={NODE.height}
          rx={10}
          className="pv-step"
        />
      ))}
      {board.stakeholders.map((s) => (
        <rect
          key={s.id}
          x={s.position.x}
          y={s.position.y}
          width={NODE.width}
          height={NODE.height}
          rx={32}
          className="pv-person"
          fill={STANCE_FILL[s.stance]}
        />
      ))}
    </svg>
  );
});
