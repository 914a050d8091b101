import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useLayersStore } from '../workshop/layersStore';

/** When coverage lines are turned on, fits the view so the team lane beside the map shows. */
export function CoverageFit() {
  const coverage = useLayersStore((s) => s.coverage);
  const { fitView } = useReactFlow();
  const was = useRef(coverage);
  useEffect(() => {
    const turnedOn = coverage && !was.current;
    was.current = coverage;
    // React Flow queues the fit until the new team nodes are measured.
    if (turnedOn) void fitView({ padding: 0.12, duration: 200 });
  }, [coverage, fitView]);
  return null;
}
