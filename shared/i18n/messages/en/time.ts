/** Time checks and their fixes. Zone names come as IANA ids and are shown as city names. */
export const time = {
  'check.time.clock.title': 'Clock',
  'check.time.zone.title': 'Time zone',
  'check.time.tzdata.title': 'Time-zone data',

  'time.clock.pass': 'The clock is right.',
  'time.clock.off':
    'The clock is {direction, select, ahead {fast} other {slow}} by {unit, select, seconds {{amount, plural, one {# second} other {# seconds}}} minutes {{amount, plural, one {# minute} other {# minutes}}} hours {{amount, plural, one {# hour} other {# hours}}} other {{amount, plural, one {# day} other {# days}}}}. Apps can refuse a phone whose clock is wrong.',
  'time.clock.wholeHours':
    'The clock is {direction, select, ahead {fast} other {slow}} by {hours, plural, one {# hour} other {# hours}}. This usually means the time zone is wrong, not the clock.',
  'time.clock.wrongDate': "The phone's date is wrong: it shows the year {year}. Set the date and time automatically.",
  'time.clock.noReference': 'The clock could not be compared with an exact time (no connection). Compare it with a clock you trust.',

  'time.zone.pass': 'The time zone is right ({offset, offset}).',
  'time.zone.substitute':
    'The phone uses the zone of {deviceZone, zone}. Here the zone is {expectedZone, zone}. They show the same time now, but choose {expectedZone, zone} to be safe.',
  'time.zone.wrongNow':
    'The time zone is wrong. The phone uses {deviceZone, zone} ({deviceOffset, offset}), but here it is {expectedZone, zone} ({expectedOffset, offset}). The phone shows the time {hours, plural, one {# hour} other {# hours}} {direction, select, ahead {ahead} other {behind}}.',
  'time.zone.wrongLater':
    'The time is right today, but from {from, date} the phone will show the time {hours, plural, one {# hour} other {# hours}} {direction, select, ahead {ahead} other {behind}}. The phone uses {deviceZone, zone}; here it is {expectedZone, zone}.',
  'time.zone.rightZoneOldData':
    'The time zone {deviceZone, zone} is right, but the phone has old rules for it: from {from, date} it shows the time {hours, plural, one {# hour} other {# hours}} {direction, select, ahead {ahead} other {behind}}. Update the phone, or choose the zone {workaroundZone, zone} until you can.',
  'time.zone.nearEdge':
    'You are near the edge of a time zone. Here the zone is probably {expectedZone, zone} ({expectedOffset, offset}), but the phone uses {deviceZone, zone} ({deviceOffset, offset}), the time across the edge in {otherZone, zone}. Check the time with a clock you trust.',
  'time.zone.noPosition': 'Without your location Listo cannot tell which time zone you are in. The phone uses {deviceZone, zone}.',
  'time.zone.cannotCompare': 'The time zone {deviceZone, zone} could not be compared here.',

  'time.tzdata.pass': 'The phone knows the current time rules for {zone, zone}.',
  'time.tzdata.staleElsewhere':
    'The phone has old time-zone data. It is right where you are now, but would be wrong in parts of Mexico. Update the phone when you can.',
  'time.tzdata.wrongNow':
    'The phone has old time-zone rules for {zone, zone}: it shows the time {hours, plural, one {# hour} other {# hours}} {direction, select, ahead {ahead} other {behind}}{until, select, null {.} other { until {until, date}.}} Update the phone, or choose the zone {workaroundZone, zone} until you can.',
  'time.tzdata.wrongLater':
    'The phone has old time-zone rules for {zone, zone}. From {from, date}{until, select, null {} other { until {until, date}}} it will show the time {hours, plural, one {# hour} other {# hours}} {direction, select, ahead {ahead} other {behind}}. Update the phone before then, or choose the zone {workaroundZone, zone}.',
  'time.tzdata.unknownZone':
    'The phone does not know the time zone {zone, zone}: its time-zone data is old. Update the phone, or choose the zone {workaroundZone, zone} until you can.',

  'fix.time.set-clock-automatic.title': 'Set the clock automatically',
  'fix.time.set-clock-automatic.android.1': 'Open Settings.',
  'fix.time.set-clock-automatic.android.2': 'Tap System, then Date & time.',
  'fix.time.set-clock-automatic.android.3': 'Turn on "Set time automatically".',
  'fix.time.set-clock-automatic.iphone.1': 'Open Settings.',
  'fix.time.set-clock-automatic.iphone.2': 'Tap General, then Date & Time.',
  'fix.time.set-clock-automatic.iphone.3': 'Turn on "Set Automatically".',
  'fix.time.set-clock-automatic.laptop.1': 'Windows: Settings → Time & language → Date & time → turn on "Set time automatically", then tap "Sync now".',
  'fix.time.set-clock-automatic.laptop.2': 'Mac: System Settings → General → Date & Time → turn on "Set time and date automatically".',

  'fix.time.set-zone-automatic.title': 'Set the time zone automatically',
  'fix.time.set-zone-automatic.android.1': 'Open Settings.',
  'fix.time.set-zone-automatic.android.2': 'Tap System, then Date & time.',
  'fix.time.set-zone-automatic.android.3': 'Turn on "Set time zone automatically". If you see "Use location to set time zone", turn it on too.',
  'fix.time.set-zone-automatic.android.4': 'Turn the phone off and on again, then check again here.',
  'fix.time.set-zone-automatic.iphone.1': 'Open Settings.',
  'fix.time.set-zone-automatic.iphone.2': 'Tap General, then Date & Time, and turn on "Set Automatically".',
  'fix.time.set-zone-automatic.iphone.3': 'Also: Settings → Privacy & Security → Location Services → System Services → turn on "Setting Time Zone".',
  'fix.time.set-zone-automatic.laptop.1': 'Windows: Settings → Time & language → Date & time → turn on "Set time zone automatically".',
  'fix.time.set-zone-automatic.laptop.2': 'Mac: System Settings → General → Date & Time → turn on "Set time zone automatically using your current location".',

  'fix.time.set-zone-manually.title': 'Choose the time zone by hand',
  'fix.time.set-zone-manually.android.1': 'Open Settings → System → Date & time.',
  'fix.time.set-zone-manually.android.2': 'Turn off "Set time zone automatically".',
  'fix.time.set-zone-manually.android.3': 'Tap "Time zone" and choose {expectedZone, zone}.',
  'fix.time.set-zone-manually.iphone.1': 'Open Settings → General → Date & Time.',
  'fix.time.set-zone-manually.iphone.2': 'Turn off "Set Automatically".',
  'fix.time.set-zone-manually.iphone.3': 'Tap "Time Zone" and type {expectedZone, zone}.',
  'fix.time.set-zone-manually.laptop.1': 'Windows: Settings → Time & language → Date & time → turn off "Set time zone automatically" and choose the zone of {expectedZone, zone}.',
  'fix.time.set-zone-manually.laptop.2': 'Mac: System Settings → General → Date & Time → turn off the automatic time zone and click {expectedZone, zone} on the map.',

  'fix.time.update-system.title': 'Update the phone',
  'fix.time.update-system.android.1': 'Connect to Wi-Fi and charge the phone.',
  'fix.time.update-system.android.2': 'Open Settings → System → Software update (or "System update") and install what it offers.',
  'fix.time.update-system.android.3': 'Also: Settings → Security & privacy → Updates → Google Play system update.',
  'fix.time.update-system.android.4': 'Update Chrome from the Play Store: Chrome has its own time-zone data.',
  'fix.time.update-system.iphone.1': 'Connect to Wi-Fi and charge the phone.',
  'fix.time.update-system.iphone.2': 'Open Settings → General → Software Update and install the update.',
  'fix.time.update-system.laptop.1': 'Update the browser: in Chrome open the menu → Help → About Google Chrome.',
  'fix.time.update-system.laptop.2': 'Install the system updates (Windows Update, or Software Update on a Mac).',

  'fix.time.stale-workaround.title': 'Until the phone is updated',
  'fix.time.stale-workaround.android.1': 'Open Settings → System → Date & time and turn off "Set time zone automatically".',
  'fix.time.stale-workaround.android.2': 'Tap "Time zone" and choose {workaroundZone, zone}. It keeps the same time as where you are, all year.',
  'fix.time.stale-workaround.android.3': 'After updating the phone, turn "Set time zone automatically" back on.',
  'fix.time.stale-workaround.iphone.1': 'Open Settings → General → Date & Time and turn off "Set Automatically".',
  'fix.time.stale-workaround.iphone.2': 'Tap "Time Zone" and type {workaroundZone, zone}.',
  'fix.time.stale-workaround.iphone.3': 'After updating the phone, turn "Set Automatically" back on.',
  'fix.time.stale-workaround.laptop.1': 'Choose the time zone of {workaroundZone, zone} in the system settings until the update is installed.',

  'fix.time.check-by-hand.title': 'Compare with a clock you trust',
  'fix.time.check-by-hand.android.1': 'Look at a clock you trust: a volunteer\'s phone, the shelter\'s clock, or the time on the radio or TV.',
  'fix.time.check-by-hand.android.2': 'If your phone shows another time, follow "Set the time zone automatically".',
  'fix.time.check-by-hand.android.3': 'Do not pay anyone to fix your phone\'s time. It is free and you can do it yourself.',
  'fix.time.check-by-hand.iphone.1': 'Look at a clock you trust: a volunteer\'s phone, the shelter\'s clock, or the time on the radio or TV.',
  'fix.time.check-by-hand.iphone.2': 'If your phone shows another time, follow "Set the time zone automatically".',
  'fix.time.check-by-hand.iphone.3': 'Do not pay anyone to fix your phone\'s time. It is free and you can do it yourself.',
  'fix.time.check-by-hand.laptop.1': 'Compare the computer\'s clock with a phone that sets its time automatically.',
} as const;
