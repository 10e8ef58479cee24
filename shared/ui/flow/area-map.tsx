import { useMemo } from 'preact/hooks';
import type { AreaMapModel } from '../../geo/area-map';
import type { Translator } from '../../i18n/translator';

// A module counter, not useId: maps rendered into separate roots (a card each) must not share a clip path.
let uid = 0;

/** One SVG view of the model: grey Mexico, green accepted part, the parallel, the position and its circle. */
function MapView({ model, viewBox, label, kind }: { model: AreaMapModel; viewBox: [number, number, number, number]; label: string; kind: 'country' | 'close' }) {
  const clipId = useMemo(() => `listo-north-${++uid}`, []);
  const [minX, minY, width, height] = viewBox;
  const unit = width / 100;
  const position = model.position;
  return (
    <svg class={`area-map__view area-map__view--${kind}`} viewBox={viewBox.join(' ')} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      <title>{label}</title>
      <defs>
        <clipPath id={clipId}>
          <rect x={minX} y={minY - 1} width={width} height={Math.max(0, model.parallelY - minY + 1)} />
        </clipPath>
      </defs>
      <rect class="area-map__sea" x={minX} y={minY} width={width} height={height} />
      <g class="area-map__mexico">
        {model.states.map((s) => (
          <path key={s.code} d={s.d} data-state={s.code} />
        ))}
      </g>
      <g class="area-map__accepted" clip-path={`url(#${clipId})`}>
        {model.states.map((s) => (
          <path key={s.code} d={s.d} />
        ))}
      </g>
      <g class="area-map__accepted">
        {model.states
          .filter((s) => s.alwaysAccepted)
          .map((s) => (
            <path key={s.code} d={s.d} data-state={s.code} />
          ))}
      </g>
      <line class="area-map__parallel" x1={minX} x2={minX + width} y1={model.parallelY} y2={model.parallelY} />
      {position ? <circle class="area-map__accuracy" cx={position.cx} cy={position.cy} r={position.r} /> : null}
      {position ? <circle class="area-map__position" cx={position.cx} cy={position.cy} r={kind === 'country' ? unit * 1.2 : unit * 1.5} /> : null}
    </svg>
  );
}

/** The accepted area and the position, drawn offline from the shipped outlines. */
export function AreaMap({ model, t, attribution }: { model: AreaMapModel; t: Translator; attribution: string }) {
  return (
    <figure class="area-map" id="area-map">
      <MapView model={model} viewBox={model.viewBox} label={t.t('map.title')} kind="country" />
      {model.closeViewBox ? <MapView model={model} viewBox={model.closeViewBox} label={t.t('map.close')} kind="close" /> : null}
      <figcaption>
        <strong>{t.t('map.title')}</strong> {t.t('map.description')}
        <small>{` ${t.t('map.credit', { attribution })}`}</small>
      </figcaption>
    </figure>
  );
}
