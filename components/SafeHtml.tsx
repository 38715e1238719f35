// The ONLY place in the UI that turns HTML into DOM, and it only ever parses sanitizeArticleHtml's output.
// The HTML is parsed by DOMParser into an inert document first (no scripts run, nothing loads): `prepare`
// can rewrite it there (the reader swaps image URLs for stored bytes) before anything is live, so no
// remote image is ever requested by mistake. (DOMParser rather than innerHTML: no HTML sink at all,
// so Firefox's add-on linter has nothing of ours to warn about.)
// A class component so that re-renders of the parent never touch the DOM we filled (and highlighted)
// unless the HTML itself changed.
import { Component, createRef } from 'preact';
import { sanitizeArticleHtml } from '../utils/html/sanitize';

export interface SafeHtmlProps {
  html: string;
  class?: string;
  testId?: string;
  lang?: string;
  /** Runs on the inert, sanitised fragment before it is inserted (no network, no layout). */
  prepare?: (fragment: DocumentFragment) => void;
  /** Called after the sanitised HTML is in the DOM (highlighting…). */
  onRendered?: (el: HTMLElement) => void;
}

export class SafeHtml extends Component<SafeHtmlProps> {
  private ref = createRef<HTMLDivElement>();

  override shouldComponentUpdate(next: SafeHtmlProps): boolean {
    return next.html !== this.props.html || next.class !== this.props.class || next.lang !== this.props.lang;
  }

  override componentDidMount(): void {
    this.fill();
  }

  override componentDidUpdate(prev: SafeHtmlProps): void {
    if (prev.html !== this.props.html) this.fill();
  }

  private fill(): void {
    const el = this.ref.current;
    if (!el) return;
    const doc = el.ownerDocument;
    // Sanitised here, at the point of insertion, whatever the caller did before: sanitizeArticleHtml
    // (DOMPurify with the article allow-list) is the only thing whose output becomes DOM.
    const Parser = doc.defaultView?.DOMParser ?? DOMParser;
    const inert = new Parser().parseFromString(sanitizeArticleHtml(this.props.html), 'text/html');
    const fragment = inert.createDocumentFragment();
    fragment.append(...Array.from(inert.body.childNodes));
    this.props.prepare?.(fragment);
    // Adopt only now, after prepare: until then the nodes belong to the inert document.
    el.replaceChildren(doc.adoptNode(fragment));
    this.props.onRendered?.(el);
  }

  override render() {
    return <div ref={this.ref} class={this.props.class} data-testid={this.props.testId} lang={this.props.lang} />;
  }
}
