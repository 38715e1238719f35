import { describe, expect, it } from 'vitest';
import {
  createKeycheck,
  decryptFile,
  DamagedFileError,
  encryptFile,
  opaqueName,
  parseKeycheck,
  PBKDF2_ITERATIONS,
  unlock,
  WrongPassphraseError,
} from '../../utils/sync/crypto';

const text = new TextEncoder().encode('Ủy ban nhân dân tỉnh Lào Cai họp bàn về giải phóng mặt bằng dự án đường cao tốc.');

describe('sync encryption', () => {
  it('derives the same keys from the right passphrase on another device, and refuses a wrong one in words', async () => {
    const { keycheck, keys } = await createKeycheck('cây đa giếng nước sân đình');
    expect(keycheck.iterations).toBeGreaterThanOrEqual(600_000);
    const stored = parseKeycheck(JSON.parse(JSON.stringify(keycheck)))!;
    expect(stored).not.toBeNull();
    const sealed = await encryptFile(keys, 'article/a0000000000a', text);
    const other = await unlock('cây đa giếng nước sân đình', stored);
    expect(new TextDecoder().decode(await decryptFile(other, 'article/a0000000000a', sealed))).toContain('Lào Cai');
    expect(await opaqueName(other, 'state/phone')).toBe(await opaqueName(keys, 'state/phone'));
    const wrong = unlock('cây đa giếng nước', stored);
    await expect(wrong).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(wrong).rejects.toThrow(/Mật khẩu đồng bộ không đúng/);
  });

  it('seals files so neither the text nor the logical name can be read, and detects tampering and swaps', async () => {
    const { keys } = await createKeycheck('mật khẩu dài của bà Lan');
    const sealed = await encryptFile(keys, 'article/a0000000000a', text);
    expect(Buffer.from(sealed).includes(Buffer.from('Lào Cai'))).toBe(false);
    const name = await opaqueName(keys, 'article/a0000000000a');
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(name).not.toBe(await opaqueName(keys, 'article/a0000000000b'));
    const flipped = sealed.slice();
    flipped[20]! ^= 1;
    await expect(decryptFile(keys, 'article/a0000000000a', flipped)).rejects.toBeInstanceOf(DamagedFileError);
    await expect(decryptFile(keys, 'article/a0000000000b', sealed)).rejects.toBeInstanceOf(DamagedFileError);
    await expect(decryptFile(keys, 'article/a0000000000a', sealed.slice(0, 10))).rejects.toBeInstanceOf(DamagedFileError);
  });

  it('refuses a keycheck that lowers the work factor or is malformed', async () => {
    const { keycheck } = await createKeycheck('một hai ba bốn năm sáu');
    expect(parseKeycheck({ ...keycheck, iterations: 1000 })).toBeNull();
    expect(parseKeycheck({ ...keycheck, iterations: 1e12 })).toBeNull();
    expect(parseKeycheck({ ...keycheck, salt: 'not base64!' })).toBeNull();
    expect(parseKeycheck({ ...keycheck, kdf: 'MD5' })).toBeNull();
    expect(parseKeycheck(null)).toBeNull();
    expect(parseKeycheck({ ...keycheck, iterations: PBKDF2_ITERATIONS })).not.toBeNull();
  });
});
