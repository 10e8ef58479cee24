import type { ComponentProps } from 'preact';
import { loadOnce } from '../load-once';
import type HelperScreen from './helper-screen';
import { LazyPart } from './lazy-part';

type Props = ComponentProps<typeof HelperScreen>;

const helperScreen = loadOnce(() => import('./helper-screen'));

/** The helper-code screen and its QR encoder load on first show (precached for offline). */
export function LazyHelperScreen(props: Props) {
  return (
    <LazyPart t={props.t} part={helperScreen}>
      {(module) => <module.default {...props} />}
    </LazyPart>
  );
}
