// The page's description (og:description / description) as the lead: only where the page prints it, and never
// when it is an excerpt of the body. Ordinary English news pages and blogs fill the description with a pitch the
// page never shows, or with the CMS's automatic excerpt of the first paragraph; Vietnamese portals print their
// sapo outside the body container, where Readability loses it.
import { describe, expect, it } from 'vitest';
import { metaLead } from '../../utils/extract/lead';
import { parseHtml } from '../../utils/html/parse-html';
import { article, page } from './helpers';

const english = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const WIRE_RECAP_BODY = [
  'Zach Parise scored twice, including a power-play goal in the third period, and the Minnesota Wild beat the Buffalo Sabres 4-1 on Tuesday night for their fourth win in five games.',
  'Alex Stalock made 30 saves as the Wild improved to 6-1-2 in their last nine games after a slow start to the season that left them at the bottom of the Western Conference.',
  'Jason Zucker and Ryan Suter also scored for Minnesota, which went 2 for 4 on the power play and killed off all three of the penalties it took against the Sabres.',
  'Victor Olofsson scored for Buffalo, which has lost six of its last seven games. Carter Hutton stopped 24 shots for the Sabres, who were playing their third game in four nights.',
];

describe('a description the page never prints is not the lead', () => {
  it('a regional paper carrying a wire sports recap: the pitch in og:description stays out of the text', async () => {
    const pitch = 'Zach Parise scored twice, Alex Stalock made 30 saves and the Minnesota Wild beat the Buffalo Sabres 4-1 Tuesday night.';
    const html = english(
      `<title>Parise scores 2 goals, Wild beat Sabres 4-1 – Twin Cities</title><meta property="og:description" content="${pitch}"><meta name="description" content="${pitch}">`,
      '<header class="site-header"><a href="/">Pioneer Press</a></header>' +
        '<article class="article"><h1 class="entry-title">Parise scores 2 goals, Wild beat Sabres 4-1</h1>' +
        '<div class="byline">By Associated Press | November 19, 2019 at 10:36 pm</div>' +
        `<div class="body-copy">${WIRE_RECAP_BODY.map((p) => `<p>${p}</p>`).join('')}</div></article>`,
    );
    const a = await article(html, 'https://www.twincities.com/2019/11/19/parise-scores-2-goals-wild-beat-sabres-4-1/');
    expect(a.lead).toBe('');
    expect(a.text).not.toContain('made 30 saves and the Minnesota Wild');
    expect(a.text.startsWith('Zach Parise scored twice, including a power-play goal')).toBe(true);
    for (const p of WIRE_RECAP_BODY) expect(a.text).toContain(p);
  });

  it("a WordPress blog whose description is the automatic excerpt glued to a share button's label", async () => {
    const rows = ['1a etapa: 10 de março – Interlagos', '2a etapa: 8 de abril – Curitiba', '3a etapa: 22 de abril – Velopark', '4a etapa: 06 de maio – Londrina', '5a etapa: 20 de maio – Santa Cruz do Sul', '6a etapa: 5 de agosto – Corrida do Milhão'];
    const excerpt = `Share this on WhatsAppCalendário da Fórmula Truck 2018 ${rows.slice(0, 5).join(' ')} […]`;
    const html = english(
      `<title>Calendário Fórmula Truck 2018 | Autoracing</title><meta property="og:description" content="${excerpt}">`,
      '<div id="content"><article class="post type-post"><h1 class="entry-title">Calendário Fórmula Truck 2018</h1>' +
        '<div class="entry-content"><div class="wabtn_container"><a href="whatsapp://send?text=Calend%C3%A1rio" class="wabtn">Share this on WhatsApp</a></div>' +
        `<p><strong>Calendário da Fórmula Truck 2018</strong></p><p>${rows.join('<br>')}</p>` +
        '<p>* Calendário sujeito a alterações feitas pelo organizador ao longo da temporada, como acontece todos os anos com as datas das etapas.</p>' +
        '<p>* Calendário acima divulgado pela categoria em janeiro de 2018, com duas etapas ainda sem local definido pela organização do campeonato.</p></div></article></div>',
    );
    const a = await article(html, 'https://www.autoracing.example/calendario-formula-truck-2018/');
    expect(a.lead).toBe('');
    expect(a.text).not.toContain('WhatsAppCalendário');
    for (const row of rows) expect(a.text).toContain(row);
  });
});

describe('a description the page prints is still a lead candidate', () => {
  // Where Readability then loses the printed sapo, recover.ts puts this candidate back above the body.
  const candidate = (html: string, url: string) => {
    const doc = parseHtml(html, url);
    return metaLead(doc, () => doc.body.textContent ?? '');
  };

  it('a provincial portal printing its sapo above the body in a box with no sapo class', () => {
    const sapo = 'Sáng 12/3, UBND tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của lãnh đạo các sở, ngành.';
    const html = page(
      '<div class="detail"><div class="detail-top"><h1 class="title-detail">Tổng kết công tác chuyển đổi số năm 2023</h1>' +
        `<div class="box-intro"><em>${sapo}</em></div><div class="social"><a href="/rss">RSS</a> <a href="/in">In trang</a></div></div>` +
        '<div class="detail-main"><div class="content-detail"><p>Năm 2023, tỉnh đã hoàn thành 45/52 chỉ tiêu về chuyển đổi số, trong đó có 100% cơ quan nhà nước cấp tỉnh, cấp huyện sử dụng hệ thống quản lý văn bản và điều hành.</p>' +
        '<p>Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 62%, tăng 18% so với năm trước.</p></div></div></div>',
      `<meta property="og:description" content="${sapo}">`,
    );
    expect(candidate(html, 'https://stttt.example.gov.vn/tin-tuc/tong-ket-chuyen-doi-so-2023.html')).toEqual({ text: sapo, element: null, source: 'meta' });
  });

  it('a district portal printing its summary with the agency tag in front and the description cut with an ellipsis', () => {
    const printed = 'Chiều 5/6, Huyện ủy tổ chức lễ kỷ niệm 50 năm ngày thành lập Đảng bộ huyện, đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước trao tặng.';
    const description = '(Huyện ủy) - Chiều 5/6, Huyện ủy tổ chức lễ kỷ niệm 50 năm ngày thành lập Đảng bộ huyện, đón nhận Huân chương Lao động hạng Nhì...';
    const html = page(
      '<table class="main"><tr><td class="col-center"><div class="news-head"><span class="news-title">Kỷ niệm 50 năm ngày thành lập Đảng bộ huyện</span>' +
        `<div class="news-brief"><b>${printed}</b></div></div>` +
        '<div id="newsContent"><p>Tham dự buổi lễ có các đồng chí lãnh đạo tỉnh, lãnh đạo huyện qua các thời kỳ cùng đông đảo cán bộ, đảng viên và nhân dân trong huyện.</p></div></td></tr></table>',
      `<meta name="description" content="${description}">`,
    );
    expect(candidate(html, 'https://huyen.example.gov.vn/tin-tuc/ky-niem-50-nam.html')?.text).toBe(description);
  });

  it('the same pages without the printed summary offer no candidate', () => {
    const description = 'Sáng 12/3, UBND tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2023 và triển khai nhiệm vụ năm 2024.';
    const html = page(
      '<div class="detail"><h1 class="title-detail">Tổng kết công tác chuyển đổi số năm 2023</h1>' +
        '<div class="content-detail"><p>Năm 2023, tỉnh đã hoàn thành 45/52 chỉ tiêu về chuyển đổi số.</p></div></div>',
      `<meta property="og:description" content="${description}">`,
    );
    expect(candidate(html, 'https://stttt.example.gov.vn/tin-tuc/tong-ket.html')).toBeNull();
  });
});

describe('a description that is an excerpt of the body is not added again', () => {
  it('a small paper whose excerpt starts with the author line the body has lost to the byline', async () => {
    const paragraphs = [
      'Police arrested six people Monday during a narcotics investigation involving drug activity at a local home.',
      'Officers from the police department intelligence unit conducted a traffic stop near Seventh Street and Central Avenue and later arrested a woman, 32, after locating methamphetamine in her car.',
      'Officers also arrested a man, 32, of Franklin, on several charges including two local warrants and an out-of-county warrant after stopping his vehicle near 17th Street.',
      'All persons involved in this case were transported to the county jail where they were being held on 48-hour holds on preliminary charges.',
    ];
    const excerpt = `Staff Reports ${paragraphs[0]} ${paragraphs[1]!.slice(0, 120)}`;
    const html = english(
      `<title>Police arrest six in drug investigation | The Republic News</title><meta property="og:description" content="${excerpt}">`,
      '<div class="article-wrap"><h1 class="headline">Police arrest six in drug investigation</h1>' +
        '<div class="article-body"><p class="byline">Staff Reports</p>' +
        `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
    );
    const a = await article(html, 'http://www.republic.example/2019/11/20/police_arrest_six/');
    expect(a.lead).toBe('');
    expect(a.text.split(paragraphs[0]!)).toHaveLength(2);
    for (const p of paragraphs) expect(a.text).toContain(p);
  });

  it('a provincial paper whose automatic description starts with the author line printed above the body', async () => {
    const paragraphs = [
      'Sáng 12/3, UBND tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2023 và triển khai nhiệm vụ năm 2024.',
      'Năm 2023, tỉnh đã hoàn thành 45/52 chỉ tiêu về chuyển đổi số, trong đó có 100% cơ quan nhà nước cấp tỉnh, cấp huyện sử dụng hệ thống quản lý văn bản và điều hành.',
      'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 62%, tăng 18% so với năm trước; cổng dịch vụ công của tỉnh tiếp nhận hơn 120 nghìn hồ sơ.',
      'Phát biểu kết luận hội nghị, đồng chí Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương tiếp tục đẩy mạnh cải cách hành chính gắn với chuyển đổi số.',
    ];
    const description = `Hoàng Anh ${paragraphs[0]} ${paragraphs[1]!.slice(0, 90)}`;
    const html = page(
      '<div class="article"><h1 class="article-title">Tổng kết công tác chuyển đổi số năm 2023</h1>' +
        '<div class="article-body"><p class="author">Hoàng Anh</p>' +
        `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
      `<meta name="description" content="${description}"><meta name="author" content="Hoàng Anh">`,
    );
    const a = await article(html, 'https://baotinh.example.vn/thoi-su/tong-ket-chuyen-doi-so-2023-a12345.html');
    expect(a.byline).toBe('Hoàng Anh');
    expect(a.text.split(paragraphs[0]!)).toHaveLength(2);
    for (const p of paragraphs) expect(a.text).toContain(p);
  });

  it('a charity blog whose description rewords only the first words of the opening paragraph', async () => {
    const description = 'We host quarterly open threads to give blog readers an opportunity to publicly raise comments or questions about our research or related topics.';
    const opening =
      'Our goal with hosting quarterly open threads is to give blog readers an opportunity to publicly raise comments or questions about our research or related topics (in the comments section below). As always, you are also welcome to email us.';
    const html = english(
      `<title>September 2018 open thread | The Charity Blog</title><meta name="description" content="${description}"><meta property="og:description" content="${description}">`,
      '<main class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">September 2018 open thread</h1>' +
        '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2018-09-10T11:25:36-05:00">September 10, 2018</time></span> | <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/catherine/">Catherine</a></span></span></div>' +
        '</header><!-- .entry-header -->' +
        `<div class="entry-content"><p>${opening}</p><p>You can view our June 2018 open thread here, and the answers we gave to the questions asked in it.</p>` +
        '<p>We will try to respond promptly to questions or comments, and we read every one of them before our next quarterly update.</p></div><!-- .entry-content --></article></main>',
    );
    const a = await article(html, 'https://blog.charity.example/2018/09/10/september-2018-open-thread/');
    expect(a.lead).toBe('');
    expect(a.text.startsWith('Our goal with hosting')).toBe(true);
    expect(a.text).not.toContain('We host quarterly');
  });
});
