/** A line with a filled head at (x2, y2), horizontal or vertical; styled by the caller's classes. */
export function Arrow({
  x1,
  y1,
  x2,
  y2,
  lineClass,
  headClass,
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineClass: string;
  headClass: string;
}) {
  const horizontal = y1 === y2;
  const head = horizontal
    ? `${x2},${y2} ${x2 - 10},${y2 - 7} ${x2 - 10},${y2 + 7}`
    : `${x2},${y2} ${x2 - 7},${y2 - 10} ${x2 + 7},${y2 - 10}`;
  return (
    <g>
      <line className={lineClass} x1={x1} y1={y1} x2={horizontal ? x2 - 8 : x2} y2={horizontal ? y2 : y2 - 8} />
      <polygon className={headClass} points={head} />
    </g>
  );
}
