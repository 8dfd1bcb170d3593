// The text of a code block, drawn without Prism. The site's code blocks are request strings and address
// lists (```text), which Prism would only split into plain lines; leaving Prism out takes about a fifth
// of the JS every page runs at start-up away (src/plugins/withoutPrism). A block in another language is
// shown the same way: its text, in the theme's code colours, without syntax colouring.
//
// The markup is the classic theme's: one `token-line` per line with `token plain` spans, drawn by its
// Line component, so line highlighting, line numbers, word wrap and the copy button work as before.
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {usePrismTheme} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import type {Props} from '@theme/CodeBlock/Content';
import {plainLines, type PlainToken} from './plainLines';
// The classic theme's own styles for this component.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';

export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const theme = usePrismTheme();
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  // As prism-react-renderer: lines take the theme's text colour, the block its background.
  const lineStyle = {...theme.plain, backgroundColor: undefined};
  const getLineProps = ({className: lineClass}: {className?: string}) => ({
    className: clsx('token-line', lineClass),
    style: lineStyle,
  });
  const getTokenProps = ({token}: {token: PlainToken}) => ({
    className: 'token plain',
    children: token.content,
    style: token.empty ? {display: 'inline-block'} : undefined,
  });
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      // Scrollable code must be reachable by keyboard, as in the classic theme.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={clsx(className, 'prism-code', `language-${language}`, styles.codeBlock, 'thin-scrollbar')}
      style={theme.plain}>
      <code
        className={clsx(styles.codeBlockLines, lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering)}
        style={lineNumbersStart === undefined ? undefined : {counterReset: `line-count ${lineNumbersStart - 1}`}}>
        {plainLines(code).map((line, i) => (
          <Line
            key={i}
            line={line}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={lineClassNames[i]}
            showLineNumbers={lineNumbersStart !== undefined}
          />
        ))}
      </code>
    </pre>
  );
}
