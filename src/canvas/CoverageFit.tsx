import { useReactFlow, useStoreApi, useUpdateNodeInternals } from '@xyflow/react';
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

/**
 * A person's handle for coverage lines exists only while they are shown (800 fewer handles on a
 * 1,000-node map). Adding or removing it does not resize the card, so React Flow is asked to
 * measure the people's handles again; until then their lines wait (one frame).
 */
export function CoverageHandles() {
  const coverage = useLayersStore((s) => s.coverage);
  const store = useStoreApi();
  const update = useUpdateNodeInternals();
  const first = useRef(true);
  useEffect(() => {
    // Nodes measure their handles when they mount: only a change needs a new measure.
    if (first.current && !coverage) {
      first.current = false;
      return;
    }
    first.current = false;
    const people: string[] = [];
    for (const [id, node] of store.getState().nodeLookup) {
      if (node.type === 'stakeholder') people.push(id);
    }
    update(people);
  }, [coverage, store, update]);
  return null;
}
