import { useMemo } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { normCapability } from './lanes';

/**
 * The required capabilities of a stage (normalised) that neither its owner nor any supporter
 * holds: the same rule as the `stage.capability-gap` flag, per entry so each chip can be marked.
 */
export function useMissingCapabilities(stepId: string): ReadonlySet<string> {
  const team = useDocumentStore((s) => s.board?.team);
  const stage = useDocumentStore((s) => s.board?.sales[stepId]);
  return useMemo(() => {
    const held = new Set<string>();
    const members = new Set([...(stage?.owner ? [stage.owner] : []), ...(stage?.supporters ?? [])]);
    for (const m of team ?? []) {
      if (members.has(m.id)) for (const c of m.capabilities) held.add(normCapability(c));
    }
    const missing = new Set<string>();
    for (const entry of stage?.capabilities ?? []) {
      const k = normCapability(entry);
      if (k !== '' && !held.has(k)) missing.add(k);
    }
    return missing;
  }, [team, stage]);
}
