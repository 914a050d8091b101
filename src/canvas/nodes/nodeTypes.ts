import type { NodeTypes } from '@xyflow/react';
import { DepartmentNode } from './DepartmentNode';
import { NoteNode } from './NoteNode';
import { StakeholderNode } from './StakeholderNode';
import { StepNode } from './StepNode';
import { TeamNode } from './TeamNode';

/** Module-scope node types: a new object per render would remount every node. */
export const nodeTypes: NodeTypes = {
  stakeholder: StakeholderNode,
  step: StepNode,
  department: DepartmentNode,
  note: NoteNode,
  team: TeamNode,
};
