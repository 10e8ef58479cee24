import type { tools as english } from '../en/tools';

/** Zouti ekstansyon an pou volontè yo. */
export const tools: Record<keyof typeof english, string> = {
  'tools.clearSite.title': 'Efase done yon sit',
  'tools.clearSite.explain': 'Sa efase kach, kouki ak done yon sit entènèt sere nan navigatè sa a. Moun nan ap oblije konekte ankò sou sit sa a.',
  'tools.clearSite.label': 'Sit entènèt',
  'tools.clearSite.start': 'Efase…',
  'tools.clearSite.confirm': 'Efase kach, kouki ak done {origin} sere nan navigatè sa a? Sèlman adrès egzak sa a: lòt adrès sit la (pa egzanp, avèk oswa san www.) kenbe done yo. Ou pa ka defèt sa.',
  'tools.clearSite.yes': 'Wi, efase',
  'tools.clearSite.no': 'Anile',
  'tools.clearSite.done': 'Done {origin} yo efase.',
  'tools.clearSite.invalid': 'Ekri adrès yon sit entènèt, tankou cbp.gov.',
  'tools.clearSite.no-permission': 'Listo bezwen pèmisyon pou efase done sit yo. Eseye ankò epi chwazi Pèmèt.',
  'tools.clearSite.failed': 'Nou pa t ka efase done {origin} yo.',
  'tools.clock.title': 'Konpare revèy la',
  'tools.clock.explain': 'Yo konpare revèy òdinatè sa a ak yon sit entènèt ou fè konfyans, tankou adrès aplikasyon Listo a. Listo mande Chrome aksè sèlman pou sit sa a.',
  'tools.clock.current': 'Yo konpare revèy la ak {origin}.',
  'tools.clock.label': 'Sit entènèt pou konpare',
  'tools.clock.use': 'Konpare',
  'tools.clock.invalid': 'Ekri adrès yon sit entènèt, tankou listo.example.org.',
  'tools.clock.no-permission': 'Listo bezwen aksè nan sit sa a pou li lè li. Eseye ankò epi chwazi « Autoriser ».',
};
