import { useEffect, useState } from 'preact/hooks';
import { CHECK_IDS, FIX_IDS, LANGUAGES, fixStepKeys, fixStepParams, fixTitleKey, searchFixes, type LanguageCode, type Platform, type Translator } from '../../shared/index';
import { FixPicture, PlatformSwitch, loadTranslator } from '../../shared/ui/console/index';

/** Every fix in every language, found by what a client says or what their app shows, by check, or by platform. */
export function FixLibrary({ t }: { t: Translator }) {
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState<LanguageCode>(t.language.code as LanguageCode);
  const [platform, setPlatform] = useState<Platform>('android');
  const [check, setCheck] = useState('');
  const [shown, setShown] = useState<Translator | null>(null);
  const [english, setEnglish] = useState<Translator | null>(null);
  useEffect(() => void loadTranslator(language).then(setShown), [language]);
  useEffect(() => void loadTranslator('en').then(setEnglish), []);
  if (!shown || !english) return <p role="status">{t.t('app.loading')}</p>;
  const catalogue = (translator: Translator) => Object.fromEntries(FIX_IDS.map((id) => [fixTitleKey(id), translator.t(fixTitleKey(id))]));
  const result = query.trim() ? searchFixes(query, { language, catalogues: [catalogue(shown), catalogue(english)] }) : null;
  const byCheck = (id: string) => !check || id.startsWith(`${check.split('.')[0]}.`);
  const matched = (result ? result.fixes.map((match) => match.fixId) : FIX_IDS).filter(byCheck);
  // A search that finds nothing is not a dead end: the whole list stays there to browse.
  const noMatch = result !== null && matched.length === 0;
  const fixIds = noMatch ? FIX_IDS.filter(byCheck) : matched;
  // No client here: steps that name a zone say which in general words.
  const stepParams = fixStepParams(shown);
  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">{t.t('console.library.title')}</h2>
      <div class="field">
        <label for="library-search">{t.t('console.library.search')}</label>
        <input id="library-search" type="search" value={query} onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="library-language">{t.t('console.client.fixLanguage')}</label>
        <select id="library-language" value={language} onChange={(event) => setLanguage((event.currentTarget as HTMLSelectElement).value as LanguageCode)}>
          {LANGUAGES.map((l) => (
            <option value={l.code} key={l.code} lang={l.code}>
              {l.nativeName}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="library-check">{t.t('console.library.check')}</label>
        <select id="library-check" value={check} onChange={(event) => setCheck((event.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t.t('console.library.allChecks')}</option>
          {CHECK_IDS.map((id) => (
            <option value={id} key={id}>
              {t.t(`check.${id}.title`)}
            </option>
          ))}
        </select>
      </div>
      <PlatformSwitch t={t} platform={platform} onChange={setPlatform} />
      {result?.notes.map((key) => (
        <p class="note" key={key} data-note={key}>
          {shown.t(key)}
        </p>
      ))}
      <p role="status" id="library-status">{noMatch ? t.t('console.library.noMatch') : t.t('console.library.count', { count: fixIds.length })}</p>
      {noMatch ? (
        <div class="actions">
          <button type="button" class="secondary" id="library-clear" onClick={() => setQuery('')}>
            {t.t('console.library.clearSearch')}
          </button>
        </div>
      ) : null}
      <ul class="library" role="list" lang={shown.language.code} dir={shown.language.dir}>
        {fixIds.map((fixId) => (
          <li key={fixId} class="fix" data-fix={fixId}>
            <h3 class="fix__title">{shown.t(fixTitleKey(fixId))}</h3>
            <div class="fix__body">
              <FixPicture fixId={fixId} />
              <ol class="fix__steps">
                {fixStepKeys(fixId, platform, shown.has).map((key) => (
                  <li key={key}>{shown.t(key, stepParams)}</li>
                ))}
              </ol>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
