// The chip the ranked key figures give for the figure whose text contains `fragment`, in a one-sentence article
// with no lead: how the label tests read a label without the popup around it.
import { keyFigures } from '../../utils/figures/rank';

export const chipOf = (text: string, fragment: string) => {
  const k = keyFigures({ text, lead: '' }, undefined, 20).find((c) => c.text.includes(fragment));
  if (!k) throw new Error(`no chip for ${fragment}`);
  return k;
};

export const labelOf = (text: string, fragment: string): string => chipOf(text, fragment).label ?? '';
