import type { Check } from './check';
import type { Finding } from './finding';

/**
 * device.camera: whether the browser lists a camera (enumerateDevices; no
 * stream is opened, so no prompt). Some browsers list nothing until a camera
 * was allowed once: none listed is a warning, not a failure.
 */
export const deviceCamera: Check = {
  id: 'device.camera',
  appliesTo: (facts) => facts.device !== undefined,
  judge(facts): Finding {
    const device = facts.device!;
    const base = { check: 'device.camera' };
    const evidence = { cameras: device.cameras, error: device.camerasError ?? null };
    if (device.cameras === null) {
      return { ...base, status: 'unknown', message: { key: 'device.camera.unknown' }, evidence, fixes: [] };
    }
    if (device.cameras === 0) {
      return { ...base, status: 'warn', message: { key: 'device.camera.none' }, evidence, fixes: ['device.camera-access'] };
    }
    return { ...base, status: 'pass', message: { key: 'device.camera.pass', params: { count: device.cameras } }, evidence, fixes: [] };
  },
};
