import { judge, profiles, readTzdataFacts } from '../shared/index';
import { median, ms, row, timeRuns } from './measure';

/** The time checks: reading the tz database and judging a position against it. */
export async function benchTime(): Promise<void> {
  console.log('\nTime checks (Node, this machine)');
  const first = await timeRuns(1, () => readTzdataFacts());
  const tzdataRuns = await timeRuns(20, () => readTzdataFacts());
  const tzdata = await readTzdataFacts();
  row('readTzdataFacts, first call', ms(first[0]!));
  row('readTzdataFacts, median of 20', ms(median(tzdataRuns)));
  row('tz facts as JSON', `${JSON.stringify(tzdata).length} bytes, ${tzdata.series.length} zones`);

  const at = '2026-12-15T18:00:00Z';
  const facts = {
    time: { deviceNow: at, referenceNow: at, zone: 'America/Mexico_City', tzdata },
    location: { permission: 'granted' as const, position: { lat: 32.5149, lon: -117.0382, accuracy: 3000 } },
  };
  const cold = await timeRuns(1, () => judge(facts, profiles['cbp-one']));
  const warm = await timeRuns(200, () => judge(facts, profiles['cbp-one']));
  row('judge (clock, zone at Tijuana ±3 km, tzdata), first call', ms(cold[0]!));
  row('judge, median of 200', ms(median(warm)));
  row('first call / warm median', `${(cold[0]! / median(warm)).toFixed(1)}×`);

  const places = Array.from({ length: 40 }, (_, i) => ({ lat: 14.5 + i * 0.45, lon: -117 + i * 0.75, accuracy: 2000 }));
  let i = 0;
  const regionTimes = await timeRuns(places.length, () =>
    judge({ location: { permission: 'granted', position: places[i++ % places.length]! } }, profiles['cbp-one']),
  );
  row('judge location (permission, accuracy, region ±2 km), median of 40', ms(median(regionTimes)));
}
