// A value map: for each value a reader copies (API key, secret, passphrase, address list), the form and
// field it comes from, the form and field it goes into, and the guide step of each. Drawn as an inline
// SVG in two layouts (side by side for wide screens, stacked for phones; CSS shows one). The picture's
// text alternative is a hidden description that lists every mapping, named by aria-labelledby.
import {useId} from 'react';
import {translate} from '@docusaurus/Translate';
import {Arrow} from '../DrawingParts/Arrow';
import {textWidth, wrapText} from '../DrawingParts/wrapText';
import {useValueMap, type Mapping, type Place, type ValueMapId} from './maps';
import styles from './styles.module.css';

const FORM_SIZE = 13;
const FIELD_SIZE = 15;
const FORM_LINE = 18;
const FIELD_LINE = 20;
const PAD = 12;
const TEXT_LEFT = 48; // room for the step badge
const CHIP_SIZE = 14;

interface BoxLines {
  form: string[];
  field: string[];
  height: number;
}

function boxLines(place: Place, width: number): BoxLines {
  const textWidthMax = width - TEXT_LEFT - PAD;
  const form = wrapText(place.form, textWidthMax, FORM_SIZE);
  const field = wrapText(place.field, textWidthMax, FIELD_SIZE);
  return {form, field, height: PAD * 2 + form.length * FORM_LINE + field.length * FIELD_LINE + 2};
}

function PlaceBox({
  place,
  lines,
  x,
  y,
  width,
  height,
}: {
  place: Place;
  lines: BoxLines;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  const top = y + (height - (lines.height - PAD * 2)) / 2;
  return (
    <g>
      <rect className={styles.box} x={x} y={y} width={width} height={height} rx={10} />
      <circle className={styles.badge} cx={x + 24} cy={y + height / 2} r={14} />
      <text className={styles.badgeText} x={x + 24} y={y + height / 2 + 5} textAnchor="middle">
        {place.step}
      </text>
      {lines.form.map((line, i) => (
        <text key={`f${i}`} className={styles.form} x={x + TEXT_LEFT} y={top + FORM_SIZE + i * FORM_LINE}>
          {line}
        </text>
      ))}
      {lines.field.map((line, i) => (
        <text
          key={`d${i}`}
          className={styles.field}
          x={x + TEXT_LEFT}
          y={top + lines.form.length * FORM_LINE + FIELD_SIZE + 2 + i * FIELD_LINE}>
          {line}
        </text>
      ))}
    </g>
  );
}

/** The value's name on a pill, centred on (cx, cy). */
function Chip({label, cx, cy}: {label: string; cx: number; cy: number}) {
  const width = textWidth(label, CHIP_SIZE) + 20;
  return (
    <g>
      <rect className={styles.chip} x={cx - width / 2} y={cy - 14} width={width} height={28} rx={14} />
      <text className={styles.chipText} x={cx} y={cy + 5} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

function Legend({x, y, anchor}: {x: number; y: number; anchor: 'start' | 'middle'}) {
  return (
    <text className={styles.legend} x={x} y={y} textAnchor={anchor}>
      {translate({id: 'keybridge.valueMap.legend', message: 'Numbers in circles are this guide’s steps.'})}
    </text>
  );
}

// Wide: source box, arrow with the value's name, destination box; one row per value.
const WIDE = {width: 760, box: 286, top: 58, gap: 14};

function Wide({mappings, labelId}: {mappings: Mapping[]; labelId: string}) {
  const {box, gap} = WIDE;
  const rightX = WIDE.width - box - 2;
  let y = WIDE.top;
  const rows = mappings.map((m) => {
    const from = boxLines(m.from, box);
    const to = boxLines(m.to, box);
    const height = Math.max(from.height, to.height);
    const row = {m, from, to, y, height};
    y += height + gap;
    return row;
  });
  const height = y - gap + 4;
  return (
    <svg
      className={`${styles.diagram} ${styles.wide}`}
      viewBox={`0 0 ${WIDE.width} ${height}`}
      role="img"
      aria-labelledby={labelId}>
      <text className={styles.heading} x={2} y={20}>
        {translate({id: 'keybridge.valueMap.copyFrom', message: 'Copy from'})}
      </text>
      <text className={styles.heading} x={rightX} y={20}>
        {translate({id: 'keybridge.valueMap.pasteInto', message: 'Paste into'})}
      </text>
      <Legend x={2} y={44} anchor="start" />
      {rows.map(({m, from, to, y: rowY, height: rowHeight}) => {
        const cy = rowY + rowHeight / 2;
        return (
          <g key={m.value + m.to.field}>
            <PlaceBox place={m.from} lines={from} x={2} y={rowY} width={box} height={rowHeight} />
            <Arrow x1={box + 8} y1={cy} x2={rightX - 6} y2={cy} lineClass={styles.arrow} headClass={styles.arrowHead} />
            <Chip label={m.value} cx={WIDE.width / 2} cy={cy} />
            <PlaceBox place={m.to} lines={to} x={rightX} y={rowY} width={box} height={rowHeight} />
          </g>
        );
      })}
    </svg>
  );
}

// Narrow: per value, the source box, a downward arrow labelled with the value, the destination box.
const NARROW = {width: 340, box: 336, top: 34, arrow: 40, gap: 26};

function Narrow({mappings, labelId}: {mappings: Mapping[]; labelId: string}) {
  const {box, arrow, gap} = NARROW;
  let y = NARROW.top;
  const blocks = mappings.map((m) => {
    const from = boxLines(m.from, box);
    const to = boxLines(m.to, box);
    const block = {m, from, to, y};
    y += from.height + arrow + to.height + gap;
    return block;
  });
  const height = y - gap + 4;
  return (
    <svg
      className={`${styles.diagram} ${styles.narrow}`}
      viewBox={`0 0 ${NARROW.width} ${height}`}
      role="img"
      aria-labelledby={labelId}>
      <Legend x={2} y={16} anchor="start" />
      {blocks.map(({m, from, to, y: blockY}) => {
        const arrowTop = blockY + from.height;
        return (
          <g key={m.value + m.to.field}>
            <PlaceBox place={m.from} lines={from} x={2} y={blockY} width={box} height={from.height} />
            <Arrow
              x1={26}
              y1={arrowTop + 4}
              x2={26}
              y2={arrowTop + arrow - 4}
              lineClass={styles.arrow}
              headClass={styles.arrowHead}
            />
            <Chip label={m.value} cx={52 + (textWidth(m.value, CHIP_SIZE) + 20) / 2} cy={arrowTop + arrow / 2} />
            <PlaceBox place={m.to} lines={to} x={2} y={arrowTop + arrow} width={box} height={to.height} />
          </g>
        );
      })}
    </svg>
  );
}

function describe(m: Mapping): string {
  return translate(
    {
      id: 'keybridge.valueMap.alt.item',
      message:
        '{value}: copy it from “{fromField}” ({fromForm}, step {fromStep}) into “{toField}” ({toForm}, step {toStep}).',
    },
    {
      value: m.value,
      fromField: m.from.field,
      fromForm: m.from.form,
      fromStep: m.from.step,
      toField: m.to.field,
      toForm: m.to.form,
      toStep: m.to.step,
    },
  );
}

export default function ValueMap({map}: {map: ValueMapId}) {
  const data = useValueMap(map);
  const labelId = useId();
  return (
    <figure className={styles.wrapper} data-value-map={map}>
      <figcaption className={styles.caption}>{data.title}</figcaption>
      <Wide mappings={data.mappings} labelId={labelId} />
      <Narrow mappings={data.mappings} labelId={labelId} />
      {/* The text alternative: read out as the picture's name, not shown twice on screen. */}
      <div id={labelId} hidden>
        <p>{data.title}</p>
        <ol>
          {data.mappings.map((m) => (
            <li key={m.value + m.to.field}>{describe(m)}</li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
