// The questions the flow may ask, as plain functions. prompts.ts implements them with Inquirer; tests
// implement them with scripts. Nothing here imports the prompt library.

export interface Choice<T> {
  value: T;
  /** What the list shows. */
  name: string;
  /** What the answered question shows (defaults to name). */
  short?: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
  /** Pre-selected (askMany only). */
  checked?: boolean;
}

/** A validator returns true, or the message to show under the question. */
export type Validate<T> = (value: T) => true | string;

export interface TextQuestion {
  message: string;
  /** Used when the answer is left empty (Enter). */
  default?: string;
  validate?: Validate<string>;
}

export interface ChoiceQuestion<T> {
  message: string;
  choices: Choice<T>[];
  default?: T;
}

export interface ManyQuestion<T> {
  message: string;
  choices: Choice<T>[];
  validate?: Validate<T[]>;
}

export interface YesNoQuestion {
  message: string;
  default: boolean;
}

/** Every prompt rejects with an error named "ExitPromptError" when the user presses Ctrl-C. */
export interface Prompts {
  askText(q: TextQuestion): Promise<string>;
  askChoice<T>(q: ChoiceQuestion<T>): Promise<T>;
  askMany<T>(q: ManyQuestion<T>): Promise<T[]>;
  askYesNo(q: YesNoQuestion): Promise<boolean>;
}
