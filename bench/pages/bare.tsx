/** The smallest Vite + React + React Flow app: what any such app loads before its first paint. */
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

const nodes = [
  { id: 'a', position: { x: 0, y: 0 }, data: { label: 'A' } },
  { id: 'b', position: { x: 200, y: 100 }, data: { label: 'B' } },
];
const edges = [{ id: 'a-b', source: 'a', target: 'b' }];

createRoot(document.getElementById('root')!).render(
  <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView />,
);
