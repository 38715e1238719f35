import { describe, expect, it } from 'vitest';
import { relevanceLibrary, relevanceQueries, scoreRelevance } from './relevance/score';
import { uniqueName } from './helpers';

describe('search relevance on real saved pages', () => {
  it('puts what a reader meant first: success@1 ≥ 0.9 and nDCG@5 ≥ 0.9 over the relevance set', async () => {
    const { db, keyOf } = await relevanceLibrary(uniqueName('relevance'));
    const queries = relevanceQueries();
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(keyOf.size).toBeGreaterThanOrEqual(60);
    const { success1, ndcg5, perQuery } = await scoreRelevance(db, keyOf, queries);
    const misses = perQuery.filter((s) => s.success === 0).map((s) => `${s.q} → ${s.top.join(', ')}`);
    expect(success1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(ndcg5).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
