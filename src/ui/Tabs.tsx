import type { KeyboardEvent } from 'react';

/**
 * A row of tabs (`role="tablist"`): the arrow keys, Home and End move to a tab and select it.
 * With `roving` (the default) the row is one Tab stop, the selected tab; without it every tab is
 * one. `selected` may be null (no tab chosen, as in a collapsed side panel).
 */
export function Tabs<T extends string>(props: {
  label: string;
  tabs: readonly T[];
  selected: T | null;
  onSelect(tab: T): void;
  name(tab: T): string;
  className?: string;
  roving?: boolean;
}) {
  const { tabs, selected, onSelect, roving = true } = props;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const focused = tabs.findIndex(
      (_, i) => e.currentTarget.children[i] === document.activeElement,
    );
    const at = focused >= 0 ? focused : selected === null ? 0 : tabs.indexOf(selected);
    const n = tabs.length;
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % n
        : e.key === 'ArrowLeft'
          ? (at + n - 1) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to]!);
    e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  const stop = selected ?? tabs[0];
  return (
    <div role="tablist" aria-label={props.label} className={props.className} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          role="tab"
          type="button"
          aria-selected={selected === tab}
          tabIndex={roving ? (tab === stop ? 0 : -1) : undefined}
          className={selected === tab ? 'active' : ''}
          onClick={() => onSelect(tab)}
        >
          {props.name(tab)}
        </button>
      ))}
    </div>
  );
}
