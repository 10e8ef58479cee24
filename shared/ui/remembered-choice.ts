/** A choice the person made (language, app, phone), kept on this device only. */
export type ChoiceStore = Pick<Storage, 'getItem' | 'setItem'> | undefined;

export function remembered<T extends string>(storage: ChoiceStore, key: string, allowed: readonly T[]): T | undefined {
  try {
    const value = storage?.getItem(`listo.${key}`);
    return allowed.find((a) => a === value);
  } catch {
    return undefined;
  }
}

export function remember(storage: ChoiceStore, key: string, value: string): void {
  try {
    storage?.setItem(`listo.${key}`, value);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this visit only.
  }
}
