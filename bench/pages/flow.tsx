/** Bare React Flow: the same nodes and edges as the app's map, default nodes and edges. */
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { benchData, type FlowData } from './data';

const data = benchData<FlowData>({ nodes: [], edges: [] });

function Flow() {
  const [nodes, , onNodesChange] = useNodesState<Node>(
    data.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label } })),
  );
  const [edges, , onEdgesChange] = useEdgesState<Edge>(
    data.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  );
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.15}
      maxZoom={2}
    />
  );
}

createRoot(document.getElementById('root')!).render(<Flow />);
