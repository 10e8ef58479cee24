import type { JSX } from 'preact';

/**
 * Small pictures beside fix steps where a picture says more than words: the
 * settings gear, the location pin, where to stand for light. Drawn inline
 * (no request), decorative: the steps say everything in words.
 */
const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': 3, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

function Frame({ children }: { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg class="fix-picture" viewBox="0 0 96 64" width="96" height="64" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const gear = (
  <Frame>
    <circle cx="48" cy="32" r="9" {...stroke} />
    <path d="M48 12v7M48 45v7M28 32h7M61 32h7M34 18l5 5M57 41l5 5M34 46l5-5M57 23l5-5" {...stroke} />
  </Frame>
);

const pin = (
  <Frame>
    <path d="M48 56s-16-16-16-28a16 16 0 0 1 32 0c0 12-16 28-16 28z" {...stroke} />
    <circle cx="48" cy="28" r="6" {...stroke} />
  </Frame>
);

const clock = (
  <Frame>
    <circle cx="48" cy="32" r="22" {...stroke} />
    <path d="M48 18v14l10 6" {...stroke} />
  </Frame>
);

/** Face toward the window: the light falls on the face, not behind it. */
const faceTheLight = (
  <Frame>
    <rect x="6" y="10" width="24" height="34" {...stroke} />
    <path d="M18 10v34M6 27h24" {...stroke} />
    <path d="M34 22l14 6M34 32h14M34 42l14-6" {...stroke} stroke-dasharray="3 4" />
    <circle cx="66" cy="22" r="8" {...stroke} />
    <path d="M54 56c0-10 5-18 12-18s12 8 12 18" {...stroke} />
  </Frame>
);

const steady = (
  <Frame>
    <rect x="34" y="8" width="28" height="48" rx="4" {...stroke} />
    <circle cx="48" cy="48" r="2" fill="currentColor" />
    <path d="M22 28h6M68 28h6M22 36h6M68 36h6" {...stroke} />
  </Frame>
);

const PICTURES: Record<string, JSX.Element> = {
  'time.set-clock-automatic': clock,
  'time.set-zone-automatic': clock,
  'time.set-zone-manually': clock,
  'location.allow-site': pin,
  'location.turn-on': pin,
  'location.precise-on': pin,
  'location.go-outside': pin,
  'photo.retake-light': faceTheLight,
  'photo.retake-backlight': faceTheLight,
  'photo.retake-steady': steady,
  'device.update-browser': gear,
  'device.update-system': gear,
  'storage.free-space': gear,
  'storage.clear-app-cache': gear,
  'storage.allow-site-data': gear,
};

export function FixPicture({ fixId }: { fixId: string }) {
  return PICTURES[fixId] ?? null;
}
