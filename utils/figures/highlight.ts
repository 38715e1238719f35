// highlightFigures: wraps every figure in the element's text in
// <mark class="fig" data-kind="money" data-value="1600000000" data-fig-index="3">…</mark>.
// Article HTML splits figures across nodes ("<b>1,6</b> tỷ đồng", a link around "Quyết định số 12/QĐ-UBND"),
// so the element's text is read as one string with a map back to its text nodes, and each figure is wrapped
// piece by piece — one <mark> per text node it touches, all with the same data-fig-index. Only text nodes
// are touched (never attributes); script/style and existing marks are left alone; a second run changes nothing.
import type { Figure } from '../model/figure';
import { findFigures } from './index';
import { highlightFigureList } from './highlight-core';

// The marking itself lives in highlight-core.ts, which does not pull in the figure finder: the popup
// passes the figures it already has and keeps the finder off its critical path.

/** Wraps the figures in `root` (default: findFigures over its text); returns how many were newly wrapped. */
export function highlightFigures(root: Element, figures?: Figure[]): number {
  return highlightFigureList(root, figures ?? findFigures);
}
