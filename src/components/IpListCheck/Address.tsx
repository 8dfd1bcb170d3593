import {Fragment} from 'react';

/**
 * An address, block or list written so that a line only ever breaks between its parts (after a dot,
 * colon or comma, before a slash), never inside a number. The text content is unchanged: <wbr> adds
 * no characters, so copying or reading it gives the same string.
 */
export function Address({text}: {text: string}) {
  const pieces = text.split(/(?<=[.:,])|(?=\/)/);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
