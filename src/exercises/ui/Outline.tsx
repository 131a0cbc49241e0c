import { useEffect } from 'react';
import { useStore } from 'zustand';
import { selectors as sel } from '../../simulator/store/index.ts';
import { stepTarget, type UiTarget } from '../engine/index.ts';
import { useApp, useMode, usePlayer, useSession } from './context.ts';
import { findTarget, outlineCss } from './outline.ts';
import { isOver } from './session.ts';

/** The control to outline now: Vis meg's next command's, or Veiledet's current step's. Test and Fri øving: none. */
function useOutlineTarget(): UiTarget | undefined {
  const { exercise, world, script, sim } = useApp();
  const mode = useMode();
  const ready = useSession((s) => s.ready);
  const over = useSession(isOver);
  const current = useSession((s) => s.run.current);
  const position = usePlayer((s) => s.position);
  const state = useStore(sim, sel.sim);
  if (!ready) return undefined;
  if (mode === 'vis-meg') return script[position]?.target;
  const step = exercise.steps[current];
  if (mode !== 'veiledet' || over || !step) return undefined;
  return stepTarget(step, { state, scenario: world.scenario, start: world.state });
}

/**
 * Outlines the control the learner should look at, with a style rule (see outlineCss). In Vis meg the control is
 * also scrolled into view, at once rather than smoothly when the reader prefers reduced motion.
 */
export function Outline() {
  const mode = useMode();
  const target = useOutlineTarget();
  useEffect(() => {
    if (mode !== 'vis-meg' || !target) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    let frames = 0;
    let handle = 0;
    // The dialog's controls appear a moment after the command that opens it: look again for a few frames.
    const reveal = () => {
      const element = findTarget(document, target);
      if (element) element.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      else if (frames++ < 30) handle = requestAnimationFrame(reveal);
    };
    handle = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(handle);
  }, [mode, target]);
  return target ? <style>{outlineCss(target)}</style> : null;
}
