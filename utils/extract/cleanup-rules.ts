// Clean-up rules, as data. They run on the cloned page before Readability (see cleanup.ts).
// A new portal family is one more entry here, not a new branch in code.
//
// Every rule must be SURE of what it removes: on an ordinary news page, in any language, removing it
// must never lose article text. Hence the guards: `textPattern` is anchored on the element's whole text,
// `maxChars` refuses to fire on anything long enough to be content, and box removal stops climbing as
// soon as an ancestor holds real paragraph text (cleanup.ts).

import { DATE_LINE, DATE_LINE_SOURCE, NEWS_BYLINE_STAMP_LINE, NEWS_STAMP_LINE } from './dates';
import { folded, type TextPattern } from './folded-pattern';

/** Print/e-mail/share/back/font-size tools, Vietnamese and English (the English pages of portals). */
const TOOLS =
  '(?:in bài(?: viết| này)?|in trang|bản in|gửi email|gửi bài(?: viết)? qua email|gửi cho bạn bè|chia sẻ:?|lưu bài(?: viết)?|về đầu trang|lên đầu trang|' +
  '[«‹<←]?\\s*(?:quay lại|trở về|trở lại)|cỡ chữ:?(?: a- a\\+)?|copy link|sao chép liên kết|lấy link!?|link bài gốc|' +
  'print(?: this)?(?: page| article| story| version)?|e-?mail(?: this)?(?: page| article| story)?|share(?: this)?(?: page| article| story)?:?|' +
  '[«‹<←]?\\s*(?:go )?back|back to top|font size:?|text size:?)';
/** A view counter next to the headline: "Lượt xem: 1.247", "1.247 lượt xem", "View count: 1,247", "Views: 1247". */
const VIEWS = '(?:(?:số )?(?:lượt xem|lượt đọc)|views?|view count|page views|hits|reads|viewed)\\s*:?\\s*[\\d.,]+(?:\\s*(?:lần|times))?|[\\d.,]+\\s*(?:lượt xem|lượt đọc|views|reads|hits)';

export type CleanupAction =
  /** Remove the matched element (default). */
  | 'remove'
  /** The match is a box label ("Tin liên quan"): remove the box it heads (label + its link list). */
  | 'remove-box'
  /** Remove the attribute named in `attribute` (e.g. a placeholder alt text). */
  | 'drop-attribute';

export interface CleanupRule {
  id: string;
  /** CSS selector for the elements this rule looks at. */
  selector?: string;
  /** Anchored pattern for the element's whole text (NFC, whitespace collapsed), in lowercase (folded-pattern.ts). */
  textPattern?: TextPattern;
  /** For 'drop-attribute': the attribute, and the pattern its value must match. */
  attribute?: { name: string; pattern: RegExp };
  action?: CleanupAction;
  /** Text rules only: the element whose whole text matched must sit in (or be) an element matching this. */
  within?: string;
  /** Never fire on an element with more text than this (it could be content). */
  maxChars?: number;
  /**
   * 'after' text rules only: the pattern is also matched on the whole text of every line block of the pick (paragraph,
   * list item, division, heading), links and inline parts included ("Sign up for our <a>newsletters</a>",
   * "<time>18 Nov 2019, <span>19:09</span></time>"): the block goes as a whole.
   */
  block?: boolean;
  /**
   * Text rules only: 'after' runs on Readability's pick instead of the whole page (cleanupContent in cleanup.ts). For
   * the boilerplate of English news pages that sits INSIDE the article column (time stamps, photo credits, prompts,
   * related lines): taking it out of the page first changes how Readability scores the column and can make it pick
   * a part of the article instead of the whole.
   */
  phase?: 'before' | 'after';
  /** The page (or page family) that needed the rule, and why it is safe. */
  why: string;
}

/** Rules that only need a selector. They are run as ONE combined querySelectorAll. */
export const SELECTOR_RULES: CleanupRule[] = [
  {
    id: 'navigation',
    selector: 'nav, [role="navigation"], [role="menubar"], marquee',
    maxChars: 3000,
    why: 'Menus and news tickers (<marquee> on baothang.laocai.gov.vn and many district portals) are never article text.',
  },
  {
    id: 'breadcrumb',
    selector: '[class*="breadcrumb"], [id*="breadcrumb"], [itemtype*="BreadcrumbList"], [aria-label="breadcrumb"]',
    maxChars: 400,
    why: 'Breadcrumbs ("Trang chủ » Tin tức » Tin hoạt động") leak into Readability on portal pages; vnexpress and the seed page.',
  },
  {
    id: 'share-links',
    selector:
      'a[href*="facebook.com/sharer"], a[href*="sp.zalo.me/share"], a[href*="twitter.com/intent"], a[href*="twitter.com/share"], ' +
      'a[href*="linkedin.com/share"], a[href^="mailto:?"], a[href*="window.print"], a[href^="javascript:print"], ' +
      '.fb-like, .fb-share-button, .fb-comments, .zalo-share-button, .addthis_toolbox, .a2a_kit',
    maxChars: 200,
    why: 'Share/print/e-mail buttons ("Chia sẻ", "Gửi email", "In bài") identified by where they point, not by their words.',
  },
  {
    id: 'trust-badge',
    selector: 'a[href*="tinnhiemmang.vn"], img[src*="tinnhiemmang.vn"], a[href*="online.gov.vn"], img[src*="online.gov.vn"]',
    maxChars: 200,
    why: 'NCSC "Chứng nhận Tín Nhiệm Mạng" and "Đã thông báo Bộ Công Thương" badges; their title/alt leak as text.',
  },
  {
    id: 'footer',
    selector: 'footer, [role="contentinfo"], #footer, .footer, #ctl00_footer, .site-footer, .page-footer',
    maxChars: 3000,
    why: 'Footers (address, phone, fax, "Giấy phép số …", "Ghi rõ nguồn …"): baothang, chinhphu.vn, every paper in the corpus.',
  },
  {
    id: 'related-box-class',
    selector:
      '[class*="tinlienquan"], [class*="tin-lien-quan"], [class*="tinkhac"], [class*="tin-khac"], [class*="news-other"], ' +
      '[class*="other-news"], [class*="related-news"], [class*="relatednews"], [class*="relate-news"]',
    maxChars: 3000,
    why: '"Tin liên quan"/"Tin khác" boxes named in Vietnamese CMS class names (baothang news-other, many portals).',
  },
  {
    id: 'comments-section',
    selector:
      'div#comments, section#comments, aside#comments, .comments-area, ol.comment-list, ul.comment-list, ol.commentlist, ' +
      '#disqus_thread',
    why: 'Readers\' comments below a post (WordPress\'s #comments.comments-area with ol.comment-list, Blogger\'s div#comments, Disqus): on a short post they outweigh it and Readability picks a comment. Named by what the block is, never by a class merely containing "comment" (an article body\'s "comment" or "commentary" classes stay).',
  },
  {
    id: 'hidden-short',
    selector:
      '[hidden], .hidden, .hide, .d-none:not([class*="d-sm-"]):not([class*="d-md-"]):not([class*="d-lg-"]):not([class*="d-xl-"])',
    maxChars: 200,
    why: 'Short widgets hidden by CSS classes Readability does not understand: tuoitre "Đọc tiếp Về trang Chủ đề" (d-none). Long hidden blocks are left alone: they may be article text a "read more" button reveals.',
  },
  {
    id: 'liferay-chrome',
    selector: '.portlet-title, .portlet-title-text, .portlet-topper, .taglib-social-bookmarks, .taglib-ratings, .lfr-discussion, .print-action',
    maxChars: 300,
    why: 'Liferay portals (many provincial *.gov.vn): the portlet heading ("Tin tức - Sự kiện") is not the title; ratings/bookmarks are chrome.',
  },
  {
    id: 'sharepoint-chrome',
    selector: '#s4-ribbonrow, .ms-srch-sb, #DeltaPlaceHolderSearchArea, .ms-webpart-titleText, .ms-WPTitle',
    maxChars: 300,
    why: 'SharePoint portals: ribbon, search box and web-part titles ("Tin tức") sit around the article web part.',
  },
];

/** Selector rules run on Readability's pick (cleanupContent in cleanup.ts), never on the page. */
export const PICK_SELECTOR_RULES: CleanupRule[] = [
  {
    id: 'menu-in-pick',
    selector: 'nav, [role="navigation"], [role="menu"], [role="menubar"]',
    phase: 'after',
    why: 'A site menu inside the article column: Hearst papers (the Houston Chronicle, SFGate) keep their slide-out menu, <nav role="navigation"> with <ul role="menu">, in the story\'s column, too long for the page-level "navigation" rule. A menu is never article text.',
  },
];

/** Rules that look at an element's own whole text. They are run in ONE pass over text nodes. */
export const TEXT_RULES: CleanupRule[] = [
  {
    id: 'login',
    textPattern: folded(/^(?:đăng nhập|đăng xuất|đăng ký|login|log in|sign in|sign up)$/iu),
    why: 'Login links in the top bar and footer ("Đăng nhập" on the seed page).',
  },
  {
    id: 'tools',
    textPattern: folded(new RegExp(`^${TOOLS}$`, 'iu')),
    why: 'Print/e-mail/share/back/font-size tools: "In bài viết", "Gửi email", "Chia sẻ:" on the seed page; "Lấy link!" on cafef; "« Quay lại" / "Back" and "Print" above the headline on portals and their English pages. Only an element whose whole text is the tool.',
  },
  {
    id: 'skip-link',
    textPattern:
      folded(/^(?:skip|jump|go|chuyển|bỏ qua|nhảy|đi|tới|đến)(?:\s+(?:to|đến|tới|vào|xuống|qua))?\s+(?:the\s+)?(?:main\s+|site\s+|related\s+|right\s+)?(?:content|navigation|nav|menu|search|site index|rail|nội dung(?: chính)?|điều hướng|trình đơn|tìm kiếm)$/iu),
    within: 'a[href^="#"]',
    maxChars: 50,
    why: 'Keyboard skip links at the top of a page ("Chuyển đến nội dung" in WordPress themes, "Bỏ qua nội dung chính" in Liferay 7, "Skip to main content", "Jump to navigation"): a link to an anchor of the same page, hidden until focused, never article text.',
  },
  {
    id: 'visitor-counter',
    textPattern: folded(/^(?:tổng )?(?:số )?(?:lượt truy cập|lượt xem|lượt đọc|đang truy cập|đang online|đang trực tuyến|trực tuyến|hôm nay|hôm qua|tuần này|tháng này|năm nay|tổng cộng|truy cập)\s*:?\s*[\d.,\s]*$/iu),
    maxChars: 60,
    why: 'Visitor counters ("Tổng lượt truy cập: 3.162.905", "Đang online: 27") and "Lượt xem: 1.247": figure-like numbers that are not news.',
  },
  {
    id: 'views-line',
    textPattern: folded(new RegExp(`^(?:${VIEWS})$`, 'iu')),
    maxChars: 40,
    why: 'The view count next to the headline, either way round and in English ("1.247 lượt xem", "View count: 1,247", "Views: 1247"): a number that is not news.',
  },
  {
    id: 'date-line',
    textPattern: DATE_LINE,
    maxChars: 80,
    why: 'A line that is only a date, with its label, weekday, time and zone ("Thứ tư, 22/10/2025, 19:25 (GMT+7)" on vnexpress, "Ngày đăng: 18/04/2023 09:35" on the seed page, "30 tháng 8, 2024" on CKAN portals, "Posted on June 20, 2018" on English pages). The date is read before clean-up.',
  },
  {
    id: 'news-stamp-line',
    textPattern: NEWS_STAMP_LINE,
    maxChars: 100,
    block: true,
    phase: 'after',
    why: 'English news pages: the time stamp by the headline in the orders papers print it ("Updated 1:39 am EST, Wednesday, November 20, 2019" on Hearst papers, "Published 11:11 PM EST Nov 19, 2019" on Gannett papers, "Nov. 20, 2019 5:52 AM EST" on AP pages, "PUBLISHED: 10:48, Tue, Nov 19, 2019"). Only date and time words with a digit; the date is read before clean-up.',
  },
  {
    id: 'byline-stamp-line',
    textPattern: NEWS_BYLINE_STAMP_LINE,
    maxChars: 160,
    block: true,
    phase: 'after',
    why: 'The byline and the time stamp on one line, on English news pages: "By Justine Coleman - 11/18/19 11:04 PM EST" (The Hill), "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM" (Gray TV stations). The author is read before clean-up; the line holds nothing else.',
  },
  {
    id: 'meta-line',
    textPattern: folded(new RegExp(`^(?:${DATE_LINE_SOURCE}|${VIEWS}|${TOOLS})(?:\\s*[|•·]\\s*(?:${DATE_LINE_SOURCE}|${VIEWS}|${TOOLS}))+$`, 'iu')),
    maxChars: 160,
    why: 'The line under the headline that joins date, view count and tools ("Ngày đăng: 20/06/2018 | Lượt xem: 1.247 | In bài", "June 20, 2018 | Views: 312 | Print" on English portal pages): every part is one the rules above remove alone.',
  },
  {
    id: 'licence-footer',
    textPattern: folded(/^(?:giấy phép (?:số|thiết lập|hoạt động|xuất bản)|ghi rõ nguồn|bản quyền thuộc|copyright|©|cơ quan chủ quản|chịu trách nhiệm (?:chính|nội dung|quản lý)|trưởng ban biên tập|tổng biên tập:)/iu),
    maxChars: 300,
    why: 'Footer licence and credit lines ("Giấy phép số 18/GP-STTTT …", "Ghi rõ nguồn …") when a portal has no <footer>.',
  },
  {
    id: 'rights-footer',
    textPattern: folded(/^(?:.{0,150}\ball rights reserved\.?|the contents of this site are ©.{0,150}|\(c\) (?:copyright )?\d{4}\b.{0,150}|this (?:document|article|story|material) is (?:subject to|protected by) copyright\b.{0,250})$/iu),
    maxChars: 300,
    block: true,
    phase: 'after',
    why: 'English footers without a <footer> element: "© 2019 The Hill. All rights reserved.", "The contents of this site are ©2019 Capitol Hill Publishing Corp.", "(c) 2019 Cox Media Group", "This document is subject to copyright. Apart from any fair dealing …" (Science X sites). A whole short line opening or ending with the formula; a sentence about rights goes on.',
  },
  {
    id: 'author-contact',
    textPattern: folded(
      /^(?:(?:have a (?:news )?tip\?\s*)?(?:e-?mail|write to|contact|reach)\s[^.!?]{1,60}\s(?:at|on)\s(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|twitter\b|https?:\/\/\S+).{0,160}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|facebook|instagram)\.com\/[\w.]+)$/iu,
    ),
    maxChars: 250,
    block: true,
    phase: 'after',
    why: 'How to reach the reporter, after the story: "Write to Al Root at allen.root@dowjones.com" (Barron\'s), "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik" (Future plc sites), "Reach the reporters on Twitter at http://twitter.com/…" (AP stories), and a line that is only the reporter\'s address or profile ("paul.takahashi@chron.com", "twitter.com/paultakahashi" on Hearst papers). The line must name the address or the network.',
  },
  {
    id: 'contact-footer-en',
    textPattern: folded(/^.{0,150}\b(?:tel|phone|telephone)\b.{0,60}\bfax\b.{0,40}$/iu),
    maxChars: 220,
    block: true,
    phase: 'after',
    why: 'The publisher\'s address line of English sites without a <footer>: "The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax", "Phone: (212) 555-0100 · Fax: (212) 555-0101". Two labels, as the Vietnamese contact-line rule: one alone could be article text.',
  },
  {
    id: 'photo-widget',
    textPattern: folded(/^(?:caption|close|hide caption|show caption|toggle caption|enlarge(?: this)? image|expand(?: this)? image|view (?:full )?gallery|image copyright|image caption|media caption|media playback is unsupported on your device|this slideshow requires javascript\.?|(?:image|photo|picture|slide) \d+ of \/? ?\d+|\d+ ?of ?\d+)$/iu),
    maxChars: 50,
    block: true,
    phase: 'after',
    why: 'The controls and off-screen labels of a photo or gallery widget, printed as text: "Caption" / "Close" (Hearst papers\' galleries), "Hide caption" (NPR), "Enlarge Image" (the New York Post), "Image copyright" / "Image caption" / "Media playback is unsupported on your device" (the BBC), the gallery counter "Image 1 of 23" (Hearst papers, Future plc sites). A word alone in its element or its block, never one inside a caption.',
  },
  {
    id: 'photo-credit',
    textPattern: folded(/^(?:\(?(?:photo|image|picture|photograph)s?(?: credit)?\s*:\s*[^!?]{1,70}\)?|\(?credit\s*:\s*[^!?]{1,60}\)?|image copyright\s+[^!?]{1,60}|getty images?|getty|shutterstock|istock(?:photo)?)$/iu),
    maxChars: 90,
    block: true,
    phase: 'after',
    why: 'A photo credit standing alone under a picture: "Photo: Damian Dovarganes, AP" and "Photo: Ringo H.W. Chiu, AP" (Hearst papers), "Image copyright Getty Images" (the BBC), "(Image: © NASA/ESA)" and "(Image credit: Blue Origin)" (Future plc sites), "Getty Images" (BBC, Forbes). Only a credit with no sentence after it; the caption it credits stays.',
  },
  {
    id: 'ad-label',
    textPattern: folded(/^(?:advert(?:isement)?s?|sponsored(?: content)?|continue reading (?:below|the main story)|(?:story|article) continues (?:below|after (?:this )?advertisement)(?: advertisement)?|scroll to continue with content|loading content ?(?:\.{3}|…)?)$/iu),
    maxChars: 60,
    phase: 'after',
    why: 'Labels of advertising slots and lazy widgets inside the article column: "Advert" (Mortons\' magazine sites), "Advertisement" (the New York Times), "Continue Reading Below" (Fox Business), "Story continues below advertisement" (Global News), "Loading content ..." (SyndiGate sites).',
  },
  {
    id: 'subscribe-prompt',
    textPattern: folded(
      /^(?:[^.!?]{1,60}[.!?] )?(?:(?:sign up|subscribe)\b.{0,200}\b(?:newsletters?|inbox)\b.{0,120}|subscribe to [^.!?]{1,60}\b(?:and|for|on|to get)\b.{0,120}|get a subscription (?:to|of) .{1,200}|join (?:our|the) [^.!?]{0,40}\b(?:forums?|community|conversation|discussion)\b.{0,250}|(?:like this (?:story|article)\? )?share (?:it|this(?: story| article)?) with a friend!?|every day we send an? (?:e-?mail|newsletter)\b.{0,120}|get (?:the latest|breaking)\b.{0,150}\b(?:inbox|newsletters?|news alerts)\b.{0,150}|click here to (?:subscribe|sign up)\b.{0,100}|(?:click here to )?(?:get|download) the .{1,40} app\b.{0,80}|get .{1,40} on the go by clicking here|follow (?:us|[^.!?]{1,40}) on (?:twitter|facebook|instagram|youtube|linkedin)\b.{0,100}|subscribe|breaking news emails|want more stories like this\??)$/iu,
    ),
    maxChars: 300,
    block: true,
    phase: 'after',
    why: 'Newsletter, app and follow prompts inside the article column: "Sign up for our Email Newsletters here" (Penske sites), "Get the latest updates right in your inbox. Subscribe to NJ.com\'s newsletters." (Advance papers), "Click here to subscribe to The Paradigm Newsletter", "CLICK HERE TO GET THE FOX NEWS APP", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube." (BBC). So do "Join our Space Forums to keep talking space …" (Future plc sites) and "Like this story? Share it with a friend!" (RT). A short teaser may open it: "Need more space? Subscribe to our sister title …" (Future plc sites), "There\'s plenty more where that came from. Sign up for The Water Coolest …" (Dealbreaker), "Want more stories like this? Every day we send an email …" (Digg). A whole block that opens as a prompt to the reader; news about a newsletter is written otherwise.',
  },
  {
    id: 'affiliate-disclosure',
    textPattern: folded(
      /^(?:this (?:post|article|page|story|site) (?:may )?contains? (?:affiliate|referral)\b.{0,200}|[^.!?]{0,80}\bmay (?:earn|receive) an? (?:small )?(?:affiliate )?commission\b.{0,200}|ftc: we use income earning (?:auto )?affiliate links\b.{0,100})$/iu,
    ),
    maxChars: 300,
    block: true,
    phase: 'after',
    why: 'Affiliate disclosures in the article column: "This post may contain affiliate and/or referral links. Please see my disclosure page." (WordPress blogs), "Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article." (MSN), "FTC: We use income earning auto affiliate links." (9to5 sites). The whole block is the notice.',
  },
  {
    id: 'cookie-notice',
    textPattern: folded(/^this (?:web)?site uses cookies\b.{0,280}$/iu),
    maxChars: 300,
    block: true,
    phase: 'after',
    why: 'Cookie banners left in the page\'s markup ("This website uses cookies to improve your experience … Accept Read More" on WordPress GDPR plug-ins, "This site uses cookies…" on news sites).',
  },
  {
    id: 'author-links',
    textPattern: folded(/^(?:view author archive|email the author|e-mail the author|contact the author|follow (?:on|the author on) (?:twitter|facebook)|get author rss|about the author|more (?:articles|stories|posts) (?:from|by) [\w’'. -]{1,40})$/iu),
    maxChars: 60,
    block: true,
    phase: 'after',
    why: 'The links of the author box printed by the byline or after the text: "View author archive", "email the author", "follow on twitter" (the New York Post), "About the Author" (9to5 sites), "More articles from Emiliano Bellini" (pv magazine), "Contact the author". Never a sentence: only the link\'s words.',
  },
  {
    id: 'contact-line',
    textPattern: folded(/^(?:địa chỉ|trụ sở|tòa soạn|điện thoại|đt|tel)\s*:.*\b(?:fax|email|e-mail|điện thoại|đt)\s*:/iu),
    maxChars: 300,
    why: 'Footer contact lines carry two labels ("Điện thoại: … - Fax: …"); a single "Địa chỉ:" could be article text, so it is left.',
  },
  {
    id: 'trust-badge-text',
    textPattern: folded(/^chứng nhận tín nhiệm mạng$/iu),
    why: 'The NCSC badge caption, when printed.',
  },
  {
    id: 'related-box-label',
    textPattern:
      folded(/^(?:tin liên quan|tin khác|các tin khác|tin bài khác|các bài khác|bài liên quan|bài viết liên quan|các bài viết khác|tin cùng chuyên mục|cùng chuyên mục|tin cùng loại|tin đã đưa|tin mới hơn|tin cũ hơn|đọc thêm|xem thêm|tham khảo thêm|có thể bạn quan tâm|bạn có thể quan tâm|đọc tiếp|tin mới|tin mới nhất|tin đọc nhiều|đọc nhiều|xem nhiều|tin nổi bật|tin tiêu điểm|bình luận|ý kiến bạn đọc|gửi bình luận|viết bình luận|related(?: articles| news| stories| posts)?|read more|more stories|comments?)\s*:?$/iu),
    action: 'remove-box',
    why: '"Tin liên quan"/"Tin khác"/"Bình luận"/"Đọc tiếp" boxes: the label and the teaser list it heads (baodautu "TIN LIÊN QUAN" between sapo and body, the seed page), The box stops at the first ancestor with paragraph text. A label opening a line of links alone ("Xem thêm: <a>…</a>") removes that line (cleanup.ts).',
  },
  {
    id: 'related-line-en',
    textPattern: folded(
      /^[[(]?(?:related(?: articles| news| stories| posts| coverage| content| links| topics)?|related (?:post|article|story)|read more|see more|also read|read next|up next|more (?:great )?[\w’'.&-]{1,20} stories|more from [\w’'.& -]{1,30}|more:|also:|(?:also )?on [\w-]+(?:\.[\w-]+)+|you may also like|you might also like|don['’]t miss|most popular|popular|breaking news|most read|trending(?: now| stories)?|recommended(?: for you| stories)?|top stories|latest news)\s*(?::|\.{3}|…)?$/iu,
    ),
    action: 'remove-box',
    phase: 'after',
    why: 'English news pages\' related-article lines and lists inside the article column: "Related: <a>…</a>" and "Read more: <a>…</a>" lines between paragraphs (Future plc sites, City A.M.), "[Related: <a>…</a>]" (CRN), "On HoustonChronicle.com: <a>…</a>" and "Also on rt.com <a>…</a>" (a site naming itself), "DON\'T MISS" and "You may also like" lists (UK tabloids, Advance papers), "More Great WIRED Stories". A label opening a line of links alone removes that line; a label over a list removes the list while it is mostly links (cleanup.ts).',
  },
];

const rule = (id: string) => TEXT_RULES.find((r) => r.id === id)!;
const HEADLINE_META = ['date-line', 'news-stamp-line', 'views-line', 'tools', 'meta-line'].map(rule);

/**
 * A text rule's pattern matches `text` (a whole element's or line's text, normalised) and the text is within its
 * bound. The bound is asked first: it is free, and a pattern is compiled in each page on the first text it is tried on.
 */
export function textRuleMatches(textRule: CleanupRule, text: string): boolean {
  return (textRule.maxChars === undefined || text.length <= textRule.maxChars) && textRule.textPattern!.test(text);
}

/**
 * A line of the kind printed next to the headline — the date, the view count, "Quay lại"/"Back", "In bài"/"Print",
 * or several of these joined by "|" — which must not open the text (edges.ts, cleanup.ts).
 */
export function isHeadlineMeta(raw: string): boolean {
  // A part of the line may already be gone ("Lượt xem: 1.247 |" once the print link is removed).
  const text = raw.replace(/^[\s|•·]+|[\s|•·]+$/gu, '');
  return !!text && HEADLINE_META.some((r) => textRuleMatches(r, text));
}

/** Rules on attributes (nothing is removed from the page's text). */
export const ATTRIBUTE_RULES: CleanupRule[] = [
  {
    id: 'placeholder-alt',
    selector: 'img[alt]',
    attribute: { name: 'alt', pattern: /^\s*(?:ảnh|anh|hình|hinh)(?: tin bài| tin bai| minh họa| minh hoa| đại diện| dai dien)?\s*$/iu },
    action: 'drop-attribute',
    why: 'CMS placeholder alts ("ảnh tin bài"/"anh tin bai" on the seed page) describe nothing; a reader would see them as text.',
  },
];
