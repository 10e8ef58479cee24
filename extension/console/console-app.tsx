import { render } from 'preact';
import './console.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LanguageCode, Translator } from '../../shared/index';
import { ClientConsole } from './client-console';
import { FixLibrary } from './fix-library';
import type { SessionStore } from './saved-sessions';

type Tab = 'computer' | 'client' | 'library' | 'trainer';
const TABS: readonly Tab[] = ['computer', 'client', 'library', 'trainer'];

export interface ConsoleHost {
  /** The long page of every check on this computer, already mounted (main#app). */
  computer: HTMLElement;
  store: SessionStore;
  handoutUrl(code: string, language: LanguageCode): string;
  /** Mounts trainer mode (the guided flow on recorded phones) into an element. */
  mountTrainer(root: HTMLElement): void;
  /** Opens the options page, which was reachable only by right-clicking the toolbar icon (issue 23). */
  openOptions(): void;
}

function Trainer({ host }: { host: ConsoleHost }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) host.mountTrainer(ref.current);
  }, []);
  return <div ref={ref} />;
}

function ConsoleApp({ t, host }: { t: Translator; host: ConsoleHost }) {
  const [tab, setTab] = useState<Tab>('computer');
  useEffect(() => {
    host.computer.hidden = tab !== 'computer';
  }, [tab]);
  return (
    <>
      <nav class="console-tabs" aria-label={t.t('console.tabs')}>
        {TABS.map((id) => (
          <button type="button" key={id} id={`tab-${id}`} class={id === tab ? '' : 'secondary'} aria-pressed={id === tab} onClick={() => setTab(id)}>
            {t.t(`console.tab.${id}`)}
          </button>
        ))}
      </nav>
      <p class="console-options">
        <button type="button" class="secondary" id="open-options" onClick={() => host.openOptions()}>
          {t.t('console.openOptions')}
        </button>
      </p>
      <div hidden={tab !== 'client'}>
        <ClientConsole t={t} store={host.store} handoutUrl={host.handoutUrl} />
      </div>
      {tab === 'library' ? <FixLibrary t={t} /> : null}
      {tab === 'trainer' ? <Trainer host={host} /> : null}
    </>
  );
}

export function mountConsole(root: HTMLElement, t: Translator, host: ConsoleHost): void {
  render(<ConsoleApp t={t} host={host} />, root);
}

