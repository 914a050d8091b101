import { ownStage } from '../domain/types';
import { useMemo } from 'react';
import { capabilityKey, stageCapabilityGap } from '../domain/capabilities';
import { useDocumentStore } from '../store/documentStore';

/**
 * The keys ({@link capabilityKey}) of a stage's required capabilities that neither its owner
 * nor any supporter holds: the `stage.capability-gap` rule, per entry so each chip can be marked.
 */
export function useMissingCapabilities(stepId: string): ReadonlySet<string> {
  const team = useDocumentStore((s) => s.board?.team);
  const stage = useDocumentStore((s) => (s.board ? ownStage(s.board.sales, stepId) : undefined));
  return useMemo(
    () => new Set(stage ? stageCapabilityGap(stage, team ?? []).map(capabilityKey) : []),
    [team, stage],
  );
}
