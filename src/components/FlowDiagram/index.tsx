// The path a key travels, drawn as an inline SVG: exchange → API key → IP whitelist → terminal.
// Two drawings of the same four steps: a row for wide screens and a column for phones; CSS shows one.
// Colours come from Infima variables in styles.module.css, so dark mode needs nothing extra.
import {useId} from 'react';
import {translate} from '@docusaurus/Translate';
import {Arrow as DrawnArrow} from '../DrawingParts/Arrow';
import styles from './styles.module.css';

function Arrow(props: {x1: number; y1: number; x2: number; y2: number}) {
  return <DrawnArrow {...props} lineClass={styles.arrow} headClass={styles.arrowHead} />;
}

type Step = {title: string; detail: string};

function useSteps(): Step[] {
  return [
    {
      title: translate({id: 'keybridge.flow.exchange', message: 'Exchange'}),
      detail: translate({id: 'keybridge.flow.exchange.detail', message: 'Create the key'}),
    },
    {
      title: translate({id: 'keybridge.flow.apiKey', message: 'API key'}),
      detail: translate({id: 'keybridge.flow.apiKey.detail', message: 'Key, secret, passphrase'}),
    },
    {
      title: translate({id: 'keybridge.flow.whitelist', message: 'IP whitelist'}),
      detail: translate({id: 'keybridge.flow.whitelist.detail', message: "Terminal's servers only"}),
    },
    {
      title: translate({id: 'keybridge.flow.terminal', message: 'Terminal'}),
      detail: translate({id: 'keybridge.flow.terminal.detail', message: 'Paste, pick the account'}),
    },
  ];
}

function useLabel(): string {
  return translate({
    id: 'keybridge.flow.label',
    message:
      'How a key travels: on the exchange you create an API key, restrict it to the terminal’s IP addresses, then paste it into the trading terminal.',
  });
}

// Wide drawing: four boxes in a row, 215 × 110 each, arrows in the 40-unit gaps.
const ROW = {width: 1000, height: 160, box: {w: 215, h: 110}, top: 36, gap: 40};

function Row({steps, label}: {steps: Step[]; label: string}) {
  const titleId = useId();
  const {box, top, gap} = ROW;
  return (
    <svg
      className={`${styles.diagram} ${styles.row}`}
      viewBox={`0 0 ${ROW.width} ${ROW.height}`}
      role="img"
      aria-labelledby={titleId}>
      <title id={titleId}>{label}</title>
      {steps.map((step, i) => {
        const x = 10 + i * (box.w + gap);
        const cx = x + box.w / 2;
        return (
          <g key={step.title}>
            <rect className={styles.box} x={x} y={top} width={box.w} height={box.h} rx={12} />
            <circle className={styles.badge} cx={cx} cy={top} r={16} />
            <text className={styles.badgeText} x={cx} y={top + 5.5} textAnchor="middle">
              {i + 1}
            </text>
            <text className={styles.title} x={cx} y={top + 52} textAnchor="middle">
              {step.title}
            </text>
            <text className={styles.detail} x={cx} y={top + 80} textAnchor="middle">
              {step.detail}
            </text>
            {i < steps.length - 1 && (
              <Arrow x1={x + box.w + 6} y1={top + box.h / 2} x2={x + box.w + gap - 6} y2={top + box.h / 2} />
            )}
          </g>
        );
      })}
    </svg>
  );
}

// Narrow drawing: the same boxes stacked, 300 × 84 each, arrows in the 36-unit gaps.
const COLUMN = {width: 340, box: {w: 300, h: 84}, top: 10, gap: 36};

function Column({steps, label}: {steps: Step[]; label: string}) {
  const titleId = useId();
  const {box, top, gap} = COLUMN;
  const height = top * 2 + steps.length * box.h + (steps.length - 1) * gap;
  return (
    <svg
      className={`${styles.diagram} ${styles.column}`}
      viewBox={`0 0 ${COLUMN.width} ${height}`}
      role="img"
      aria-labelledby={titleId}>
      <title id={titleId}>{label}</title>
      {steps.map((step, i) => {
        const x = 20;
        const y = top + i * (box.h + gap);
        const cx = x + box.w / 2;
        return (
          <g key={step.title}>
            <rect className={styles.box} x={x} y={y} width={box.w} height={box.h} rx={12} />
            <circle className={styles.badge} cx={x + 34} cy={y + box.h / 2} r={16} />
            <text className={styles.badgeText} x={x + 34} y={y + box.h / 2 + 5.5} textAnchor="middle">
              {i + 1}
            </text>
            <text className={styles.title} x={x + 64} y={y + 36}>
              {step.title}
            </text>
            <text className={styles.detail} x={x + 64} y={y + 62}>
              {step.detail}
            </text>
            {i < steps.length - 1 && <Arrow x1={cx} y1={y + box.h + 6} x2={cx} y2={y + box.h + gap - 6} />}
          </g>
        );
      })}
    </svg>
  );
}

export default function FlowDiagram() {
  const steps = useSteps();
  const label = useLabel();
  return (
    <div className={styles.wrapper}>
      <Row steps={steps} label={label} />
      <Column steps={steps} label={label} />
    </div>
  );
}
