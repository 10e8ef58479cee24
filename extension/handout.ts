import '../shared/ui/listo.css';
import './console/handout.css';
import { mountHandout } from './console/handout-page';
import { readSettings } from './settings';

// The client's code and language travel in the address's fragment: nothing is stored, nothing sent.
const root = document.getElementById('handout');
if (root) {
  void mountHandout(
    root,
    new URLSearchParams(location.hash.slice(1)),
    () => readSettings(chrome, navigator.languages),
    () => void chrome.runtime.openOptionsPage(),
  );
}
