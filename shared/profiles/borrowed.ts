import type { Sourced } from './profile';

/**
 * Marks every threshold in a rule set as borrowed for an app that publishes
 * none: the note says so, and keeps any caveat the threshold already had.
 * Listo never invents a specification; it says where a number comes from
 * instead (docs/sources.md).
 */
export function borrowedFor<T>(rules: T, app: string): T {
  return mark(rules, app) as T;
}

function isSourced(node: object): node is Sourced<unknown> {
  return 'value' in node && 'source' in node && 'verified' in node;
}

function mark(node: unknown, app: string): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  if (isSourced(node)) {
    const label = `No public ${app} specification; borrowed from: ${node.source}`;
    return { ...node, note: node.note ? `${label}. ${node.note}` : label };
  }
  return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, mark(child, app)]));
}
