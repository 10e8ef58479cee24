import type { FixId } from '../fixes/fix-library';
import type { MessageKey } from '../i18n/catalogue';
import { defineCheck } from './check';
import type { Verdict, Message, Status } from './finding';
import { round } from './photo-common';

interface Problem {
  status: Status;
  message: Message;
  fixes: FixId[];
}

/**
 * photo.file: can the app take this file at all? Format (sniffed from the
 * bytes), frames, transparency, bytes and pixel size against the profile.
 * Sizes the fixer can bring within limits warn; what it cannot mend fails.
 */
export const photoFile = defineCheck({
  id: 'photo.file',
  needs: ['photo'],
  judge(facts, profile): Verdict {
    const photo = facts.photo!;
    const meta = photo.metadata;
    const rules = profile.photo;
    const megapixels = (meta.width * meta.height) / 1e6;
    const kb = Math.round(meta.bytes / 1000);
    const evidence = {
      format: meta.format,
      bytes: meta.bytes,
      width: meta.width,
      height: meta.height,
      megapixels: round(megapixels, 2),
      acceptedFormats: rules.formats.value,
      byteLimits: [rules.minBytes.value, rules.maxBytes.value],
      sideLimits: [rules.minSide.value, rules.maxSide.value],
      maxMegapixels: rules.maxMegapixels.value,
      readError: meta.error ?? null,
      decodeError: photo.decodeError ?? null,
    };
    const problems: Problem[] = [];
    const add = (status: Status, key: MessageKey, fixes: FixId[], params?: Message['params']) =>
      problems.push({ status, message: params ? { key, params } : { key }, fixes });
    const fixer: FixId[] = ['photo.make-app-ready'];

    if (meta.bytes === 0) add('fail', 'photo.file.empty', ['photo.retake-still']);
    else if (meta.format === 'unknown') add('fail', 'photo.file.notImage', ['photo.retake-still']);
    else {
      if (meta.format === 'heic' && !rules.formats.value.includes('heic')) {
        // Only a browser that can decode HEIC (Safari 17+) can make the JPEG copy; Chrome never can.
        const decodable = !photo.decodeError && photo.pixels != null;
        add('fail', 'photo.file.heic', decodable ? ['photo.make-app-ready', 'photo.use-jpeg'] : ['photo.use-jpeg'], { decodable: decodable ? 'yes' : 'no' });
      }
      else if (meta.format !== 'heic' && !rules.formats.value.includes(meta.format)) add('fail', 'photo.file.formatNotAccepted', fixer, { format: meta.format.toUpperCase() });
      if (meta.animated) add('fail', 'photo.file.animated', ['photo.retake-still']);
      if (megapixels > rules.decodeBudgetMegapixels.value) add('fail', 'photo.file.overBudget', ['photo.retake-still'], { megapixels: Math.round(megapixels) });
      else if (photo.decodeError && meta.format !== 'heic') add('fail', 'photo.file.cannotDecode', ['photo.retake-still']);
      if (meta.width > 0 && meta.height > 0) {
        if (Math.min(meta.width, meta.height) < rules.minSide.value) {
          add('fail', 'photo.file.tooFewPixels', ['photo.retake-still'], { width: meta.width, height: meta.height, minSide: rules.minSide.value });
        } else if (Math.max(meta.width, meta.height) > rules.maxSide.value || megapixels > rules.maxMegapixels.value) {
          add('warn', 'photo.file.tooManyPixels', fixer, { width: meta.width, height: meta.height, maxSide: rules.maxSide.value });
        }
      } else if (!photo.decodeError) add('fail', 'photo.file.cannotDecode', ['photo.retake-still']);
      if (meta.bytes > rules.maxBytes.value) add('warn', 'photo.file.tooBig', fixer, { kb, maxKb: Math.round(rules.maxBytes.value / 1000) });
      else if (meta.bytes < rules.minBytes.value) add('warn', 'photo.file.tooSmall', ['photo.retake-still'], { kb, minKb: Math.round(rules.minBytes.value / 1000) });
      if (meta.hasAlpha && !meta.animated) add('warn', 'photo.file.transparent', fixer);
    }

    // A photo too big to open, or one this browser could not open, cannot be copied by Listo: the problems a copy
    // would mend ("make an app-ready copy") are not said, and no fix names a copy no screen can make.
    const copyPossible = !photo.decodeError && megapixels <= rules.decodeBudgetMegapixels.value;
    const said = copyPossible ? problems : problems.filter((p) => !p.fixes.includes('photo.make-app-ready'));
    if (!copyPossible && said.length > 0) problems.splice(0, problems.length, ...said);

    if (problems.length === 0) {
      return {
        status: 'pass',
        message: { key: 'photo.file.pass', params: { format: meta.format.toUpperCase(), width: meta.width, height: meta.height, kb } },
        evidence,
        fixes: [],
      };
    }
    const worst = problems.some((p) => p.status === 'fail') ? 'fail' : 'warn';
    const ordered = [...problems.filter((p) => p.status === 'fail'), ...problems.filter((p) => p.status !== 'fail')];
    return {
      status: worst,
      message: ordered[0]!.message,
      details: ordered.slice(1).map((p) => p.message),
      evidence,
      fixes: [...new Set(ordered.flatMap((p) => p.fixes))].filter((fix) => fix !== 'photo.make-app-ready' || copyPossible),
    };
  },
});
