import type { ReactNode } from 'react';

/**
 * Simple, high-contrast pictograms drawn for Mestring (MIT, see LICENSE in this folder).
 * Each one is decoration beside a text that says the same: hidden from screen readers, never alone.
 * Drawn on a 48 × 48 grid with thick strokes in the current text colour, so they follow the text's contrast.
 */
export const pictogramNames = [
  'heart',
  'people',
  'star',
  'house',
  'briefcase',
  'calendar',
  'bus',
  'phone',
  'food',
  'sleep',
  'exercise',
  'medicine',
  'shopping',
  'meeting',
  'money',
  'computer',
  'step',
] as const;
export type PictogramName = (typeof pictogramNames)[number];

/** The kinds of step a citizen can choose a picture for (the others are the life domains and the fallback). */
export const stepPictograms = ['calendar', 'bus', 'phone', 'food', 'sleep', 'exercise', 'medicine', 'shopping', 'meeting', 'money', 'computer'] as const satisfies readonly PictogramName[];

const s = { fill: 'none', stroke: 'currentColor', strokeWidth: 3, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
const f = { fill: 'currentColor' } as const;

const drawings: Record<PictogramName, ReactNode> = {
  heart: <path {...s} fill="currentColor" fillOpacity={0.15} d="M24 41 C10 31 5 24 5 16.5 A9.5 9.5 0 0 1 24 12 A9.5 9.5 0 0 1 43 16.5 C43 24 38 31 24 41 Z" />,
  people: (
    <>
      <circle {...s} cx="17" cy="14" r="6" />
      <circle {...s} cx="33" cy="16" r="5" />
      <path {...s} d="M5 40 v-4 a12 12 0 0 1 24 0 v4 Z" />
      <path {...s} d="M29 28 a10 10 0 0 1 15 8 v4 h-13" />
    </>
  ),
  star: <path {...s} fill="currentColor" fillOpacity={0.15} d="M24 5 L29.5 17.5 L43 18.5 L32.5 27.5 L36 41 L24 33.5 L12 41 L15.5 27.5 L5 18.5 L18.5 17.5 Z" />,
  house: (
    <>
      <path {...s} d="M5 23 L24 7 L43 23" />
      <path {...s} d="M10 19 V42 H38 V19" />
      <path {...s} d="M20 42 V30 H28 V42" />
    </>
  ),
  briefcase: (
    <>
      <rect {...s} x="5" y="14" width="38" height="27" rx="3" />
      <path {...s} d="M17 14 V9 a2 2 0 0 1 2 -2 h10 a2 2 0 0 1 2 2 V14" />
      <path {...s} d="M5 26 H43" />
      <rect {...f} x="21" y="23" width="6" height="6" rx="1" />
    </>
  ),
  calendar: (
    <>
      <rect {...s} x="6" y="9" width="36" height="33" rx="3" />
      <path {...s} d="M6 18 H42 M15 5 V12 M33 5 V12" />
      <rect {...f} x="12" y="23" width="6" height="5" />
      <rect {...f} x="21" y="23" width="6" height="5" />
      <rect {...f} x="30" y="23" width="6" height="5" />
      <rect {...f} x="12" y="32" width="6" height="5" />
      <rect {...f} x="21" y="32" width="6" height="5" />
    </>
  ),
  bus: (
    <>
      <rect {...s} x="8" y="5" width="32" height="33" rx="4" />
      <path {...s} d="M8 22 H40 M8 14 H40" />
      <circle {...f} cx="15" cy="30" r="2.5" />
      <circle {...f} cx="33" cy="30" r="2.5" />
      <path {...s} d="M13 38 V43 M35 38 V43" />
    </>
  ),
  phone: (
    <>
      <rect {...s} x="13" y="4" width="22" height="40" rx="4" />
      <path {...s} d="M13 10 H35 M13 36 H35" />
      <circle {...f} cx="24" cy="40" r="1.8" />
    </>
  ),
  food: (
    <>
      <circle {...s} cx="24" cy="25" r="11" />
      <path {...s} d="M7 7 V17 a3 3 0 0 0 6 0 V7 M10 17 V42" />
      <path {...s} d="M40 42 V7 c-4 3 -5 9 -5 15 h5" />
    </>
  ),
  sleep: (
    <>
      <path {...s} d="M4 36 V14 M4 30 H44 V38 M4 24 H18 a4 4 0 0 1 4 4 v2" />
      <circle {...s} cx="11" cy="19" r="3" />
      <path {...s} d="M27 8 H35 L27 17 H35" strokeWidth={2.5} />
    </>
  ),
  exercise: (
    <>
      <circle {...s} cx="28" cy="8" r="4" />
      <path {...s} d="M16 18 L25 15 L31 22 L38 24 M25 15 L21 29 L29 35 L26 44 M21 29 L13 40 L6 39" />
    </>
  ),
  medicine: (
    <>
      <rect {...s} x="8" y="20" width="32" height="12" rx="6" transform="rotate(-40 24 26)" />
      <path {...s} d="M19.5 19.5 L29 31" />
      <path {...f} d="M29 31 L34.5 37.5 L39 33.5 a6 6 0 0 0 -7.7 -9.2 L25.5 21.2 Z" opacity={0.5} />
    </>
  ),
  shopping: (
    <>
      <path {...s} d="M3 7 H10 L15 31 H38 L42 14 H12" />
      <circle {...s} cx="18" cy="39" r="3" />
      <circle {...s} cx="35" cy="39" r="3" />
    </>
  ),
  meeting: (
    <>
      <circle {...s} cx="12" cy="13" r="5" />
      <circle {...s} cx="36" cy="13" r="5" />
      <path {...s} d="M3 30 a9 9 0 0 1 18 0 M27 30 a9 9 0 0 1 18 0" />
      <path {...s} d="M6 34 H42 M12 34 V44 M36 34 V44" />
    </>
  ),
  money: (
    <>
      <rect {...s} x="4" y="12" width="40" height="24" rx="3" />
      <circle {...s} cx="24" cy="24" r="6" />
      <circle {...f} cx="11" cy="24" r="2" />
      <circle {...f} cx="37" cy="24" r="2" />
    </>
  ),
  computer: (
    <>
      <rect {...s} x="6" y="7" width="36" height="24" rx="2" />
      <path {...s} d="M18 31 L16 40 H32 L30 31 M12 40 H36" />
    </>
  ),
  step: (
    <>
      <path {...s} d="M6 40 H18 V30 H30 V20 H42" />
      <path {...s} d="M32 8 H42 V18 M42 8 L30 20" />
    </>
  ),
};

export function isPictogramName(value: unknown): value is PictogramName {
  return typeof value === 'string' && (pictogramNames as readonly string[]).includes(value);
}

/** One pictogram; always put a text beside it that says the same. Unknown names show the general "step" picture. */
export function Pictogram({ name, size = 48, className = '' }: { name: string | null | undefined; size?: number; className?: string }) {
  const known: PictogramName = isPictogramName(name) ? name : 'step';
  return (
    <svg className={`pictogram ${className}`} width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      {drawings[known]}
    </svg>
  );
}

/** The smiley faces of the citizen's own 1-5 scale: the mouth bends from sad to happy, the eyes stay. */
export function Smiley({ value, size = 40 }: { value: 1 | 2 | 3 | 4 | 5; size?: number }) {
  // Mouth: from a deep frown (1) through a straight line (3) to a broad smile (5).
  const bend = [-8, -4, 0, 5, 9][value - 1] ?? 0;
  return (
    <svg className="pictogram smiley" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle {...s} cx="24" cy="24" r="20" />
      <circle {...f} cx="17" cy="19" r="2.5" />
      <circle {...f} cx="31" cy="19" r="2.5" />
      <path {...s} d={`M14 ${32 - bend / 2} Q24 ${32 + bend} 34 ${32 - bend / 2}`} />
    </svg>
  );
}
