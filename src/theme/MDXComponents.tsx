// The theme's MDX components, with one change: a Markdown table scrolls sideways on its own when it is
// wider than a phone screen (Infima gives tables `overflow: auto`), so it takes keyboard focus, as the
// theme's code blocks do, and a keyboard reader can scroll it too.
import type {ComponentProps} from 'react';
import MDXComponents from '@theme-original/MDXComponents';

export default {
  ...MDXComponents,
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus
  table: (props: ComponentProps<'table'>) => <table tabIndex={0} {...props} />,
};
