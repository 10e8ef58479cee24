import { defineCheck } from './check';
import type { Verdict } from './finding';

/**
 * device.camera: whether the browser lists a camera (enumerateDevices; no
 * stream is opened, so no prompt). Some browsers list nothing until a camera
 * was allowed once: none listed is a warning, not a failure.
 */
export const deviceCamera = defineCheck({
  id: 'device.camera',
  needs: ['device'],
  judge(facts): Verdict {
    const device = facts.device!;
    const evidence = { cameras: device.cameras, error: device.camerasError ?? null };
    if (device.cameras === null) {
      return { status: 'unknown', message: { key: 'device.camera.unknown' }, evidence, fixes: [] };
    }
    if (device.cameras === 0) {
      return { status: 'warn', message: { key: 'device.camera.none' }, evidence, fixes: ['device.camera-access'] };
    }
    return { status: 'pass', message: { key: 'device.camera.pass', params: { count: device.cameras } }, evidence, fixes: [] };
  },
});
