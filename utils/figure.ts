// Key-figure records, exactly as specified in ../shared/figures/README.md.

export type FigureKind = 'money' | 'percent' | 'quantity' | 'ratio' | 'date' | 'document';
export type Approx = 'over' | 'under' | 'about';

export interface Figure {
  kind: FigureKind;
  /** The exact span: text === source.slice(start, end) (UTF-16 offsets). */
  text: string;
  start: number;
  end: number;
  /** Fully expanded number (money, percent, quantity, ratio numerator). */
  value?: number;
  /** money: 'VND' | 'USD' | …; quantity: normalised unit or counted noun; percent: '%'. */
  unit?: string;
  /** ratio only: the denominator. */
  total?: number;
  /** date only: '2023-03-25', '2023-06', '2023', '--03-25', '2024-Q3', '2024-H1'. */
  date?: string;
  /** document only: number and symbol as written, e.g. '17-NQ/HU'. */
  code?: string;
  approx?: Approx;
}

/** A figure chosen for the key-figures panel, with the sentence it came from. */
export interface KeyFigure extends Figure {
  sentence: string;
  score: number;
}

/** One sentence of an extractive summary; offsets into the text it was taken from. */
export interface SummarySentence {
  text: string;
  start: number;
  end: number;
}
