import { h } from '../shared/ui/index';

/** The text box in which a volunteer names a website; `onInput` gets what was typed. */
export function siteAddressInput(id: string, placeholder: string, value: string, onInput: (text: string) => void): HTMLInputElement {
  const input = h('input', {
    id,
    type: 'text',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
    value,
    oninput: () => onInput(input.value),
  });
  return input;
}
