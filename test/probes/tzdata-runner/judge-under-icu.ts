/**
 * Runs in a child process whose ICU reads the time-zone files named by
 * ICU_TIMEZONE_FILES_DIR: the process sees time zones as a device with that
 * tz release would. Prints the tz version it got and the time findings.
 * Usage: tsx judge-under-icu.ts <zone> <judging instant>
 */
import { judge, profiles, readTzdataFacts } from '../../../shared/index';

const [zone = 'UTC', at = new Date().toISOString()] = process.argv.slice(2);
const tzdata = await readTzdataFacts({ deviceZone: zone });
const findings = judge({ time: { deviceNow: at, referenceNow: at, zone, tzdata } }, profiles['cbp-one']);
process.stdout.write(JSON.stringify({ tz: process.versions.tz, findings }));
