import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import type { PromptContext } from '../../src/questionnaire/prompts.js';

/**
 * In-memory streams for a whole run of prompts: readline parses what is written to `input` as
 * keystrokes (as on a terminal), and `output` survives the end of each prompt (Inquirer ends the
 * stream it pipes into when a prompt closes, so @inquirer/testing's render covers one prompt only).
 */
export function fakeTerminal() {
  let written = '';
  const input = new PassThrough();
  const output = new Writable({
    write(chunk, _encoding, callback) {
      written += String(chunk);
      callback();
    },
  });
  // Each prompt's output stream is piped here and ended when the prompt closes; stay open for the next.
  output.end = (() => output) as typeof output.end;
  const context: PromptContext = { input, output };
  return {
    context,
    /** Sends keystrokes: text, "\r" for Enter, "\x1b[B" for down, " " for space, "\x03" for Ctrl-C. */
    keys: (text: string) => input.write(text),
    /** Everything shown so far, without escape sequences. */
    text: () => stripVTControlCharacters(written),
    raw: () => written,
  };
}

/** Lets Inquirer handle the keystrokes and re-render. */
export const settle = (ms = 15) => new Promise((r) => setTimeout(r, ms));
