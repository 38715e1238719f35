// The line under a headline once its date and author are taken out: the "|" or "•" that joined them must not open
// the text, whatever HTML comments the theme closes its blocks with.
import { describe, expect, it } from 'vitest';
import { article } from './helpers';

const english = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const LEFTOVER_LINE = /^\s*[|•·]\s*$/mu;

describe('a bare separator left above the first paragraph', () => {
  it('a WordPress blog theme: "date | by author" in .entry-meta, blocks closed with <!-- .entry-header --> comments', async () => {
    const opening =
      'Our goal with hosting quarterly open threads is to give blog readers an opportunity to publicly raise comments or questions about our research or related topics (in the comments section below). As always, you are also welcome to email us or to request a call with our staff if you have feedback or questions you would prefer to discuss privately.';
    const html = english(
      'September 2018 open thread | The Charity Blog',
      '<main id="main" class="site-main" role="main"><div class="col-header-main"><h1 class="title">The Charity Blog</h1></div>\n' +
        '<article id="post-11511" class="content-single post-11511 post type-post status-publish format-standard hentry category-open-thread">\n' +
        '\t<header class="entry-header">\n\t\t<h1 class="entry-title">September 2018 open thread</h1>\n' +
        '\t\t<div class="blog-post-navigation"><ul><li class="prev"><a href="/2018/08/28/allocation/" rel="prev">Previous Post</a></li><li class="next"><a href="/2018/10/02/updates/" rel="next">Next Post</a></li></ul></div>\n' +
        '\t\t<div class="entry-meta"><span class="posted-on"><time class="entry-date published updated" datetime="2018-09-10T11:25:36-05:00">September 10, 2018</time></span> | <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/catherine/">Catherine</a></span></span></div><!-- .entry-meta -->\n' +
        '\t</header><!-- .entry-header -->\n' +
        `\t<div class="entry-content">\n\t\t<p>${opening}</p>\n<p>You can view our June 2018 open thread here.</p>\n\t</div><!-- .entry-content -->\n</article></main>`,
    );
    const a = await article(html, 'https://blog.charity.example/2018/09/10/september-2018-open-thread/');
    expect(a.byline).toBe('Catherine');
    expect(a.text).not.toMatch(LEFTOVER_LINE);
    expect(a.text.startsWith(opening)).toBe(true);
    expect(a.text).toContain('You can view our June 2018 open thread here.');
  });

  it('a news-magazine theme: "date • By author" in .post-meta, blocks closed with <!-- /post-meta --> comments', async () => {
    const opening =
      'Taste and smell receptors turn up in unexpected organs, where they monitor the state of the body and its natural microbial health rather than food, and raise an alarm over invading parasites. In the gut, a rare kind of cell uses the same receptors as the tongue.';
    const html = english(
      'Tuft cells that taste danger | Science Weekly',
      '<div id="primary" class="content-area"><div class="section-title">Biology</div>\n' +
        '<article id="post-70125" class="single-post post-70125 post type-post status-publish hentry category-biology">\n' +
        '\t<div class="post-header">\n\t\t<h1 class="post-title">Tuft cells that taste danger</h1>\n' +
        '\t\t<div class="share-row"><ul><li><a href="/share/mail">Email</a></li><li><a href="/share/print">Print</a></li></ul></div>\n' +
        '\t\t<div class="post-meta"><span class="date"><time datetime="2019-11-19T09:00:00-05:00">November 19, 2019</time></span> • <span class="byline">By <a rel="author" href="/authors/jordana/">Jordana Cepelewicz</a></span></div><!-- /post-meta -->\n' +
        '\t</div><!-- /post-header -->\n' +
        `\t<div class="post-content">\n\t\t<p>${opening}</p>\n<p>The finding suggests that taste evolved to guard the body.</p>\n\t</div><!-- /post-content -->\n</article></div>`,
    );
    const a = await article(html, 'https://www.science-weekly.example/tuft-cells-that-taste-danger-20191119/');
    expect(a.text).not.toMatch(LEFTOVER_LINE);
    expect(a.text.startsWith(opening)).toBe(true);
    expect(a.text).toContain('The finding suggests that taste evolved to guard the body.');
  });
});
