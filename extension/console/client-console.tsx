import { useEffect, useRef, useState } from 'preact/hooks';
import { clientChecks, fixStepParams, type ClientCheck, decodeHelperCode, groupedForReading, MAX_TYPED_CODE_LENGTH, loadQrReader, type ReadQrPlatform, profiles, type DecodeFailure, type HelperReport, type Platform, type ProfileId, type Translator } from '../../shared/index';
import { Evidence, Fixes, PlatformSwitch, StatusBadge, loadTranslator, PositionMap } from '../../shared/ui/console/index';
import { LANGUAGES, type LanguageCode } from '../../shared/index';
import { MAX_LABEL_LENGTH, savedSessions, type SavedSession, type SessionStore } from './saved-sessions';

/**
 * Reads a QR code from an image the volunteer chose or took with the laptop
 * camera. The header is read first: a picture too large to decode is refused
 * before any decoding, and any other is decoded at most QR_READ_SIDE wide.
 */
async function readQrFile(file: File): Promise<string | 'too-large' | null> {
  const { planQrPicture, readQrFromImage, QR_PICTURE_MAX_BYTES } = await loadQrReader();
  // The file is read only when it is small enough to be a photo; then its header decides.
  if (file.size > QR_PICTURE_MAX_BYTES) return 'too-large';
  const plan = planQrPicture(new Uint8Array(await file.arrayBuffer()));
  if (!plan.ok) return plan.reason === 'too-large' ? 'too-large' : null;
  // Only the width: the height follows the picture's shape, whichever way its EXIF orientation turns it.
  const bitmap = await createImageBitmap(file, plan.readWidth < plan.width ? { resizeWidth: plan.readWidth, resizeQuality: 'high' } : {});
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return readQrFromImage(image, qrPlatform());
}

/** BarcodeDetector where the browser has it (jsQR reads otherwise). */
function qrPlatform(): ReadQrPlatform {
  const detector = (globalThis as { BarcodeDetector?: ReadQrPlatform['BarcodeDetector'] }).BarcodeDetector;
  return detector ? { BarcodeDetector: detector, ImageData: ImageData as unknown as ReadQrPlatform['ImageData'] } : {};
}

/**
 * Reads the client's QR code from the laptop camera: a frame every quarter
 * second, until a valid helper code is seen or the volunteer stops. Frames
 * never leave the page.
 */
function CameraScanner({ t, onCode, onError }: { t: Translator; onCode(code: string): void; onError(): void }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped) return stream.getTracks().forEach((track) => track.stop());
        const element = video.current!;
        element.srcObject = stream;
        await element.play();
        const { readQrFromImage } = await loadQrReader();
        let reading = false;
        timer = setInterval(async () => {
          // A slow machine's reads must not pile up behind one another: a frame that comes while one is read is skipped.
          if (!element.videoWidth || reading) return;
          reading = true;
          try {
            canvas.width = element.videoWidth;
            canvas.height = element.videoHeight;
            const context = canvas.getContext('2d', { willReadFrequently: true })!;
            context.drawImage(element, 0, 0);
            const text = await readQrFromImage(context.getImageData(0, 0, canvas.width, canvas.height), qrPlatform());
            if (text && decodeHelperCode(text).ok && !stopped) onCode(text);
          } finally {
            reading = false;
          }
        }, 250);
      } catch {
        onError();
      }
    })();
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return <video ref={video} class="camera" muted playsInline aria-label={t.t('console.client.cameraLabel')} />;
}

export function ClientConsole({ t, store, handoutUrl }: { t: Translator; store: SessionStore; handoutUrl(code: string, language: LanguageCode): string }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<DecodeFailure | 'no-qr' | 'qr-too-large' | 'camera' | null>(null);
  const [client, setClient] = useState<{ code: string; report: HelperReport } | null>(null);
  const [saved, setSaved] = useState<SavedSession[]>([]);
  const [scanning, setScanning] = useState(false);
  useEffect(() => void savedSessions(store).list().then(setSaved), []);

  const open = (text: string) => {
    const decoded = decodeHelperCode(text);
    if (!decoded.ok) {
      setError(decoded.reason);
      setClient(null);
      return;
    }
    setError(null);
    // Shown in its groups whatever way it came (typed, pasted, read from a QR), so the volunteer can compare it with the phone.
    const grouped = groupedForReading(text) ?? text;
    setTyped(grouped);
    setClient({ code: grouped.replaceAll(' ', '-'), report: decoded.report });
  };
  const onQrFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const text = await readQrFile(file).catch(() => null);
    if (text === null) setError('no-qr');
    else if (text === 'too-large') setError('qr-too-large');
    else open(text);
  };
  const save = async (label: string) => {
    if (!client) return;
    setSaved(await savedSessions(store).save(client.code, label));
  };
  return (
    <section class="console-client" aria-labelledby="client-title">
      <h2 id="client-title">{t.t('console.client.title')}</h2>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          open(typed);
        }}
      >
        <label for="client-code">{t.t('console.client.typeCode')}</label>
        {/* A box that wraps, so the whole code is seen at 360 px; capped, so a huge paste cannot stall the panel. Enter opens, as in a one-line box. */}
        <textarea
          id="client-code"
          class="code-input code-input--wrapping"
          dir="ltr"
          rows={2}
          maxLength={MAX_TYPED_CODE_LENGTH}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={typed}
          onInput={(event) => setTyped((event.currentTarget as HTMLTextAreaElement).value.slice(0, MAX_TYPED_CODE_LENGTH))}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey) return;
            event.preventDefault();
            open(typed);
          }}
        />
        <div class="actions">
          <button type="submit">{t.t('console.client.open')}</button>
          <label class="button secondary">
            {t.t('console.client.scan')}
            <input type="file" accept="image/*" capture="environment" class="visually-hidden" id="client-qr" onChange={onQrFile} />
          </label>
        </div>
      </form>
      <div class="actions">
        <button type="button" class="secondary" id="client-camera" aria-pressed={scanning} onClick={() => setScanning(!scanning)}>
          {t.t(scanning ? 'console.client.cameraStop' : 'console.client.camera')}
        </button>
      </div>
      {scanning ? (
        <CameraScanner
          t={t}
          onCode={(code) => {
            setScanning(false);
            open(code);
          }}
          onError={() => {
            setScanning(false);
            setError('camera');
          }}
        />
      ) : null}
      <p role="alert" class="console-client__error">
        {error ? t.t(`console.client.error.${error}`) : ''}
      </p>
      {client ? <ClientView t={t} client={client} onSave={save} handoutUrl={handoutUrl} /> : null}
      <SavedList t={t} saved={saved} open={open} remove={async (id) => setSaved(await savedSessions(store).remove(id))} clear={async () => setSaved(await savedSessions(store).clear())} />
    </section>
  );
}

function ClientView({ t, client, onSave, handoutUrl }: { t: Translator; client: { code: string; report: HelperReport }; onSave(label: string): void; handoutUrl(code: string, language: LanguageCode): string }) {
  const { report } = client;
  const [label, setLabel] = useState('');
  const [profileId, setProfileId] = useState<ProfileId>(report.profileId);
  const [platform, setPlatform] = useState<Platform>(report.platform);
  // The fixes are shown in the client's language by default; the volunteer may switch them alone.
  const shipped = LANGUAGES.find((l) => l.code === report.language)?.code;
  const [fixLanguage, setFixLanguage] = useState<LanguageCode>(shipped ?? 'en');
  const [fixT, setFixT] = useState<Translator | null>(null);
  useEffect(() => void loadTranslator(fixLanguage).then(setFixT), [fixLanguage]);
  const [checks, setChecks] = useState<ClientCheck[] | null>(null);
  useEffect(() => {
    let current = true;
    const order = { fail: 0, warn: 1, unknown: 2, pass: 3 } as const;
    void clientChecks(report, profileId).then((judged) => current && setChecks(judged.sort((a, b) => order[a.status] - order[b.status])));
    return () => void (current = false);
  }, [report, profileId]);
  return (
    <div class="client-view" data-client-code={client.code}>
      <p class="note">
        {t.t('console.client.summary', { day: report.day ?? '?', language: LANGUAGES.find((l) => l.code === report.language)?.nativeName ?? report.language, platform: t.t(`platform.${report.platform}`) })}
      </p>
      <div class="field">
        <label for="client-profile">{t.t('console.client.profile')}</label>
        <select id="client-profile" value={profileId} onChange={(event) => setProfileId((event.currentTarget as HTMLSelectElement).value as ProfileId)}>
          {Object.values(profiles).map((profile) => (
            <option value={profile.id} key={profile.id}>
              {t.t(profile.name)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="fix-language">{t.t('console.client.fixLanguage')}</label>
        <select id="fix-language" value={fixLanguage} onChange={(event) => setFixLanguage((event.currentTarget as HTMLSelectElement).value as LanguageCode)}>
          {LANGUAGES.map((language) => (
            <option value={language.code} lang={language.code} key={language.code}>
              {language.nativeName}
            </option>
          ))}
        </select>
      </div>
      <PlatformSwitch t={t} platform={platform} onChange={setPlatform} />
      {checks === null ? <p role="status">{t.t('app.loading')}</p> : null}
      <ul class="client-checks" role="list">
        {(checks ?? []).map((check) => (
          <li key={check.check} class={`finding finding--${check.status}`} data-check={check.check} data-status={check.status} data-origin={check.origin}>
            <h3 class="finding__title">
              <StatusBadge status={check.status} t={t} />
              <span class="finding__check">{t.t(`check.${check.check}.title`)}</span>
            </h3>
            <p class="note">{t.t(`console.client.origin.${check.origin}`)}</p>
            {check.finding ? <p class="finding__message">{t.message(check.finding.message)}</p> : null}
            {fixT && check.fixes.length > 0 ? (
              <div lang={fixT.language.code} dir={fixT.language.dir}>
                {/* Figures the code did not carry (a zone the phone named) are said in general words, never as a raw placeholder. */}
                <Fixes finding={{ fixes: check.finding?.fixes ?? ([...check.fixes] as never), message: { params: fixStepParams(fixT, check.finding?.message.params) } }} t={fixT} platform={platform} />
              </div>
            ) : null}
            {check.check === 'location.region' && check.origin === 'rejudged' ? <ClientAreaMap t={t} report={report} profileId={profileId} /> : null}
            {check.finding ? <Evidence finding={check.finding} t={t} /> : null}
          </li>
        ))}
      </ul>
      <Figures t={t} report={report} />
      <div class="field">
        <label for="session-label">{t.t('console.saved.label')}</label>
        <input id="session-label" type="text" maxLength={MAX_LABEL_LENGTH} autocomplete="off" value={label} onInput={(event) => setLabel((event.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="actions">
        <button type="button" onClick={() => onSave(label)} id="save-session">
          {t.t('console.client.save')}
        </button>
        <a class="button secondary" href={handoutUrl(client.code, fixLanguage)} target="_blank" rel="noopener" id="open-handout">
          {t.t('console.client.handout')}
        </a>
      </div>
    </div>
  );
}

/**
 * The accepted area and the client's position on the offline outline map,
 * as the phone draws it, when the person included the position (issue 23).
 */
function ClientAreaMap({ t, report, profileId }: { t: Translator; report: HelperReport; profileId: ProfileId }) {
  const area = profiles[profileId].location.acceptedArea;
  const position = report.location?.position;
  const at = position?.at;
  if (!area || !at) return null;
  return (
    <div class="client-area-map">
      <PositionMap t={t} area={area} position={{ lat: at.lat, lon: at.lon, accuracy: position.accuracyMeters?.value ?? 0 }} day={report.day} />
    </div>
  );
}

/** Bytes as kB below a megabyte, MB (two decimals) above, in the panel's locale. */
function fileSize(bytes: number, locale: string): string {
  const unit = (value: number, name: 'kilobyte' | 'megabyte', digits: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  return bytes >= 1_000_000 ? unit(bytes / 1_000_000, 'megabyte', 2) : unit(bytes / 1000, 'kilobyte', 0);
}

/** The figures the code carried, for the volunteer. */
function Figures({ t, report }: { t: Translator; report: HelperReport }) {
  const rows: Array<[string, string]> = [];
  const offset = report.time?.clockOffsetSeconds;
  if (report.time) rows.push([t.t('console.figure.zone'), report.time.zone ?? '?']);
  if (offset) rows.push([t.t('console.figure.clock'), `${offset.negative ? '−' : '+'}${offset.value} s${offset.clamped ? '+' : ''}`]);
  const accuracy = report.location?.position?.accuracyMeters;
  // Words, not the code's raw values ("granted", "unknown"), and sizes in one Intl unit format, as evidence.ts writes them.
  if (report.location) rows.push([t.t('console.figure.permission'), t.t(`evidence.permission.${report.location.permission}`)]);
  if (accuracy) rows.push([t.t('console.figure.accuracy'), `${accuracy.value} m${accuracy.clamped ? '+' : ''}`]);
  rows.push([t.t('console.figure.region'), report.region === 'unknown' ? t.t('status.unknown') : t.t(`evidence.circle.${report.region}`)]);
  if (report.photo) rows.push([t.t('console.figure.photo'), `${report.photo.format.toUpperCase()} ${report.photo.width.value}×${report.photo.height.value}, ${fileSize(report.photo.bytes.value, t.language.formatLocale)}`]);
  return (
    <details class="finding__evidence" open>
      <summary>{t.t('finding.evidence')}</summary>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd dir="ltr">{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function SavedList({ t, saved, open, remove, clear }: { t: Translator; saved: SavedSession[]; open(code: string): void; remove(id: string): void; clear(): void }) {
  // "Delete all" asks first, in the panel: one press must not lose a day's clients.
  const [confirming, setConfirming] = useState(false);
  if (saved.length === 0) return <p class="note">{t.t('console.saved.none')}</p>;
  return (
    <section class="saved" aria-labelledby="saved-title">
      <h2 id="saved-title">{t.t('console.saved.title')}</h2>
      <ul role="list">
        {saved.map((session) => (
          <li key={session.id} class="saved__item">
            <button type="button" class="secondary" onClick={() => open(session.code)}>
              {session.label ? (
                <>
                  <bdi class="saved__label">{session.label}</bdi> ·{' '}
                </>
              ) : null}
              <bdi dir="ltr">{session.code}</bdi> · {new Date(session.savedAt).toLocaleString(t.language.formatLocale)}
            </button>
            <button type="button" class="secondary" aria-label={t.t('console.saved.delete')} onClick={() => remove(session.id)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      {confirming ? (
        <div role="group" aria-labelledby="delete-all-question" class="saved__confirm">
          <p id="delete-all-question">{t.t('console.saved.confirmDeleteAll', { count: saved.length })}</p>
          <div class="actions">
            <button type="button" id="delete-all-confirm" onClick={() => (setConfirming(false), clear())}>
              {t.t('console.saved.confirmYes')}
            </button>
            <button type="button" class="secondary" id="delete-all-cancel" onClick={() => setConfirming(false)}>
              {t.t('console.saved.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setConfirming(true)} id="delete-all-sessions">
          {t.t('console.saved.deleteAll')}
        </button>
      )}
    </section>
  );
}
