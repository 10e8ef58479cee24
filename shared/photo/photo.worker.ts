/// <reference lib="webworker" />
import { analysePhoto, type AnalyseOptions } from './analyse';
import { makeAppReadyCopy, type FixLimits } from './fixer';

/**
 * Photo work off the page's thread: analysis (metadata, decode at analysis
 * size, pixel metrics) and the fixer. Plain messages in, plain data out.
 */
export type PhotoRequest =
  | { kind: 'analyse'; bytes: ArrayBuffer; options: AnalyseOptions }
  | { kind: 'fix'; bytes: ArrayBuffer; type: string; limits: FixLimits };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<PhotoRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'analyse') {
      const result = await analysePhoto(new Uint8Array(request.bytes), request.options);
      scope.postMessage({ kind: 'analysed', ...result });
    } else {
      const result = await makeAppReadyCopy(new Blob([request.bytes], { type: request.type }), request.limits, (percent) =>
        scope.postMessage({ kind: 'progress', percent }),
      );
      scope.postMessage({ kind: 'fixed', ...result });
    }
  } catch (error) {
    scope.postMessage({ kind: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
