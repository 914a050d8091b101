/** Takes the user to the place where the method's next thing is done. */
import type { NextThing } from '../domain/method';
import { useSessionStore } from '../store/sessionStore';

/** Focuses the first form control whose label reads `label`, once the panel has rendered. */
function focusField(label: string): void {
  requestAnimationFrame(() => {
    for (const field of document.querySelectorAll<HTMLLabelElement>('.ka-field')) {
      if (field.querySelector('span')?.textContent === label) {
        field.querySelector<HTMLElement>('select, input, textarea')?.focus();
        return;
      }
    }
  });
}

function focusSelector(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/**
 * Goes where `next` is done: the board form for the objective, the palette for steps, the
 * stakeholder or step on the map, the team panel, the stage's swimlane column, the readiness panel.
 */
export function goTo(next: NextThing, labels: { objective: string; roles: string }): void {
  const s = useSessionStore.getState();
  switch (next.kind) {
    case 'set-objective':
      s.setView('map');
      s.select([]);
      s.setPanel('inspector');
      focusField(labels.objective);
      return;
    case 'add-steps':
      s.setView('map');
      focusSelector('.ka-palette button');
      return;
    case 'add-decision-maker':
      s.setView('map');
      s.setPanel('inspector');
      if (next.id !== undefined) {
        s.select([next.id]);
        s.focus(next.id);
      }
      return;
    case 'link-step':
      s.setView('map');
      s.setPanel('inspector');
      s.select([next.id]);
      s.focus(next.id);
      return;
    case 'add-team':
      s.setPanel('team');
      return;
    case 'plan-stage':
      s.setView('swimlane');
      s.select([next.id]);
      s.focus(next.id, next.lane);
      return;
    case 'review':
      s.setPanel('readiness');
      return;
  }
}
