// A small drawn schematic of a dialog: its fields in order, the ones to fill at this step highlighted,
// and a visible caption saying it is a schematic, not a screenshot. Inline SVG; Infima colours (dark
// mode); one drawing that fits a phone. The text alternative is a hidden list of the fields.
import {useId} from 'react';
import {translate} from '@docusaurus/Translate';
import {wrapText} from '../DrawingParts/wrapText';
import {useDialog, type DialogId, type SchematicField} from './dialogs';
import styles from './styles.module.css';

const WIDTH = 360;
const FRAME = {x: 2, w: WIDTH - 4};
const INNER = {x: 18, w: WIDTH - 36};
const TITLE_BAR = 44;
const LABEL_TO_BOX = 8;
const BOX = 32;
const ROW_GAP = 14;
const HINT_SIZE = 13;

function FieldRow({field, y, filled}: {field: SchematicField; y: number; filled: boolean}) {
  const boxY = y + 14 + LABEL_TO_BOX;
  const boxClass = filled ? `${styles.input} ${styles.fill}` : styles.input;
  return (
    <g>
      <text className={filled ? `${styles.label} ${styles.labelFill}` : styles.label} x={INNER.x} y={y + 13}>
        {field.label}
      </text>
      {filled && (
        <text className={styles.fillMark} x={INNER.x + INNER.w} y={y + 13} textAnchor="end">
          {translate({id: 'keybridge.schematic.fillHere', message: '← fill in now'})}
        </text>
      )}
      {field.kind === 'toggle' ? (
        <g>
          <rect className={boxClass} x={INNER.x} y={boxY + 4} width={48} height={24} rx={12} />
          <circle className={styles.knob} cx={INNER.x + 12} cy={boxY + 16} r={8} />
          {field.hint && (
            <text className={styles.hint} x={INNER.x + 60} y={boxY + 21}>
              {field.hint}
            </text>
          )}
        </g>
      ) : field.kind === 'choices' ? (
        <g>
          {(field.choices ?? []).map((choice, i) => {
            const cx = INNER.x + i * 104;
            return (
              <g key={choice.label}>
                <rect className={boxClass} x={cx} y={boxY + 6} width={20} height={20} rx={4} />
                {choice.ticked && (
                  <polyline
                    className={styles.tick}
                    points={`${cx + 4},${boxY + 16} ${cx + 9},${boxY + 21} ${cx + 16},${boxY + 10}`}
                  />
                )}
                <text className={styles.hint} x={cx + 28} y={boxY + 21}>
                  {choice.label}
                </text>
              </g>
            );
          })}
        </g>
      ) : (
        <g>
          <rect className={boxClass} x={INNER.x} y={boxY} width={INNER.w} height={BOX} rx={6} />
          {field.hint && (
            <text className={styles.hint} x={INNER.x + 10} y={boxY + 21}>
              {wrapText(field.hint, INNER.w - (field.kind === 'select' ? 44 : 20), HINT_SIZE)[0]}
            </text>
          )}
          {field.kind === 'select' && (
            <polyline
              className={styles.chevron}
              points={`${INNER.x + INNER.w - 24},${boxY + 13} ${INNER.x + INNER.w - 18},${boxY + 19} ${INNER.x + INNER.w - 12},${boxY + 13}`}
            />
          )}
        </g>
      )}
    </g>
  );
}

export default function DialogSchematic({dialog, fill = []}: {dialog: DialogId; fill?: string[]}) {
  const data = useDialog(dialog);
  const labelId = useId();
  const rowHeight = 14 + LABEL_TO_BOX + BOX + ROW_GAP;
  const fieldsTop = TITLE_BAR + 16;
  const buttonTop = fieldsTop + data.fields.length * rowHeight;
  const height = buttonTop + (data.button ? 48 : 4);
  const caption = translate(
    {id: 'keybridge.schematic.caption', message: '{product}: {dialog}. Schematic, not a screenshot.'},
    {product: data.product, dialog: data.title},
  );
  return (
    <figure className={styles.wrapper} data-dialog-schematic={dialog}>
      <svg className={styles.diagram} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={labelId}>
        <rect className={styles.frame} x={FRAME.x} y={2} width={FRAME.w} height={height - 4} rx={12} />
        <path
          className={styles.titleBar}
          d={`M${FRAME.x} ${TITLE_BAR} V14 a12 12 0 0 1 12 -12 H${FRAME.x + FRAME.w - 12} a12 12 0 0 1 12 12 V${TITLE_BAR} Z`}
        />
        <text className={styles.title} x={INNER.x} y={29}>
          {data.title}
        </text>
        {data.fields.map((field, i) => (
          <FieldRow key={field.id} field={field} y={fieldsTop + i * rowHeight} filled={fill.includes(field.id)} />
        ))}
        {data.button && (
          <g>
            <rect className={styles.button} x={INNER.x + INNER.w - 110} y={buttonTop} width={110} height={34} rx={8} />
            <text className={styles.buttonText} x={INNER.x + INNER.w - 55} y={buttonTop + 22} textAnchor="middle">
              {data.button}
            </text>
          </g>
        )}
      </svg>
      <figcaption className={styles.caption}>{caption}</figcaption>
      <div id={labelId} hidden>
        <p>{caption}</p>
        <ol>
          {data.fields.map((field) => (
            <li key={field.id}>
              {[
                field.label,
                field.hint,
                field.choices?.map((c) => `${c.label}${c.ticked ? ' ✓' : ''}`).join(', '),
                fill.includes(field.id)
                  ? translate({id: 'keybridge.schematic.alt.fill', message: 'fill in at this step'})
                  : undefined,
              ]
                .filter(Boolean)
                .join(translate({id: 'keybridge.schematic.alt.separator', message: ': '}))}
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
