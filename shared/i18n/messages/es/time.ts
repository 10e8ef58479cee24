import type { time as enTime } from '../en/time';

/** Spanish (Mexico, "tú"): time checks and their fixes. Setting names as Spanish phones show them. */
export const time: Record<keyof typeof enTime, string> = {
  'check.time.clock.title': 'Reloj',
  'check.time.zone.title': 'Zona horaria',
  'check.time.tzdata.title': 'Datos de zona horaria',

  'time.clock.pass': 'El reloj está bien.',
  'time.clock.off':
    'El reloj está {direction, select, ahead {adelantado} other {atrasado}} {unit, select, seconds {{amount, plural, one {# segundo} other {# segundos}}} minutes {{amount, plural, one {# minuto} other {# minutos}}} hours {{amount, plural, one {# hora} other {# horas}}} other {{amount, plural, one {# día} other {# días}}}}. Las apps pueden rechazar un teléfono que tiene mal la hora.',
  'time.clock.wholeHours':
    'El reloj está {direction, select, ahead {adelantado} other {atrasado}} {hours, plural, one {# hora} other {# horas}}. Casi siempre esto quiere decir que lo que está mal es la zona horaria, no el reloj.',
  'time.clock.wrongDate': 'La fecha del teléfono está mal: muestra el año {year}. Pon la fecha y la hora automáticas.',
  'time.clock.noReference': 'No se pudo comparar el reloj con la hora exacta porque no hay conexión. Compáralo con un reloj de confianza.',

  'time.zone.pass': 'La zona horaria está bien ({offset, offset}).',
  'time.zone.substitute':
    'El teléfono usa la zona de {deviceZone, zone}. Aquí la zona es {expectedZone, zone}. Ahora las dos marcan la misma hora, pero para evitar problemas elige {expectedZone, zone}.',
  'time.zone.wrongNow':
    'La zona horaria está mal. El teléfono usa {deviceZone, zone} ({deviceOffset, offset}), pero aquí es {expectedZone, zone} ({expectedOffset, offset}). El teléfono va {direction, select, ahead {adelantado} other {atrasado}} {hours, plural, one {# hora} other {# horas}}.',
  'time.zone.wrongLater':
    'Hoy la hora está bien, pero a partir del {from, date} el teléfono va a ir {direction, select, ahead {adelantado} other {atrasado}} {hours, plural, one {# hora} other {# horas}}. El teléfono usa {deviceZone, zone}; aquí es {expectedZone, zone}.',
  'time.zone.rightZoneOldData':
    'La zona horaria {deviceZone, zone} es la correcta, pero el teléfono tiene reglas viejas para esa zona: a partir del {from, date} va {direction, select, ahead {adelantado} other {atrasado}} {hours, plural, one {# hora} other {# horas}}. Actualiza el teléfono, o mientras tanto elige la zona {workaroundZone, zone}.',
  'time.zone.nearEdge':
    'Estás cerca del límite de una zona horaria. Aquí la zona es probablemente {expectedZone, zone} ({expectedOffset, offset}), pero el teléfono usa {deviceZone, zone} ({deviceOffset, offset}), la hora del otro lado, en {otherZone, zone}. Revisa la hora con un reloj de confianza.',
  'time.zone.noPosition': 'Sin tu ubicación, Listo no puede saber en qué zona horaria estás. El teléfono usa {deviceZone, zone}.',
  'time.zone.cannotCompare': 'No se pudo comparar aquí la zona horaria {deviceZone, zone}.',

  'time.tzdata.pass': 'El teléfono tiene al día las reglas de hora de {zone, zone}.',
  'time.tzdata.staleElsewhere':
    'El teléfono tiene datos de zona horaria viejos. Aquí donde estás la hora sale bien, pero en algunas partes de México saldría mal. Actualiza el teléfono cuando puedas.',
  'time.tzdata.wrongNow':
    'El teléfono tiene reglas de hora viejas para {zone, zone}: va {direction, select, ahead {adelantado} other {atrasado}} {hours, plural, one {# hora} other {# horas}}{until, select, null {.} other { hasta el {until, date}.}} Actualiza el teléfono, o mientras tanto elige la zona {workaroundZone, zone}.',
  'time.tzdata.wrongLater':
    'El teléfono tiene reglas de hora viejas para {zone, zone}. A partir del {from, date}{until, select, null {} other { y hasta el {until, date}}}, va a ir {direction, select, ahead {adelantado} other {atrasado}} {hours, plural, one {# hora} other {# horas}}. Actualiza el teléfono antes de esa fecha, o elige la zona {workaroundZone, zone}.',
  'time.tzdata.unknownZone':
    'El teléfono no conoce la zona horaria {zone, zone} porque sus datos de zona horaria son viejos. Actualiza el teléfono, o mientras tanto elige la zona {workaroundZone, zone}.',

  'fix.time.set-clock-automatic.title': 'Pon la hora en automático',
  'fix.time.set-clock-automatic.android.1': 'Abre Ajustes (o Configuración).',
  'fix.time.set-clock-automatic.android.2': 'Toca Sistema (en Samsung: Administración general) y luego Fecha y hora.',
  'fix.time.set-clock-automatic.android.3': 'Activa "Establecer la hora automáticamente" (o "Fecha y hora automáticas").',
  'fix.time.set-clock-automatic.iphone.1': 'Abre Configuración.',
  'fix.time.set-clock-automatic.iphone.2': 'Toca General y luego Fecha y hora.',
  'fix.time.set-clock-automatic.iphone.3': 'Activa "Ajuste automático".',
  'fix.time.set-clock-automatic.laptop.1': 'Windows: Configuración → Hora e idioma → Fecha y hora → activa "Establecer la hora automáticamente" y luego haz clic en "Sincronizar ahora".',
  'fix.time.set-clock-automatic.laptop.2': 'Mac: Ajustes del Sistema → General → Fecha y hora → activa "Ajustar la fecha y la hora automáticamente".',

  'fix.time.set-zone-automatic.title': 'Pon la zona horaria en automático',
  'fix.time.set-zone-automatic.android.1': 'Abre Ajustes (o Configuración).',
  'fix.time.set-zone-automatic.android.2': 'Toca Sistema (en Samsung: Administración general) y luego Fecha y hora.',
  'fix.time.set-zone-automatic.android.3': 'Activa "Establecer la zona horaria automáticamente" (o "Zona horaria automática"). Si ves "Usar la ubicación para establecer la zona horaria", actívalo también.',
  'fix.time.set-zone-automatic.android.4': 'Apaga el teléfono y vuelve a prenderlo. Luego revisa otra vez aquí.',
  'fix.time.set-zone-automatic.iphone.1': 'Abre Configuración.',
  'fix.time.set-zone-automatic.iphone.2': 'Toca General y luego Fecha y hora, y activa "Ajuste automático".',
  'fix.time.set-zone-automatic.iphone.3': 'También: Configuración → Privacidad y seguridad → Localización → Servicios del sistema → activa "Ajuste de zona horaria".',
  'fix.time.set-zone-automatic.laptop.1': 'Windows: Configuración → Hora e idioma → Fecha y hora → activa "Establecer la zona horaria automáticamente".',
  'fix.time.set-zone-automatic.laptop.2': 'Mac: Ajustes del Sistema → General → Fecha y hora → activa "Ajustar la zona horaria automáticamente según tu ubicación actual".',

  'fix.time.set-zone-manually.title': 'Elige la zona horaria a mano',
  'fix.time.set-zone-manually.android.1': 'Abre Ajustes → Sistema → Fecha y hora.',
  'fix.time.set-zone-manually.android.2': 'Desactiva "Establecer la zona horaria automáticamente".',
  'fix.time.set-zone-manually.android.3': 'Toca "Zona horaria" y elige {expectedZone, zone}.',
  'fix.time.set-zone-manually.iphone.1': 'Abre Configuración → General → Fecha y hora.',
  'fix.time.set-zone-manually.iphone.2': 'Desactiva "Ajuste automático".',
  'fix.time.set-zone-manually.iphone.3': 'Toca "Zona horaria" y escribe {expectedZone, zone}.',
  'fix.time.set-zone-manually.laptop.1': 'Windows: Configuración → Hora e idioma → Fecha y hora → desactiva "Establecer la zona horaria automáticamente" y elige la zona de {expectedZone, zone}.',
  'fix.time.set-zone-manually.laptop.2': 'Mac: Ajustes del Sistema → General → Fecha y hora → desactiva la zona horaria automática y haz clic en {expectedZone, zone} en el mapa.',

  'fix.time.update-system.title': 'Actualiza el teléfono',
  'fix.time.update-system.android.1': 'Conéctate a una red Wi-Fi y carga el teléfono.',
  'fix.time.update-system.android.2': 'Abre Ajustes → Sistema → Actualización de software (o "Actualización del sistema") e instala lo que te ofrezca.',
  'fix.time.update-system.android.3': 'También: Ajustes → Seguridad y privacidad → Actualizaciones → Actualización del sistema de Google Play.',
  'fix.time.update-system.android.4': 'Actualiza Chrome desde Play Store: Chrome tiene sus propios datos de zona horaria.',
  'fix.time.update-system.iphone.1': 'Conéctate a una red Wi-Fi y carga el teléfono.',
  'fix.time.update-system.iphone.2': 'Abre Configuración → General → Actualización de software e instala la actualización.',
  'fix.time.update-system.laptop.1': 'Actualiza el navegador: en Chrome abre el menú → Ayuda → Información de Google Chrome.',
  'fix.time.update-system.laptop.2': 'Instala las actualizaciones del sistema (Windows Update, o Actualización de software en una Mac).',

  'fix.time.stale-workaround.title': 'Mientras actualizas el teléfono',
  'fix.time.stale-workaround.android.1': 'Abre Ajustes → Sistema → Fecha y hora y desactiva "Establecer la zona horaria automáticamente".',
  'fix.time.stale-workaround.android.2': 'Toca "Zona horaria" y elige {workaroundZone, zone}. Tiene la misma hora que donde estás, todo el año.',
  'fix.time.stale-workaround.android.3': 'Cuando ya esté actualizado el teléfono, vuelve a activar "Establecer la zona horaria automáticamente".',
  'fix.time.stale-workaround.iphone.1': 'Abre Configuración → General → Fecha y hora y desactiva "Ajuste automático".',
  'fix.time.stale-workaround.iphone.2': 'Toca "Zona horaria" y escribe {workaroundZone, zone}.',
  'fix.time.stale-workaround.iphone.3': 'Cuando ya esté actualizado el teléfono, vuelve a activar "Ajuste automático".',
  'fix.time.stale-workaround.laptop.1': 'Elige la zona horaria de {workaroundZone, zone} en la configuración del sistema hasta que se instale la actualización.',

  'fix.time.check-by-hand.title': 'Compara con un reloj de confianza',
  'fix.time.check-by-hand.android.1': 'Mira un reloj de confianza: el teléfono de un voluntario, el reloj del albergue, o la hora del radio o de la tele.',
  'fix.time.check-by-hand.android.2': 'Si tu teléfono marca otra hora, sigue los pasos de "Pon la zona horaria en automático".',
  'fix.time.check-by-hand.android.3': 'No le pagues a nadie por arreglar la hora de tu teléfono. Es gratis y lo puedes hacer tú.',
  'fix.time.check-by-hand.iphone.1': 'Mira un reloj de confianza: el teléfono de un voluntario, el reloj del albergue, o la hora del radio o de la tele.',
  'fix.time.check-by-hand.iphone.2': 'Si tu teléfono marca otra hora, sigue los pasos de "Pon la zona horaria en automático".',
  'fix.time.check-by-hand.iphone.3': 'No le pagues a nadie por arreglar la hora de tu teléfono. Es gratis y lo puedes hacer tú.',
  'fix.time.check-by-hand.laptop.1': 'Compara el reloj de la computadora con un teléfono que tenga la hora en automático.',
};
