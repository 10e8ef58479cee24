import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../i18n/translator';
import type { ProfileId } from '../../profiles/index';
import type { ChosenPhoto } from '../../session/fact-source';
import type { SpeechPlatform } from '../speech-platform';
import type { SelfieCoachProps } from './selfie-coach';

export interface LazySelfieCoachProps {
  t: Translator;
  profileId: ProfileId;
  speech?: SpeechPlatform | undefined;
  onKeep(photo: ChosenPhoto): void;
  onChoosePhoto(): void;
  onClose(): void;
}

/**
 * The selfie coach loads only when "Practice with the camera" is pressed: its
 * code, its worker and the detector's weights stay off the photo step's load.
 * A load that fails (offline before it was cached) says so and offers the
 * photo picker, as a camera that cannot open does.
 */
export function LazySelfieCoach(props: LazySelfieCoachProps) {
  const [loaded, setLoaded] = useState<{ Coach: FunctionComponent<SelfieCoachProps>; profile: SelfieCoachProps['profile'] } | 'failed' | null>(null);
  useEffect(() => {
    Promise.all([import('./selfie-coach'), import('../../profiles/index')])
      .then(([coach, { profiles }]) => setLoaded({ Coach: coach.SelfieCoach, profile: profiles[props.profileId] }))
      .catch(() => setLoaded('failed'));
  }, []);
  const { t } = props;
  if (loaded === 'failed') {
    return (
      <section class="coach">
        <p role="alert" class="coach__sentence" data-camera-failure="unavailable">
          {t.t('coach.failed.unavailable')}
        </p>
        <div class="actions">
          <button type="button" class="big" onClick={props.onChoosePhoto}>
            {t.t('coach.choosePhoto')}
          </button>
        </div>
      </section>
    );
  }
  if (!loaded) return <p role="status">{t.t('app.loading')}</p>;
  const { Coach, profile } = loaded;
  return <Coach t={t} profile={profile} speech={props.speech} onKeep={props.onKeep} onChoosePhoto={props.onChoosePhoto} onClose={props.onClose} />;
}
