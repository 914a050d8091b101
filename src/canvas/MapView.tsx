import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { FlowCanvas } from './FlowCanvas';

/** The buying map: the client's stakeholders, buying steps, departments and links. */
export function MapView() {
  return (
    <ReactFlowProvider>
      <FlowCanvas />
    </ReactFlowProvider>
  );
}
