import type { EdgeTypes } from '@xyflow/react';
import { LoopEdge } from './LoopEdge';

/** Custom edge types, at module scope so React Flow never sees a new object. */
export const edgeTypes: EdgeTypes = { loop: LoopEdge };
