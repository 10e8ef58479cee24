import { useLayoutEffect, useRef } from 'preact/hooks';

/** Shows DOM nodes built outside Preact (the shell's banners, the map), each in a slot of its own. */
export function DomSlot({ nodes, class: className }: { nodes: readonly Node[]; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(...nodes);
  }, [nodes]);
  return <div ref={ref} class={className} />;
}
