import type { ComponentProps, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type HelperScreen from './helper-screen';

type Props = ComponentProps<typeof HelperScreen>;

/** The helper-code screen and its QR encoder load on first show (precached for offline). */
export function LazyHelperScreen(props: Props) {
  const [Screen, setScreen] = useState<FunctionComponent<Props> | null>(null);
  useEffect(() => {
    void import('./helper-screen').then((module) => setScreen(() => module.default));
  }, []);
  return Screen ? <Screen {...props} /> : <p role="status">{props.t.t('app.loading')}</p>;
}
