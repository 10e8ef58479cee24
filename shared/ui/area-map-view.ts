import type { AreaMapModel } from '../geo/area-map';
import type { Translator } from '../i18n/translator';
import { h } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attributes: Record<string, string | number>, ...children: Element[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

let uid = 0;

/** One SVG view of the model: grey Mexico, green accepted part, the parallel, the position and its circle. */
function view(model: AreaMapModel, viewBox: [number, number, number, number], label: string, kind: 'country' | 'close'): SVGElement {
  const [minX, minY, width, height] = viewBox;
  const clipId = `listo-north-${++uid}`;
  const unit = width / 100;
  const parts: Element[] = [
    svg('title', {}),
    svg('defs', {}, svg('clipPath', { id: clipId }, svg('rect', { x: minX, y: minY - 1, width, height: Math.max(0, model.parallelY - minY + 1) }))),
    svg('rect', { class: 'area-map__sea', x: minX, y: minY, width, height }),
    svg('g', { class: 'area-map__mexico' }, ...model.states.map((s) => svg('path', { d: s.d, 'data-state': s.code }))),
    svg('g', { class: 'area-map__accepted', 'clip-path': `url(#${clipId})` }, ...model.states.map((s) => svg('path', { d: s.d }))),
    svg('g', { class: 'area-map__accepted' }, ...model.states.filter((s) => s.alwaysAccepted).map((s) => svg('path', { d: s.d, 'data-state': s.code }))),
    svg('line', { class: 'area-map__parallel', x1: minX, x2: minX + width, y1: model.parallelY, y2: model.parallelY }),
  ];
  parts[0]!.textContent = label;
  if (model.position) {
    const { cx, cy, r } = model.position;
    parts.push(
      svg('circle', { class: 'area-map__accuracy', cx, cy, r }),
      svg('circle', { class: 'area-map__position', cx, cy, r: kind === 'country' ? unit * 1.2 : unit * 1.5 }),
    );
  }
  return svg(
    'svg',
    { class: `area-map__view area-map__view--${kind}`, viewBox: viewBox.join(' '), role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' },
    ...parts,
  );
}

/** The accepted area and the position, drawn offline from the shipped outlines. */
export function renderAreaMap(model: AreaMapModel, translator: Translator, attribution: string): HTMLElement {
  const figure = h('figure', { class: 'area-map', id: 'area-map' });
  figure.append(view(model, model.viewBox, translator.t('map.title'), 'country'));
  if (model.closeViewBox) figure.append(view(model, model.closeViewBox, translator.t('map.close'), 'close'));
  figure.append(h('figcaption', {}, h('strong', {}, translator.t('map.title')), ' ', translator.t('map.description'), h('small', {}, ` ${translator.t('map.credit', { attribution })}`)));
  return figure;
}
