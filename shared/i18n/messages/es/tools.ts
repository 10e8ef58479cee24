import type { tools as english } from '../en/tools';

/** Herramientas de la extensión para voluntarios. */
export const tools: Record<keyof typeof english, string> = {
  'tools.clearSite.title': 'Borrar los datos de un sitio',
  'tools.clearSite.explain': 'Borra la caché, las cookies y los datos guardados de un sitio web en este navegador. La persona tendrá que iniciar sesión otra vez en ese sitio.',
  'tools.clearSite.label': 'Sitio web',
  'tools.clearSite.start': 'Borrar…',
  'tools.clearSite.confirm': '¿Borrar la caché, las cookies y los datos guardados de {origin} en este navegador? Solo de esta dirección exacta: otras direcciones del sitio (por ejemplo, con o sin www.) conservan sus datos. No se puede deshacer.',
  'tools.clearSite.yes': 'Sí, borrar',
  'tools.clearSite.no': 'Cancelar',
  'tools.clearSite.done': 'Se borraron los datos de {origin}.',
  'tools.clearSite.invalid': 'Escribe la dirección de un sitio web, como cbp.gov.',
  'tools.clearSite.no-permission': 'Listo necesita permiso para borrar datos de sitios. Vuelve a intentarlo y elige Permitir.',
  'tools.clearSite.failed': 'No se pudieron borrar los datos de {origin}.',
  'tools.clock.title': 'Comparar el reloj',
  'tools.clock.explain': 'El reloj de esta computadora se compara con un sitio web de confianza, como la dirección de la app Listo. Listo pide a Chrome acceso solo a ese sitio.',
  'tools.clock.current': 'El reloj se compara con {origin}.',
  'tools.clock.label': 'Sitio web para comparar',
  'tools.clock.use': 'Comparar',
  'tools.clock.invalid': 'Escribe la dirección de un sitio web, como listo.example.org.',
  'tools.clock.no-permission': 'Listo necesita acceso a ese sitio para leer su hora. Inténtalo otra vez y elige Permitir.',
};
