/** The new order after moving `moved` before or after `target` (drag and drop). */
export function reorderIds(ids: readonly string[], moved: ReadonlySet<string>, target: string, position: 'before' | 'after' | 'on'): string[] {
  const rest = ids.filter((id) => !moved.has(id));
  const movedInOrder = ids.filter((id) => moved.has(id));
  const at = rest.indexOf(target);
  if (at < 0) return [...ids];
  const insertAt = position === 'before' ? at : at + 1;
  return [...rest.slice(0, insertAt), ...movedInOrder, ...rest.slice(insertAt)];
}

/** The new order after moving one item a step up (-1) or down (+1) (keyboard). */
export function moveId(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const i = ids.indexOf(id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= ids.length) return [...ids];
  const out = [...ids];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
