import sprite from '@dkfds/img/all-svg-icons.svg?no-inline';

/** A DKFDS icon. Always next to text that says the same, so it is hidden from screen readers. */
export function Icon({ name, className = '' }: { name: string; className?: string }) {
  return (
    <svg className={`icon-svg ${className}`} aria-hidden="true" focusable="false">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
