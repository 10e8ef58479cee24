import type { location as english } from '../en/location';

/** Revisiones de ubicación y sus arreglos. Los nombres de estados no se traducen. */
export const location: Record<keyof typeof english, string> = {
  'check.location.permission.title': 'Permiso de ubicación',
  'check.location.accuracy.title': 'Precisión de la ubicación',
  'check.location.region.title': 'Área aceptada',

  'location.permission.pass': 'El teléfono dio su ubicación.',
  'location.permission.allowed': 'La ubicación está permitida para este sitio. Toca "Revisar mi ubicación" para probarla.',
  'location.permission.denied': 'La ubicación está bloqueada. Apps como esta la necesitan: permite la ubicación para este sitio y en el teléfono.',
  'location.permission.unavailable': 'El teléfono no pudo encontrar su ubicación. Puede que la ubicación (GPS) esté apagada.',
  'location.permission.timeout': 'Se tardó mucho en encontrar la ubicación.',
  'location.permission.unsupported': 'Este navegador no puede dar la ubicación. Abre Listo en Chrome o Safari.',
  'location.permission.noHint': 'Este navegador no dice si la ubicación está permitida. Toca "Revisar mi ubicación" para probarla.',
  'location.permission.notAsked': 'Todavía no se revisó la ubicación. Toca "Revisar mi ubicación" y elige "Permitir".',

  'location.accuracy.pass': 'La ubicación es precisa (a unos {meters, number} m).',
  'location.accuracy.approximate':
    'La ubicación es solo aproximada (a unos {km, number} km). Puede que "Ubicación precisa" esté apagada. Las apps pueden rechazar una ubicación aproximada.',
  'location.accuracy.poor': 'La ubicación está lejos de ser exacta (a unos {km, number} km). Es probable que las apps la rechacen.',
  'location.accuracy.noPosition': 'Todavía no hay ubicación, así que no se sabe su precisión.',
  'location.accuracy.stale': 'Esta ubicación tiene {minutes, plural, one {# minuto} other {# minutos}}. Revisa otra vez donde estás ahora.',
  'location.accuracy.lowAccuracyFallback': 'La ubicación exacta tardó mucho, así que se usó una menos exacta.',

  'location.region.pass': 'Estás dentro del área aceptada ({state}).',
  'location.region.edgeInside':
    'Parece que estás dentro del área aceptada, pero cerca del borde para esta precisión (unos {km, number} km). La app podría verte afuera.',
  'location.region.edgeOutside':
    'Parece que estás fuera del área aceptada, pero cerca del borde para esta precisión (unos {km, number} km).',
  'location.region.outsideInMexico': 'Estás en {state}, fuera del área aceptada.',
  'location.region.outsideMexico': 'Estás fuera de México, fuera del área aceptada.',
  'location.region.noPosition': 'Sin tu ubicación, Listo no puede saber si estás dentro del área aceptada.',
  'location.region.noArea': 'Esta app no tiene un área aceptada que revisar.',
  'location.zoneContradiction': "Si usas una VPN o una app que cambia tu ubicación, apágala: las apps comparan la zona horaria del teléfono con su ubicación.",
  'location.region.note.mexicanNationals': 'Las personas mexicanas podían pedir cita desde cualquier parte de México.',
  'area.cbpOne': 'CBP One aceptaba México al norte del paralelo 19 (más o menos la altura de la Ciudad de México) y, desde agosto de 2024, también Chiapas y Tabasco.',

  'map.title': 'Mapa: el área aceptada y tu ubicación',
  'map.description': 'Lo verde es el área aceptada. El punto es tu ubicación; el círculo muestra qué tan exacta es.',
  'map.close': 'Tu ubicación de cerca',

  'fix.location.allow-site.title': 'Permite la ubicación para este sitio',
  'fix.location.allow-site.android.1': 'En Chrome, toca el ícono a la izquierda de la dirección web.',
  'fix.location.allow-site.android.2': 'Toca Permisos (o Configuración del sitio), luego Ubicación, y elige Permitir.',
  'fix.location.allow-site.android.3': 'Vuelve a cargar la página y revisa otra vez.',
  'fix.location.allow-site.iphone.1': 'Abre Configuración → Privacidad y seguridad → Localización → Sitios web de Safari.',
  'fix.location.allow-site.iphone.2': 'Elige "Cuando se use la app" y activa "Ubicación exacta".',
  'fix.location.allow-site.iphone.3': 'En Safari toca "aA" en la barra de dirección → Configuración del sitio web → Ubicación → Permitir. Luego revisa otra vez.',
  'fix.location.allow-site.laptop.1': 'Haz clic en el ícono a la izquierda de la dirección web.',
  'fix.location.allow-site.laptop.2': 'Pon Ubicación en Permitir y vuelve a cargar la página.',

  'fix.location.turn-on.title': 'Activa la ubicación del teléfono',
  'fix.location.turn-on.android.1': 'Desliza hacia abajo desde arriba de la pantalla.',
  'fix.location.turn-on.android.2': 'Toca Ubicación (el ícono del pin) para activarla.',
  'fix.location.turn-on.android.3': 'O: Configuración → Ubicación → activa "Usar ubicación".',
  'fix.location.turn-on.iphone.1': 'Abre Configuración → Privacidad y seguridad → Localización.',
  'fix.location.turn-on.iphone.2': 'Activa Localización.',
  'fix.location.turn-on.laptop.1': 'Windows: Configuración → Privacidad y seguridad → Ubicación → activa los servicios de ubicación.',
  'fix.location.turn-on.laptop.2': 'Mac: Configuración del Sistema → Privacidad y seguridad → Localización → actívala para el navegador.',

  'fix.location.precise-on.title': 'Activa la ubicación precisa',
  'fix.location.precise-on.android.1': 'Abre Configuración → Aplicaciones → Chrome (o tu navegador) → Permisos → Ubicación.',
  'fix.location.precise-on.android.2': 'Activa "Usar ubicación precisa".',
  'fix.location.precise-on.android.3': 'Haz lo mismo con la app para la que te preparas.',
  'fix.location.precise-on.iphone.1': 'Abre Configuración → Privacidad y seguridad → Localización → Sitios web de Safari.',
  'fix.location.precise-on.iphone.2': 'Activa "Ubicación exacta".',
  'fix.location.precise-on.iphone.3': 'Haz lo mismo con la app para la que te preparas.',
  'fix.location.precise-on.laptop.1': 'Las computadoras muchas veces saben su ubicación solo más o menos. Revisa mejor en el teléfono.',

  'fix.location.go-outside.title': 'Consigue mejor señal',
  'fix.location.go-outside.android.1': 'Sal afuera o ponte cerca de una ventana, lejos de edificios altos.',
  'fix.location.go-outside.android.2': 'Activa el Wi-Fi, aunque no te conectes: ayuda a encontrar la ubicación.',
  'fix.location.go-outside.android.3': 'Espera un minuto y revisa otra vez.',
  'fix.location.go-outside.iphone.1': 'Sal afuera o ponte cerca de una ventana, lejos de edificios altos.',
  'fix.location.go-outside.iphone.2': 'Activa el Wi-Fi, aunque no te conectes: ayuda a encontrar la ubicación.',
  'fix.location.go-outside.iphone.3': 'Espera un minuto y revisa otra vez.',
  'fix.location.go-outside.laptop.1': 'Activa el Wi-Fi y revisa otra vez. Las computadoras encuentran su ubicación con el Wi-Fi.',

  'fix.location.open-in-browser.title': 'Abre Listo en el navegador del teléfono',
  'fix.location.open-in-browser.android.1': 'Si abriste Listo desde una app de chat, toca el menú (⋮) y elige "Abrir en Chrome".',
  'fix.location.open-in-browser.iphone.1': 'Si abriste Listo desde una app de chat, toca el menú y elige "Abrir en Safari".',
  'fix.location.open-in-browser.laptop.1': 'Usa Chrome, Edge, Firefox o Safari actualizado.',

  'fix.location.outside-area.title': 'Si estás fuera del área',
  'fix.location.outside-area.android.1': 'La app acepta solicitudes solo desde dentro del área. Ningún ajuste del teléfono cambia eso.',
  'fix.location.outside-area.android.2': 'Si estás seguro de que estás dentro, activa la ubicación precisa, sal afuera y revisa otra vez.',
  'fix.location.outside-area.iphone.1': 'La app acepta solicitudes solo desde dentro del área. Ningún ajuste del teléfono cambia eso.',
  'fix.location.outside-area.iphone.2': 'Si estás seguro de que estás dentro, activa la ubicación precisa, sal afuera y revisa otra vez.',
  'fix.location.outside-area.laptop.1': 'La ubicación de una computadora muchas veces está mal: revisa en el teléfono de la persona.',
};
