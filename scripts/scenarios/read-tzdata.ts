/**
 * Runs in a child process whose ICU may read past time-zone files
 * (ICU_TIMEZONE_FILES_DIR, see test/fixtures/icu-tzdata/README.md): it reads
 * time-zone facts with the real probe, as a phone with that data would.
 * Usage: tsx read-tzdata.ts '[{"zone":"America/Mexico_City","at":"2023-04-03T15:00:00Z"}]'
 * Prints { tz, readings: [{ tzdata, offsetMinutes }] } as JSON.
 */
import { readTzdataFacts } from '../../shared/index';

interface Request {
  zone: string;
  at: string;
}

/** The offset this runtime shows for a zone at an instant, minutes east of UTC. */
function offsetAt(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const requests = JSON.parse(process.argv[2] ?? '[]') as Request[];
const readings = [];
for (const { zone, at } of requests) {
  const now = Date.parse(at);
  readings.push({ tzdata: await readTzdataFacts({ now, deviceZone: zone }), offsetMinutes: offsetAt(zone, now) });
}
process.stdout.write(JSON.stringify({ tz: process.versions.tz, readings }));
