// Which image hosts a save asks the reader about: the exact hosts of real Vietnamese papers' photos (never a
// wildcard over a domain that unrelated owners may share, never an IP or localhost), never the page's own host
// or the site families the extension may always read.
import { describe, expect, it } from 'vitest';
import { originLabel, patternCoversHost, photoOriginsToAsk } from '../../utils/images/photo-hosts';
import { registrableDomain } from '../../utils/sites/same-site';

describe('registrableDomain', () => {
  it('keeps the Vietnamese second-level suffixes whole', () => {
    expect(registrableDomain('baothang.laocai.gov.vn')).toBe('laocai.gov.vn');
    expect(registrableDomain('bcp.cdnchinhphu.vn')).toBe('cdnchinhphu.vn');
    expect(registrableDomain('i1-vnexpress.vnecdn.net')).toBe('vnecdn.net');
    expect(registrableDomain('cdn.tuoitre.vn')).toBe('tuoitre.vn');
    expect(registrableDomain('static.thanhnien.com.vn')).toBe('thanhnien.com.vn');
    expect(registrableDomain('IMG.Example.COM.')).toBe('example.com');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
  });
});

describe('patternCoversHost', () => {
  it('reads the wildcard and exact match patterns the manifest and the browsers use', () => {
    expect(patternCoversHost('*://*.gov.vn/*', 'baothang.laocai.gov.vn')).toBe(true);
    expect(patternCoversHost('*://*.gov.vn/*', 'gov.vn')).toBe(true);
    expect(patternCoversHost('*://*.gov.vn/*', 'notgov.vn')).toBe(false);
    expect(patternCoversHost('https://cdn.tuoitre.vn/*', 'cdn.tuoitre.vn')).toBe(true);
    expect(patternCoversHost('*://*/*', 'anything.example')).toBe(true);
    expect(patternCoversHost('<all_urls>', 'a.vn')).toBe(false);
  });
});

describe('photoOriginsToAsk', () => {
  const page = 'https://vnexpress.net/hoi-nghi-tuyen-van-4791234.html';

  it('asks once per image host of a national paper, exactly that host, not for the page host or data: URLs', () => {
    const origins = photoOriginsToAsk(page, [
      'https://i1-vnexpress.vnecdn.net/2024/05/03/anh-1.jpg',
      'https://i1-vnexpress.vnecdn.net/2024/05/03/anh-2.jpg',
      'https://i-vnexpress.vnecdn.net/2024/05/03/anh-3.jpg',
      'https://vnexpress.net/logo.png',
      'https://cafefcdn.com/thumb/anh.jpg',
      'data:image/png;base64,AAAA',
    ]);
    expect(origins).toEqual(['*://cafefcdn.com/*', '*://i-vnexpress.vnecdn.net/*', '*://i1-vnexpress.vnecdn.net/*']);
    expect(origins.map(originLabel)).toEqual(['cafefcdn.com', 'i-vnexpress.vnecdn.net', 'i1-vnexpress.vnecdn.net']);
  });

  it("asks for an image host on the paper's own domain as that host only, never the paper's whole site", () => {
    const origins = photoOriginsToAsk('https://tuoitre.vn/bai-viet-20260307075519174.htm', [
      'https://cdn2.tuoitre.vn/471584752817336320/2026/3/7/anh.jpg',
      'https://media.baodautu.vn/anh.jpg',
    ]);
    expect(origins).toEqual(['*://cdn2.tuoitre.vn/*', '*://media.baodautu.vn/*']);
    expect(originLabel('*://cdn2.tuoitre.vn/*')).toBe('cdn2.tuoitre.vn');
  });

  it('asks nothing for portal photos the extension may already read, or for hosts already granted', () => {
    expect(photoOriginsToAsk('https://baochinhphu.vn/bai.htm', ['https://img.baochinhphu.vn/a.jpg', 'https://stnn.laocai.gov.vn/b.jpg'])).toEqual([]);
    expect(photoOriginsToAsk('https://baochinhphu.vn/bai.htm', ['https://bcp.cdnchinhphu.vn/a.jpg'])).toEqual(['*://bcp.cdnchinhphu.vn/*']);
    expect(photoOriginsToAsk('https://baochinhphu.vn/bai.htm', ['https://bcp.cdnchinhphu.vn/a.jpg'], ['*://*.cdnchinhphu.vn/*'])).toEqual([]);
  });

  it("with no tab (the library fetching again), the page's own host is asked for too, as that host", () => {
    expect(photoOriginsToAsk(page, ['https://vnexpress.net/anh.jpg', 'http://10.0.0.5/anh.jpg'], [], { includePageHost: true }))
      .toEqual(['*://vnexpress.net/*']);
    expect(photoOriginsToAsk(page, ['https://vnexpress.net/anh.jpg'])).toEqual([]);
  });

  // Second security round: one photo decided a wildcard over a domain shared by unrelated owners, or an IP.
  it('never asks for a wildcard over a shared domain, nor for an IP, localhost or a one-label host', () => {
    const origins = photoOriginsToAsk('https://baothang.laocai.gov.vn/tin.html', [
      'https://lh3.googleusercontent.com/a.jpg',
      'https://sites.google.com/view/xa/anh.jpg',
      'https://anh.com.vn/a.jpg',
      'https://img.bbc.co.uk/a.jpg',
      'https://xa-phong-nien.blogspot.com/a.jpg',
      'https://xa.github.io/a.jpg',
      'http://127.0.0.1:8080/a.jpg',
      'http://2130706433/a.jpg',
      'http://[::1]/a.jpg',
      'http://10.0.0.5/a.jpg',
      'http://localhost/a.jpg',
      'http://router/a.jpg',
    ]);
    expect(origins).toEqual([
      '*://anh.com.vn/*',
      '*://img.bbc.co.uk/*',
      '*://lh3.googleusercontent.com/*',
      '*://sites.google.com/*',
      '*://xa-phong-nien.blogspot.com/*',
      '*://xa.github.io/*',
    ]);
    expect(origins.every((o) => !o.includes('*.'))).toBe(true);
  });
});
