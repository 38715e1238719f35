// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { SafeHtml } from '../../components/SafeHtml';
import { mount, unmount } from './helpers';

const ROOT = resolve(__dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('SafeHtml', () => {
  it('is the only place in the UI that turns HTML into DOM, and that line goes through the sanitiser', () => {
    const all = [...files(join(ROOT, 'components')), ...files(join(ROOT, 'entrypoints')), ...files(join(ROOT, 'utils/ui'))];
    const setters = all.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /innerHTML\s*=|outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|parseFromString|createContextualFragment/.test(line))
        .map((line) => ({ file: relative(ROOT, f), line: line.trim() })),
    );
    expect(setters).toEqual([
      { file: 'components/SafeHtml.tsx', line: "const inert = new Parser().parseFromString(sanitizeArticleHtml(this.props.html), 'text/html');" },
    ]);
  });

  it('removes scripts, handlers and javascript: links, and reports when rendered', () => {
    const onRendered = vi.fn();
    const c = mount(
      <SafeHtml
        html={'<p onclick="x()">Chào <a href="javascript:alert(1)">liên kết</a><script>alert(1)</script><iframe src="https://evil"></iframe><img src="x" onerror="alert(1)"></p>'}
        testId="body"
        onRendered={onRendered}
      />,
    );
    const el = c.querySelector('[data-testid="body"]')!;
    expect(el.querySelector('script, iframe')).toBeNull();
    expect(el.innerHTML).not.toMatch(/onclick|onerror|javascript:/);
    expect(el.textContent).toBe('Chào liên kết');
    expect(onRendered).toHaveBeenCalledExactlyOnceWith(el);
    unmount(c);
  });

  it('keeps DOM changes made after rendering (highlights) when the parent re-renders', () => {
    let bump: () => void = () => undefined;
    function Parent() {
      const [n, setN] = useState(0);
      bump = () => setN((x) => x + 1);
      return (
        <div data-n={n}>
          <SafeHtml html="<p>Giải ngân 1,6 tỷ đồng</p>" testId="body" onRendered={(el) => el.querySelector('p')!.append(document.createElement('mark'))} />
        </div>
      );
    }
    const c = document.createElement('div');
    act(() => render(<Parent />, c));
    expect(c.querySelectorAll('mark')).toHaveLength(1);
    act(() => bump());
    act(() => bump());
    expect(c.querySelector('[data-n]')!.getAttribute('data-n')).toBe('2');
    expect(c.querySelectorAll('mark')).toHaveLength(1);
    act(() => render(null, c));
  });
});
