// Key-figure records, exactly as the shared figures specification defines them.

/**
 * The most figures an article keeps: the analyser keeps the first MAX_FIGURES (a land-price table of 10,000 rows
 * has far more) and the record check allows exactly as many, so every article the analyser makes can be saved.
 */
export const MAX_FIGURES = 2_000;

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

/**
 * A figure chosen for the key-figures panel. A range ("từ 20 đến 30 triệu đồng") is one key figure spanning
 * both of its figure records (start of the first to end of the second); `value` is its first value.
 */
export interface KeyFigure extends Figure {
  /** The clause the figure came from (the chip's tooltip), not the whole paragraph. */
  sentence: string;
  score: number;
  /** What the number measures, from its clause ("vốn ngân sách trung ương"); absent when the clause does not say. */
  label?: string;
  /** The normalised amount with scale and unit as the chip shows it ("20–30 triệu đồng/tháng"). */
  display?: string;
}

/** One sentence of an extractive summary; offsets into the text it was taken from. */
export interface SummarySentence {
  text: string;
  start: number;
  end: number;
}
