// Prints the relevance scores of the current search on the relevance set, and each query that missed.
// Run: npx tsx tools/relevance/score.ts [--held-out]   (--held-out: the queries search was never tuned on)
import { relevanceLibrary, relevanceQueries, scoreRelevance } from '../../tests/library/relevance/score';

const { db, keyOf } = await relevanceLibrary('relevance-tool');
const { success1, ndcg5, perQuery } = await scoreRelevance(db, keyOf, relevanceQueries(process.argv.includes('--held-out') ? 'held-out.json' : 'queries.json'));
for (const s of perQuery) if (s.success === 0 || s.ndcg < 0.9) process.stdout.write(`${s.success ? 'ok  ' : 'MISS'} ${s.ndcg.toFixed(2)}  ${s.q}  →  ${s.top.join(', ')}\n`);
process.stdout.write(`queries ${perQuery.length}, articles ${keyOf.size}: success@1 ${success1.toFixed(3)}, nDCG@5 ${ndcg5.toFixed(3)}\n`);
