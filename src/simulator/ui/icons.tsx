/** The Aktiv column's checkmark: two strokes, drawn here rather than importing an icon with six weights. */
export function CheckIcon() {
  return (
    <svg className="sim-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M3 8.5 6.5 12 13 4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
