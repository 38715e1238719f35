// Boilerplate inside the article column of English news pages, removed from Readability's pick (cleanupContent):
// each kind on markup modelled on two sites that print it, and the article text beside it kept whole.
import { describe, expect, it } from 'vitest';
import { cleanupContent } from '../../utils/extract/cleanup';
import { NEWS_STAMP_LINE } from '../../utils/extract/dates';
import { parseHtml } from '../../utils/html/parse-html';
import { article, norm } from './helpers';

const P1 =
  'SAN FRANCISCO (AP) — A man was stabbed to death on a Bay Area Rapid Transit train on Tuesday night, and the suspect fled at the next station, the transit agency said.';
const P2 =
  'Officials said the victim was taken to a hospital, where he died. No arrests had been made by early Wednesday, and the agency asked riders with video to come forward.';
const BODY = `<p>${P1}</p><p>${P2}</p>`;

/** The pick as Readability hands it over: a <div> around the column's markup. */
function picked(html: string) {
  const doc = parseHtml(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><div id="readability-page-1">${html}</div></body></html>`, 'https://news.example.com/a');
  const content = doc.getElementById('readability-page-1')!;
  const report = cleanupContent(content);
  return { content, text: norm(content.textContent), report };
}

function expectBodyKept(text: string) {
  expect(text).toContain(P1);
  expect(text).toContain(P2);
}

describe('English time stamps by the headline', () => {
  it('recognises the orders papers print them in, and not a date inside a sentence or a clock time alone', () => {
    for (const line of [
      'Updated 1:39 am EST, Wednesday, November 20, 2019',
      'Published 11:11 PM EST Nov 19, 2019',
      'November 19, 2019 at 9:45 am',
      'Nov. 20, 2019 5:52 AM EST',
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM',
      'Updated 3:15 p.m. ET',
      'Today 12:01 AM',
    ]) {
      expect(NEWS_STAMP_LINE.test(line), line).toBe(true);
    }
    for (const line of ['10 p.m.', '4:14 p.m.', 'Tuesday', 'He arrived at 5 pm on Monday and left.', '12.30', 'Ngày 20/6/2024, UBND huyện họp', 'Thứ Hai']) {
      expect(NEWS_STAMP_LINE.test(line), line).toBe(false);
    }
  });

  it('removes the stamp line of a Hearst paper and of a Gannett paper, whole or split into parts', () => {
    // Hearst (SFGate, the Houston Chronicle): the stamp in a <time> with the clock and the day in spans.
    const hearst = picked(`<div class="article-title"><time class="date">Updated <span>10:01 pm PST</span>, <span>Tuesday, November 19, 2019</span></time></div>${BODY}`);
    expect(hearst.text).not.toContain('10:01 pm');
    expectBodyKept(hearst.text);
    // Gannett (USA Today, the Detroit News): "Published 11:11 PM EST Nov 19, 2019" in a <div> of its own.
    const gannett = picked(`<div class="asset-metabar"><span class="asset-metabar-time">Published 11:11 PM EST Nov 19, 2019</span></div>${BODY}`);
    expect(gannett.text).not.toContain('Published 11:11');
    expectBodyKept(gannett.text);
    // A live blog's entry headings ("10 p.m.") are article text (AP's "The Latest").
    const live = picked(`<p>10 p.m.</p>${BODY}`);
    expect(live.text).toContain('10 p.m.');
  });
});

describe('photo widgets and credits', () => {
  it('removes gallery controls, counters and credits (Hearst papers, Future plc sites) but keeps the caption and the photo', () => {
    const hearst = picked(
      '<div class="photo"><img src="https://s.hdnux.com/photos/1.jpg" alt=""><div class="caption"><p>Grass Valley residents stock up before the shutoff.</p><span class="credit">Photo: Ringo H.W. Chiu, AP</span></div>' +
        '<div class="nav-stats">Image <span>1</span> of <span>/</span> <span>23</span></div><div class="captionlink"><p class="open">Caption</p><p class="close">Close</p></div></div>' +
        BODY,
    );
    for (const gone of ['Ringo H.W. Chiu', 'Image 1 of', 'Caption', 'Close']) expect(hearst.text, gone).not.toContain(gone);
    expect(hearst.text).toContain('Grass Valley residents stock up before the shutoff.');
    expect(hearst.content.querySelector('img')).not.toBeNull();
    expectBodyKept(hearst.text);
    const future = picked(
      '<figure><img src="https://cdn.mos.cms.futurecdn.net/x.jpg" alt=""><figcaption><span class="caption-text">An artist\'s concept of the Blue Moon lander.</span></figcaption></figure>' +
        '<p class="credit">(Image credit: Blue Origin)</p><div class="counter">Image 2 of 5</div>' +
        BODY,
    );
    expect(future.text).not.toContain('Image credit');
    expect(future.text).not.toContain('Image 2 of 5');
    expect(future.text).toContain("An artist's concept of the Blue Moon lander.");
    expectBodyKept(future.text);
  });

  it('removes the BBC\'s off-screen photo labels beside the picture, and keeps the picture', () => {
    const bbc = picked(
      '<figure><span class="image-and-copyright-container"><img src="https://ichef.bbci.co.uk/news/320/x.jpg" alt="Taylor Swift"><span class="off-screen">Image copyright</span> <span class="story-image-copyright">Getty Images</span></span>' +
        '<figcaption><span class="off-screen">Image caption</span> Taylor Swift\'s seventh album is the only one she owns</figcaption></figure>' +
        BODY,
    );
    expect(bbc.text).not.toContain('Image copyright');
    expect(bbc.text).not.toContain('Getty Images');
    expect(bbc.text).not.toContain('Image caption');
    expect(bbc.text).toContain("Taylor Swift's seventh album is the only one she owns");
    expect(bbc.content.querySelector('img')).not.toBeNull();
  });

  it('keeps a sentence that speaks of a photo or a caption', () => {
    const { text } = picked('<p>Photo: the mayor said the picture was taken without permission!</p><p>Close to 200 people attended.</p>' + BODY);
    expect(text).toContain('Photo: the mayor said the picture was taken without permission!');
    expect(text).toContain('Close to 200 people attended.');
  });
});

describe('related-article lines and lists', () => {
  it('removes "Related:" and "Read more:" lines between paragraphs (Future plc sites, City A.M.) and a bracketed one (CRN)', () => {
    const future = picked(`<p>${P1}</p><p><strong>Related: </strong><a href="/65471-photo-timeline-big-bang.html"><u><strong>From Big Bang to Present: Snapshots of Our Universe</strong></u></a></p><p>${P2}</p>`);
    expect(future.text).not.toContain('Big Bang');
    expectBodyKept(future.text);
    const cityam = picked(`<p>${P1}</p><p>Read more: <a href="/alibaba-poised-to-launch">Alibaba poised to launch record-breaking Hong Kong listing</a></p><p>${P2}</p>`);
    expect(cityam.text).not.toContain('Alibaba poised');
    expectBodyKept(cityam.text);
    const crn = picked(`<p>${P1}</p><p>[Related: <a href="/news/cloud/dreamforce">Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys</a>]</p><p>${P2}</p>`);
    expect(crn.text).not.toContain('Dreamforce');
    expectBodyKept(crn.text);
  });

  it('keeps a paragraph that opens with the same words and goes on in prose', () => {
    const { text } = picked(`<p>Related: the <a href="/a">second case</a> was reported in the same district a week earlier, officials said.</p>${BODY}`);
    expect(text).toContain('Related: the second case was reported in the same district a week earlier, officials said.');
  });

  it('removes a labelled teaser list: "DON\'T MISS" with its paragraph of links (UK tabloids), "More Great WIRED Stories" with its list', () => {
    const express = picked(
      `<p>${P1}</p><p><strong>DON'T MISS</strong></p><p><a href="/news/world/1188134/china">China furious at Macron for Hong Kong protest jibe</a> [<strong>INSIGHT]|<br></strong><a href="/sport/1188822/lakers">Lakers vs Nets: NBA make final decision</a> [<strong>VIDEO]</strong></p><p>${P2}</p>`,
    );
    expect(express.text).not.toContain("DON'T MISS");
    expect(express.text).not.toContain('China furious');
    expectBodyKept(express.text);
    const wired = picked(
      `${BODY}<hr><div class="heading-h3">More Great WIRED Stories</div><ul><li>The strange life and <a href="/story/strange-life">mysterious death of a virtuoso coder</a></li><li>How Facebook <a href="/story/facebook-first-amendment">gets the First Amendment backward</a></li></ul>`,
    );
    expect(wired.text).not.toContain('More Great WIRED Stories');
    expect(wired.text).not.toContain('virtuoso coder');
    expectBodyKept(wired.text);
  });
});

describe('prompts, ad labels, author links, footers and menus in the column', () => {
  it('removes newsletter and app prompts (Penske sites, Advance papers, Fox) and keeps news about a newsletter', () => {
    const { text } = picked(
      BODY +
        '<p><strong>Sign Up:</strong> Stay on top of the latest breaking film and TV news! Sign up for our <a href="/newsletters">Email Newsletters here</a>.</p>' +
        '<p>Get the latest updates right in your inbox. Subscribe to <a href="https://link.nj.com/join">NJ.com’s newsletters</a>.</p>' +
        '<p><a href="https://www.foxnews.com/apps"><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></a></p>' +
        '<p>The paper said its newsletter had gained 40,000 subscribers since the summer, most of them in the suburbs.</p>',
    );
    for (const gone of ['Email Newsletters', 'right in your inbox', 'FOX NEWS APP']) expect(text, gone).not.toContain(gone);
    expect(text).toContain('The paper said its newsletter had gained 40,000 subscribers since the summer, most of them in the suburbs.');
    expectBodyKept(text);
  });

  it('removes ad-slot labels (the New York Times, Fox Business) and author links (the New York Post, pv magazine)', () => {
    const { text } = picked(
      `<div class="author-byline"><a href="/author/x/">View author archive</a> <a href="mailto:x@nypost.com">email the author</a></div><p>${P1}</p>` +
        `<div class="ad"><p>Advertisement</p></div><p>Continue Reading Below</p><p>${P2}</p><div class="author-links"><a href="/author/emiliano">More articles from Emiliano Bellini</a></div>`,
    );
    for (const gone of ['View author archive', 'email the author', 'Advertisement', 'Continue Reading', 'More articles from']) expect(text, gone).not.toContain(gone);
    expectBodyKept(text);
  });

  it('removes rights and address lines without a <footer> (The Hill, Science X sites) and a cookie notice', () => {
    const { text } = picked(
      BODY +
        '<p>The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax</p>' +
        '<p>The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.</p>' +
        '<p>© 2019 Science X Network. All rights reserved.</p>' +
        '<div class="cookie">This website uses cookies to improve your experience. We\'ll assume you\'re ok with this. <a href="#">Accept</a> <a href="/privacy">Read More</a></div>',
    );
    for (const gone of ['Suite 900', 'Capitol Hill Publishing', 'Science X Network', 'uses cookies']) expect(text, gone).not.toContain(gone);
    expectBodyKept(text);
  });

  it('removes a site menu Readability kept in the column (Hearst papers) but not a menu that is most of the pick', () => {
    const menu = '<nav role="navigation"><ul role="menu"><li><a href="/">Home</a></li><li><a href="/sports/">Sports</a></li><li><a href="/business/">Business</a></li></ul></nav>';
    const story = picked(menu + BODY);
    expect(story.text).not.toContain('Sports');
    expectBodyKept(story.text);
    const onlyMenu = picked(`${menu}<p>Short.</p>`);
    expect(onlyMenu.text).toContain('Sports');
  });
});

describe('more lines of the column: byline stamps, contacts, author boxes, disclosures, one-item teaser lists', () => {
  it('removes a byline joined to its stamp (The Hill, Gray TV stations) but not a sentence that opens with "By"', () => {
    const { text } = picked(
      '<div class="title-meta"><span class="submitted-by">By Justine Coleman - 11/18/19 11:04 PM EST</span></div>' +
        '<div class="byline">By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</div>' +
        `${BODY}<p>By 2020 - the year the law took effect - 5 million people had applied.</p>`,
    );
    expect(text).not.toContain('Justine Coleman');
    expect(text).not.toContain('HNN Staff');
    expect(text).toContain('By 2020 - the year the law took effect - 5 million people had applied.');
    expectBodyKept(text);
  });

  it("removes how to reach the reporter (Barron's, Future plc sites, Hearst papers) but not a sentence that names an address", () => {
    const { text } = picked(
      `${BODY}<p>Write to Al Root at <a href="mailto:allen.root@dowjones.com">allen.root@dowjones.com</a></p>` +
        '<p><em>Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on Facebook.</em></p>' +
        '<div class="author-contact"><p>paul.takahashi@chron.com</p><p>twitter.com/paultakahashi</p></div>' +
        '<p>Residents can write to the council at its office on Main Street before the vote on Friday.</p>',
    );
    for (const gone of ['Al Root', 'Tariq Malik', 'paul.takahashi', 'twitter.com/paultakahashi']) expect(text, gone).not.toContain(gone);
    expect(text).toContain('Residents can write to the council at its office on Main Street before the vote on Friday.');
    expectBodyKept(text);
  });

  it('removes the author box at the end (pv magazine, 9to5 sites) but not a profile inside a list of people', () => {
    const pv = picked(
      `${BODY}<div class="author"><img src="https://www.pv-magazine.com/a.jpg" alt=""><div class="author-name"><a href="/author/emiliano">Emiliano Bellini</a></div>` +
        '<p>Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.</p><a href="/author/emiliano">More articles from Emiliano Bellini</a></div>',
    );
    expect(pv.text).not.toContain('Emiliano joined pv magazine');
    expectBodyKept(pv.text);
    const nine = picked(`${BODY}<div class="author-card"><h4>About the Author</h4><div class="name">Zac Hall</div><div class="handle">@apollozac</div><p>Zac covers Apple news for 9to5Mac and hosts the weekly 9to5Mac Happy Hour podcast.</p></div>`);
    expect(nine.text).not.toContain('Zac covers Apple news');
    expect(nine.text).not.toContain('@apollozac');
    expectBodyKept(nine.text);
    const list = picked(
      '<h3>Jane Doe</h3><p>Jane Doe is the chief executive of a solar start-up that doubled its sales this year, and she plans to open two factories in Texas.</p>' +
        '<h3>John Roe</h3><p>John Roe is the mayor who pushed the city to buy electric buses before any of its neighbours, and he is running for governor next year.</p>' +
        BODY,
    );
    expect(list.text).toContain('Jane Doe is the chief executive');
    expect(list.text).toContain('John Roe is the mayor');
  });

  it('removes affiliate disclosures (WordPress blogs, MSN) and forum or share prompts (Future plc sites, RT)', () => {
    const { text } = picked(
      '<div class="code-block"><em><font size="2">This post may contain affiliate and/or referral links. Please see my <a href="/what-is-an-affiliate-link/">disclosure page</a>. </font></em></div>' +
        '<div class="vl_disclosure">Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.</div>' +
        `${BODY}<p><em>Join our Space Forums to keep talking space on the latest missions, night sky and more!</em></p><p>Like this story? Share it with a friend!</p>`,
    );
    for (const gone of ['affiliate and/or referral', 'Affiliate Commission', 'Space Forums', 'Share it with a friend']) expect(text, gone).not.toContain(gone);
    expectBodyKept(text);
  });

  it('removes a "More:" label with the one-item teaser lists under it (Al Jazeera) and a "Related" label over a list (Future plc sites)', () => {
    const li = (href: string, t: string) => `<ul><li><h4><a href="${href}">${t}</a></h4></li></ul>`;
    const aj = picked(`${BODY}<h4>More:</h4>${li('/news/2019/10/a.html', 'Afghan woman politician sees Taliban talks as only hope')}${li('/news/2019/10/b.html', 'Young people must be heard: UN envoy')}${li('/news/2019/10/c.html', 'China invites Taliban for talks')}`);
    for (const gone of ['More:', 'Afghan woman', 'UN envoy', 'China invites']) expect(aj.text, gone).not.toContain(gone);
    expectBodyKept(aj.text);
    const future = picked(`${BODY}<h3>Related content</h3><ul><li><a href="/a.html">15 Amazing Images of Stars</a></li><li><a href="/b.html">11 Fascinating Facts About Our Milky Way</a></li></ul>`);
    expect(future.text).not.toContain('Amazing Images');
    expectBodyKept(future.text);
  });
});

describe('through the whole extractor', () => {
  it('reads an English story without its stamp, credit, related line and prompt, and a Vietnamese article untouched', async () => {
    const en = await article(
      '<!DOCTYPE html><html lang="en"><head><title>Man stabbed on BART train - SFGate</title></head><body><article><h1>Man stabbed on BART train</h1>' +
        '<div class="byline"><time>Updated 10:01 pm PST, Tuesday, November 19, 2019</time></div>' +
        `<figure><img src="https://s.hdnux.com/photos/1.jpg" alt="Station"><figcaption>The station on Tuesday. <span>Photo: Jeff Chiu, AP</span></figcaption></figure><p>${P1}</p>` +
        `<p>Read more: <a href="/news/other-story">Second stabbing this month on the line</a></p><p>${P2}</p><p>${P2.replace('Officials', 'Police')}</p>` +
        '<p>Get the latest updates right in your inbox. Subscribe to <a href="/newsletters">our newsletters</a>.</p></article></body></html>',
      'https://www.sfgate.com/news/article/man-stabbed-14848218.php',
    );
    for (const gone of ['10:01 pm', 'Second stabbing', 'right in your inbox']) expect(en.text, gone).not.toContain(gone);
    expect(en.text).toContain(P1);
    expect(en.text).toContain(P2);
    const vi = await article(
      '<!DOCTYPE html><html lang="vi"><head><title>Hội nghị tổng kết - Cổng TTĐT huyện</title></head><body><article><h1>Hội nghị tổng kết</h1>' +
        '<p>Ngày 20/6/2024, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của đại diện các xã.</p>' +
        '<p>Ảnh: Hội nghị tổng kết</p><p>Lúc 10:15, đồng chí Chủ tịch phát biểu chỉ đạo, đề nghị các xã tập trung hoàn thành chỉ tiêu về xây dựng nông thôn mới trong quý III.</p>' +
        '<p>Close to the end, 3 of 4 xã đạt chuẩn.</p></article></body></html>',
      'https://baothang.laocai.gov.vn/tin-tuc/hoi-nghi.html',
    );
    for (const kept of ['Ngày 20/6/2024, Ủy ban nhân dân huyện', 'Ảnh: Hội nghị tổng kết', 'Lúc 10:15, đồng chí Chủ tịch', 'Close to the end, 3 of 4 xã đạt chuẩn.']) expect(vi.text, kept).toContain(kept);
  });
});
