/**
 * Every React commit of a cold open of the 1,000-node board, ours and bare (unminified): when,
 * how many components rendered in it, which ones by the hundred, and which of React Flow's and
 * the map's own components re-rendered with which props changed (`Name{prop,…}`; `Name{}`: a
 * store or state change). Read from a stand-in for the React DevTools hook, so nothing in the
 * app changes.
 *   npx tsx bench/profile/commits.ts
 */
import { launch, nodesDrawn } from '../browser';
import { mapBoard } from '../boards';
import { buildAndServe } from '../serve';
import { openTarget } from './trace';

/** Installed before the page's scripts: React reports each commit to it. */
function installCommitLog() {
  type Fiber = {
    child?: Fiber;
    sibling?: Fiber;
    alternate?: Fiber | null;
    flags: number;
    type: unknown;
    elementType: unknown;
    memoizedProps?: Record<string, unknown>;
  };
  const WATCHED =
    /^(ReactFlow|StoreUpdater|GraphView|NodeRenderer|EdgeRenderer|FlowRenderer|ZoomPane|Wrapper|FlowCanvas|MapView|EditorPage)/;
  const commits: string[] = [];
  (window as unknown as { __commits: string[] }).__commits = commits;
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    onScheduleFiberRoot() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      const counts = new Map<string, number>();
      let total = 0;
      const visit = (f: Fiber) => {
        const component = typeof f.type === 'function' || typeof f.elementType === 'object';
        // Rendered in this commit: mounted, or its render function ran (PerformedWork).
        if (component && f.elementType && (!f.alternate || f.flags & 1)) {
          total++;
          const t = (f.type ?? f.elementType) as { displayName?: string; name?: string };
          const name = t?.displayName || t?.name || '?';
          counts.set(name, (counts.get(name) ?? 0) + 1);
          if (WATCHED.test(name) && f.alternate) {
            const a = f.alternate.memoizedProps ?? {};
            const b = f.memoizedProps ?? {};
            const changed = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
              (k) => a[k] !== b[k],
            );
            counts.set(`${name}{${changed.join(',')}}`, 1);
          }
        }
        // A subtree whose children were not cloned did not render in this commit.
        if (f.alternate && f.child === f.alternate.child) return;
        for (let c = f.child; c; c = c.sibling) visit(c);
      };
      visit(root.current);
      const named = [...counts]
        .filter(([k, n]) => n >= 100 || k.includes('{'))
        .map(([k, n]) => (k.includes('{') ? k : `${k}:${n}`));
      commits.push(`${performance.now().toFixed(0)} ms: ${total} rendered ${named.join(' ')}`);
    },
  };
}

const served = await buildAndServe({ minify: false });
const browser = await launch();
try {
  const board = mapBoard(800, 200, 1500, 'bench-open');
  for (const which of ['ours', 'bare'] as const) {
    const { context, page, url } = await openTarget(browser, served, board, which);
    await context.addInitScript(installCommitLog);
    await page.goto(url, { waitUntil: 'commit' });
    await nodesDrawn(page, 1000);
    // The commits that follow the drawing (the overview map, say) too.
    await page.waitForTimeout(500);
    const commits = await page.evaluate(
      () => (window as unknown as { __commits: string[] }).__commits,
    );
    console.log(`${which}:\n  ${commits.join('\n  ')}`);
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
