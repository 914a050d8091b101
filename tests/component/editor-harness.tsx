/**
 * The whole app in jsdom, driven the way a user drives it but without layout: open a board, press
 * keys, click by role and name, and read the stores and the focus. Modelled on tldraw's
 * `TestEditor`: interaction tests that need no layout (no sizes, no positions, no real pointer
 * hit-testing) run here instead of in Chromium; what needs layout stays in tests/browser/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import type { Lang } from '../../src/domain/lang';
import type { Board } from '../../src/domain/types';
import { parseBoardText } from '../../src/domain/validate';
import { useDocumentStore } from '../../src/store/documentStore';
import { useSessionStore } from '../../src/store/sessionStore';
import { renderApp } from './render-app';

const EXAMPLES = path.resolve(__dirname, '../fixtures/examples');

/** A board of tests/fixtures/examples/, read through the one way in. */
export function exampleBoard(name: string): Board {
  const r = parseBoardText(readFileSync(path.join(EXAMPLES, name), 'utf8'));
  if (!r.ok) throw new Error(`${name} is not a valid board`);
  return r.file.board;
}

export class EditorHarness {
  private constructor(
    readonly user: UserEvent,
    readonly app: Awaited<ReturnType<typeof renderApp>>,
  ) {}

  /** Renders the app on a fresh fake IndexedDB, stores `board` and opens it in the editor. */
  static async open(board: Board, lang: Lang = 'en'): Promise<EditorHarness> {
    const app = await renderApp(lang);
    await app.repo.save(board);
    act(() => {
      window.location.hash = `#/board/${board.id}`;
    });
    await screen.findByRole('heading', { name: board.title });
    await waitFor(() => expect(useDocumentStore.getState().board?.id).toBe(board.id));
    return new EditorHarness(userEvent.setup(), app);
  }

  /** The open board, as the store holds it. */
  get board(): Board {
    const board = useDocumentStore.getState().board;
    if (!board) throw new Error('no board is open');
    return board;
  }

  /** The ids selected on the map or in the swimlane. */
  get selection(): readonly string[] {
    return useSessionStore.getState().selection;
  }

  /** The view on screen: map, swimlane, grid or outline. */
  get view(): string {
    return useSessionStore.getState().view;
  }

  /** Selects items as a click on them would. */
  select(ids: string[]): void {
    act(() => useSessionStore.getState().select(ids));
  }

  /** Clicks the tab named `name` (the editor's views or the side panel's panels). */
  async tab(name: string | RegExp): Promise<void> {
    await this.user.click(await screen.findByRole('tab', { name }));
  }

  /** Clicks the control with `role` and accessible name `name`. */
  async click(role: 'button' | 'link' | 'menuitem' | 'tab', name: string | RegExp): Promise<void> {
    await this.user.click(await screen.findByRole(role, { name }));
  }

  /** Presses keys on what has the focus, in user-event's syntax (`{Delete}`, `{Control>}z{/Control}`). */
  async press(keys: string): Promise<void> {
    await this.user.keyboard(keys);
  }

  /** The focused element's accessible label (aria-label, else its text). */
  focusedLabel(): string | null {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent ?? null;
  }

  /** Waits until the header says the board is saved. */
  async saved(): Promise<void> {
    await waitFor(() =>
      expect(document.querySelector('[data-save-state]')?.getAttribute('data-save-state')).toBe(
        'saved',
      ),
    );
  }
}
