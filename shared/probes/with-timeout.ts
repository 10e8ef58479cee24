/** Every probe has a time limit: a platform call that never settles gives `fallback` after `ms`. */
export async function withTimeout<T>(work: () => Promise<T> | T, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(work),
      new Promise<T>((resolve) => {
        timer = setTimeout(() => resolve(fallback), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The same, and a throw also gives the fallback (with the reason kept for the evidence). */
export async function tryWithin<T>(work: () => Promise<T> | T, ms: number, fallback: T): Promise<{ value: T; error: string | null }> {
  try {
    let timedOut = true;
    const value = await withTimeout(
      async () => {
        const result = await work();
        timedOut = false;
        return result;
      },
      ms,
      fallback,
    );
    return { value, error: timedOut ? 'timeout' : null };
  } catch (error) {
    return { value: fallback, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
