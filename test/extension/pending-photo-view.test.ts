import { describe, expect, it } from 'vitest';
import { readWithPermission } from '../../extension/pending-photo-view';
import { MAX_PENDING_PHOTO_BYTES } from '../../extension/pending-photo';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

function fake(grant: boolean, response: () => Response) {
  const calls: string[] = [];
  const api = { permissions: { request: async ({ origins }: { origins: string[] }) => (calls.push(`request ${origins.join()}`), grant) } };
  const fetchImpl = (async (url: string, init?: RequestInit) => (calls.push(`fetch ${url} ${init?.credentials}`), response())) as unknown as typeof fetch;
  return { api, fetchImpl, calls };
}

describe('reading, from the panel, a picture its page would not hand over', () => {
  it("asks for that picture's site first, then reads it", async () => {
    const { api, fetchImpl, calls } = fake(true, () => new Response(JPEG, { headers: { 'content-type': 'image/jpeg' } }));
    const result = await readWithPermission(api, 'https://cdn.example.org/p/IMG_7.jpg', fetchImpl);
    expect(calls).toEqual(['request https://cdn.example.org/*', 'fetch https://cdn.example.org/p/IMG_7.jpg include']);
    expect(result).toMatchObject({ type: 'image/jpeg', name: 'IMG_7.jpg' });
  });

  it('reads nothing when the volunteer refuses, and refuses what is too large or not a picture', async () => {
    const refused = fake(false, () => new Response(JPEG));
    await expect(readWithPermission(refused.api, 'https://cdn.example.org/p.jpg', refused.fetchImpl)).resolves.toEqual({ reason: 'unreadable', url: 'https://cdn.example.org/p.jpg' });
    expect(refused.calls).toEqual(['request https://cdn.example.org/*']);
    const large = fake(true, () => new Response(new Uint8Array(MAX_PENDING_PHOTO_BYTES + 1), { headers: { 'content-type': 'image/jpeg' } }));
    await expect(readWithPermission(large.api, 'https://cdn.example.org/p.jpg', large.fetchImpl)).resolves.toEqual({ reason: 'too-large', size: MAX_PENDING_PHOTO_BYTES + 1 });
    const page = fake(true, () => new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    await expect(readWithPermission(page.api, 'https://cdn.example.org/p.jpg', page.fetchImpl)).resolves.toEqual({ reason: 'not-image' });
  });
});
