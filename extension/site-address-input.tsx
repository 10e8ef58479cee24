/** The text box in which a volunteer names a website; `onInput` gets what was typed. */
export function SiteAddressInput({ id, placeholder, value, onInput }: { id: string; placeholder: string; value: string; onInput(text: string): void }) {
  return (
    <input
      id={id}
      type="text"
      inputmode="url"
      autocomplete="off"
      spellcheck={false}
      placeholder={placeholder}
      value={value}
      onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
    />
  );
}
