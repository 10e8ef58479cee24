import { describe, expect, it } from 'vitest';
import { MAX_SAVED_SESSIONS, savedSessions, validSessions, type SessionStore } from '../../../extension/console/saved-sessions';
import { encodeHelperCode } from '../../../shared/report/index';
import { selfCheck, tijuanaFacts } from '../../report/self-check';

const code = encodeHelperCode(selfCheck(tijuanaFacts()));
const other = encodeHelperCode(selfCheck(tijuanaFacts(), 'selfie-generic'));

function memoryStore(initial?: unknown): SessionStore & { value: unknown } {
  const store = {
    value: initial,
    get: async () => store.value,
    set: async (_key: string, value: unknown) => void (store.value = value),
  };
  return store;
}

describe('saved client sessions', () => {
  it('keep a code with an optional short label, one line, newest first', async () => {
    let clock = 1000;
    const sessions = savedSessions(memoryStore(), () => clock++);
    await sessions.save(code, '  Maria\n3 pm  ');
    const list = await sessions.save(other);
    expect(list.map((s) => [s.code, s.label])).toEqual([[other, ''], [code, 'Maria 3 pm']]);
    expect((await sessions.save(code, 'x'.repeat(100)))[0]!.label).toHaveLength(40);
  });

  it('can be deleted one by one, or all at once', async () => {
    const sessions = savedSessions(memoryStore(), () => 5);
    const [saved] = await sessions.save(code);
    await sessions.save(other);
    expect((await sessions.remove(saved!.id)).map((s) => s.code)).toEqual([other]);
    expect(await sessions.clear()).toEqual([]);
    expect(await sessions.list()).toEqual([]);
  });

  it.each([
    ['[null]', [null]],
    ['numbers', [1, 2, 3]],
    ['a number', 42],
    ['a string', 'sessions'],
    ['an object', { 0: { id: 'a', code, savedAt: 1 } }],
    ['sessions without a code or a time', [{ id: 'a' }, { id: 'b', code, savedAt: Number.NaN }, { id: 'c', code: 'not a code!', savedAt: 1 }]],
  ])('recover from corrupt storage (%s): what cannot be read is left out, nothing throws', async (_, stored) => {
    const store = memoryStore(stored);
    const sessions = savedSessions(store, () => 7);
    await expect(sessions.list()).resolves.toEqual([]);
    await expect(sessions.save(code)).resolves.toEqual([{ id: `7-${code}`, code, savedAt: 7, label: '' }]);
  });

  it('keep the readable ones among the corrupt, each code once, label or not', () => {
    expect(validSessions([null, { id: 'a', code, savedAt: 1, label: 3 }, 'x', { id: 'b', code, savedAt: 2 }, { id: 'c', code: other, savedAt: 3, label: 'Ana' }])).toEqual([
      { id: 'a', code, savedAt: 1, label: '' },
      { id: 'c', code: other, savedAt: 3, label: 'Ana' },
    ]);
  });

  it(`read 20,000 stored entries in a moment, keeping at most ${MAX_SAVED_SESSIONS}`, () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `${i}`, code: `${code.slice(0, -1)}${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[i % 32]}-${i.toString(32).toUpperCase().replaceAll(/[ILOU]/g, '0')}`, savedAt: i }));
    const started = performance.now();
    const read = validSessions(many);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.length).toBe(MAX_SAVED_SESSIONS);
  });

  it('storage that throws reads as no sessions', async () => {
    const sessions = savedSessions({ get: () => Promise.reject(new Error('corrupt')), set: async () => undefined });
    await expect(sessions.list()).resolves.toEqual([]);
  });
});
