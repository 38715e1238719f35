// The local server `npm start` opens: the demo page (tests/fixtures/demo, the seed article on a district-portal
// page written for this project) and generated pictures for its images. Nothing from the network is needed.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePng } from '../../tests/browser/png.mjs';

export const DEMO_PATH = '/tin-tuc/duy-tri-nang-cao-chat-luong-cong-tac-tuyen-van.html';
const DEMO_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/demo/bao-thang-tuyen-van.html');

/** Starts on 127.0.0.1 (a free port); resolves { url, close }. */
export function startDemoServer() {
  const page = readFileSync(DEMO_FILE);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      res.writeHead(302, { location: DEMO_PATH }).end();
    } else if (path === DEMO_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else if (/\.png$/.test(path)) {
      res.writeHead(200, { 'content-type': 'image/png' }).end(makePng(path.includes('tin-nhiem') ? 120 : 640, path.includes('tin-nhiem') ? 40 : 400, path));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Trang trình diễn chỉ có một bài viết.');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${DEMO_PATH}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
