// The ONLY place in the UI that sets innerHTML, and it only ever sets sanitizeArticleHtml's output.
// The HTML is parsed into an inert <template> first: `prepare` can rewrite it there (the reader swaps
// image URLs for stored bytes) before anything is live, so no remote image is ever requested by mistake.
// A class component so that re-renders of the parent never touch the DOM we filled (and highlighted)
// unless the HTML itself changed.
import { Component, createRef } from 'preact';
import { sanitizeArticleHtml } from '../utils/sanitize';

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
    const template = el.ownerDocument.createElement('template');
    // Sanitised here, at the point of insertion, whatever the caller did before: sanitizeArticleHtml
    // (DOMPurify with the article allow-list) is the only thing that may produce innerHTML.
    template.innerHTML = sanitizeArticleHtml(this.props.html);
    this.props.prepare?.(template.content);
    el.replaceChildren(template.content);
    this.props.onRendered?.(el);
  }

  override render() {
    return <div ref={this.ref} class={this.props.class} data-testid={this.props.testId} lang={this.props.lang} />;
  }
}
