// Every terminal profile, by id.
import type {TerminalProfile} from '../profiles/types';
import {insilico} from './insilico';
import {tealstreet} from './tealstreet';

export const terminals: Readonly<Record<string, TerminalProfile>> = {tealstreet, insilico};

/** The profile for a terminal id, or undefined when there is none. */
export function terminalProfile(id: string): TerminalProfile | undefined {
  return Object.hasOwn(terminals, id) ? terminals[id] : undefined;
}

export {insilico, tealstreet};
