import type { CoachInstruction } from '../../photo/coach/frame-instruction';

/**
 * One big picture per instruction, for people who read little: the oval with
 * what to do to it. Drawn in currentColor on a 48-unit grid; decorative (the
 * sentence beside it says the same), so hidden from screen readers.
 */
const FACE = <ellipse cx="24" cy="24" rx="9" ry="11" fill="none" stroke="currentColor" stroke-width="3" />;
const SUN = (cx: number, cy: number) => (
  <g>
    <circle cx={cx} cy={cy} r="5" fill="currentColor" />
    <path d={`M${cx} ${cy - 9}v3M${cx} ${cy + 6}v3M${cx - 9} ${cy}h3M${cx + 6} ${cy}h3`} stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
  </g>
);

const DRAWINGS: Record<CoachInstruction, preact.JSX.Element> = {
  'face-in-oval': (
    <g>
      <ellipse cx="24" cy="24" rx="14" ry="18" fill="none" stroke="currentColor" stroke-width="3" stroke-dasharray="5 4" />
      <circle cx="24" cy="22" r="5" fill="currentColor" />
    </g>
  ),
  'face-cut-off': (
    <g>
      <ellipse cx="24" cy="24" rx="14" ry="18" fill="none" stroke="currentColor" stroke-width="3" />
      <path d="M34 18h10M34 30h10M44 18l-4-4M44 18l-4 4" stroke="currentColor" stroke-width="3" stroke-linecap="round" fill="none" />
    </g>
  ),
  'move-closer': (
    <g>
      {FACE}
      <path d="M4 8l8 8M44 8l-8 8M4 40l8-8M44 40l-8-8" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    </g>
  ),
  'move-back': (
    <g>
      {FACE}
      <path d="M12 12L4 4M36 12l8-8M12 36l-8 8M36 36l8 8" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    </g>
  ),
  'light-behind': (
    <g>
      {SUN(36, 12)}
      <circle cx="20" cy="28" r="10" fill="currentColor" />
      <path d="M6 46c2-6 8-8 14-8s12 2 14 8" fill="currentColor" />
    </g>
  ),
  'too-dark': (
    <g>
      <path d="M30 6a18 18 0 1 0 12 30A15 15 0 0 1 30 6z" fill="currentColor" />
    </g>
  ),
  'too-bright': (
    <g>
      <circle cx="24" cy="24" r="8" fill="currentColor" />
      <path d="M24 4v6M24 38v6M4 24h6M38 24h6M10 10l4 4M34 34l4 4M38 10l-4 4M14 34l-4 4" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    </g>
  ),
  'one-side-dark': (
    <g>
      <ellipse cx="24" cy="24" rx="14" ry="18" fill="none" stroke="currentColor" stroke-width="3" />
      <path d="M24 6a14 18 0 0 1 0 36z" fill="currentColor" />
    </g>
  ),
  'straighten-head': (
    <g>
      <ellipse cx="24" cy="24" rx="11" ry="14" fill="none" stroke="currentColor" stroke-width="3" transform="rotate(-15 24 24)" />
      <path d="M4 44h40M24 4v8" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    </g>
  ),
  'hold-still': (
    <g>
      <rect x="15" y="6" width="18" height="36" rx="3" fill="none" stroke="currentColor" stroke-width="3" />
      <path d="M6 16v16M42 16v16" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    </g>
  ),
  ready: (
    <g>
      <circle cx="24" cy="24" r="20" fill="none" stroke="currentColor" stroke-width="3" />
      <path d="M14 25l7 7 13-15" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" />
    </g>
  ),
};

export function InstructionIcon({ instruction }: { instruction: CoachInstruction }) {
  return (
    <svg class="coach__icon" viewBox="0 0 48 48" width="64" height="64" aria-hidden="true" focusable="false">
      {DRAWINGS[instruction]}
    </svg>
  );
}
