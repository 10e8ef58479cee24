import type { location as english } from '../en/location';

/** Tcheke kote ou ye, ak sa pou fè. Non eta yo rete jan yo ye. */
export const location: Record<keyof typeof english, string> = {
  'check.location.permission.title': 'Pèmisyon pou kote ou ye',
  'check.location.accuracy.title': 'Presizyon kote ou ye',
  'check.location.region.title': 'Zòn ki aksepte',

  'location.permission.pass': 'Telefòn nan bay kote li ye.',
  'location.permission.allowed': 'Sit sa a gen dwa wè kote ou ye. Peze "Tcheke kote mwen ye" pou eseye l.',
  'location.permission.denied': 'Lokalizasyon an bloke. Aplikasyon tankou sa a bezwen l: bay sit sa a pèmisyon, epi limen l sou telefòn nan.',
  'location.permission.unavailable': 'Telefòn nan pa t ka jwenn kote li ye. Petèt lokalizasyon an (GPS) etenn.',
  'location.permission.timeout': 'Sa pran twòp tan pou jwenn kote ou ye.',
  'location.permission.unsupported': 'Navigatè sa a pa ka bay kote ou ye. Louvri Listo nan Chrome oswa Safari.',
  'location.permission.noHint': 'Navigatè sa a pa di si li gen dwa wè kote ou ye. Peze "Tcheke kote mwen ye" pou eseye l.',
  'location.permission.notAsked': 'Nou poko tcheke kote ou ye. Peze "Tcheke kote mwen ye" epi chwazi "Pèmèt".',

  'location.accuracy.pass': 'Kote ou ye a egzak (apeprè {meters, number} m).',
  'location.accuracy.approximate':
    'Kote ou ye a pa egzak, se apeprè sèlman (apeprè {km, number} km). Petèt "Lokalizasyon egzak" etenn. Aplikasyon yo ka refize yon kote ki pa egzak.',
  'location.accuracy.poor': 'Kote ou ye a lwen pou l egzak (apeprè {km, number} km). Aplikasyon yo ap gendwa refize l.',
  'location.accuracy.noPosition': 'Poko gen kote ou ye, kidonk nou pa konnen si l egzak.',
  'location.accuracy.stale': 'Kote sa a gen {minutes, plural, one {# minit} other {# minit}}. Tcheke ankò kote ou ye kounye a.',
  'location.accuracy.lowAccuracyFallback': 'Kote egzak la te pran twòp tan, kidonk nou sèvi ak youn ki mwens egzak.',

  'location.region.pass': 'Ou anndan zòn ki aksepte a ({state}).',
  'location.region.edgeInside':
    'Sanble ou anndan zòn ki aksepte a, men ou toupre bòdi a pou presizyon sa a (apeprè {km, number} km). Aplikasyon an ka wè ou deyò.',
  'location.region.edgeOutside':
    'Sanble ou deyò zòn ki aksepte a, men ou toupre bòdi a pou presizyon sa a (apeprè {km, number} km).',
  'location.region.outsideInMexico': 'Ou nan {state}, deyò zòn ki aksepte a.',
  'location.region.outsideMexico': 'Ou deyò Meksik, deyò zòn ki aksepte a.',
  'location.region.noPosition': 'San kote ou ye, Listo pa ka konnen si ou anndan zòn ki aksepte a.',
  'location.region.noArea': 'Aplikasyon sa a pa gen yon zòn pou tcheke.',
  'location.zoneContradiction': "Si w ap sèvi ak yon VPN oswa yon aplikasyon ki chanje kote ou ye, etenn li: aplikasyon yo konpare zòn lè telefòn nan ak kote li ye.",
  'location.region.note.mexicanNationals': 'Moun ki Meksiken te ka mande depi nenpòt ki kote nan Meksik.',
  'area.cbpOne': 'CBP One te aksepte Meksik nan nò 19yèm paralèl la (apeprè wotè Vil Meksik), epi depi out 2024 Chiapas ak Tabasco tou.',

  'map.title': 'Kat: zòn ki aksepte a ak kote ou ye',
  'map.description': 'Sa ki vèt la se zòn ki aksepte a. Pwen an se kote ou ye; wonn nan montre si l egzak.',
  'map.close': 'Kote ou ye a de pre',

  'fix.location.allow-site.title': 'Bay sit sa a pèmisyon pou kote ou ye',
  'fix.location.allow-site.android.1': 'Nan Chrome, peze ikòn ki agoch adrès sit la.',
  'fix.location.allow-site.android.2': 'Peze Pèmisyon (oswa Paramèt sit), apre Lokalizasyon, epi chwazi Pèmèt.',
  'fix.location.allow-site.android.3': 'Rechaje paj la epi tcheke ankò.',
  'fix.location.allow-site.iphone.1': 'Louvri Paramèt → Konfidansyalite ak sekirite → Sèvis lokalizasyon → Sit Safari.',
  'fix.location.allow-site.iphone.2': 'Chwazi "Pandan w ap sèvi ak aplikasyon an" epi limen "Lokalizasyon egzak".',
  'fix.location.allow-site.iphone.3': 'Nan Safari peze "aA" nan ba adrès la → Paramèt sit la → Lokalizasyon → Pèmèt. Apre sa tcheke ankò.',
  'fix.location.allow-site.laptop.1': 'Klike sou ikòn ki agoch adrès sit la.',
  'fix.location.allow-site.laptop.2': 'Mete Lokalizasyon sou Pèmèt, epi rechaje paj la.',

  'fix.location.turn-on.title': 'Limen lokalizasyon telefòn nan',
  'fix.location.turn-on.android.1': 'Glise dwèt ou desann depi anwo ekran an.',
  'fix.location.turn-on.android.2': 'Peze Lokalizasyon (ikòn epeng lan) pou l limen.',
  'fix.location.turn-on.android.3': 'Oswa: Paramèt → Lokalizasyon → limen "Sèvi ak lokalizasyon".',
  'fix.location.turn-on.iphone.1': 'Louvri Paramèt → Konfidansyalite ak sekirite → Sèvis lokalizasyon.',
  'fix.location.turn-on.iphone.2': 'Limen Sèvis lokalizasyon.',
  'fix.location.turn-on.laptop.1': 'Windows: Paramèt → Konfidansyalite ak sekirite → Lokalizasyon → limen sèvis lokalizasyon.',
  'fix.location.turn-on.laptop.2': 'Mac: Paramèt Sistèm → Konfidansyalite ak sekirite → Sèvis lokalizasyon → limen l pou navigatè a.',

  'fix.location.precise-on.title': 'Limen lokalizasyon egzak',
  'fix.location.precise-on.android.1': 'Louvri Paramèt → Aplikasyon → Chrome (oswa navigatè ou) → Pèmisyon → Lokalizasyon.',
  'fix.location.precise-on.android.2': 'Limen "Sèvi ak lokalizasyon egzak".',
  'fix.location.precise-on.android.3': 'Fè menm bagay la pou aplikasyon w ap prepare pou li a.',
  'fix.location.precise-on.iphone.1': 'Louvri Paramèt → Konfidansyalite ak sekirite → Sèvis lokalizasyon → Sit Safari.',
  'fix.location.precise-on.iphone.2': 'Limen "Lokalizasyon egzak".',
  'fix.location.precise-on.iphone.3': 'Fè menm bagay la pou aplikasyon w ap prepare pou li a.',
  'fix.location.precise-on.laptop.1': 'Souvan yon òdinatè konnen kote li ye apeprè sèlman. Pito tcheke sou telefòn nan.',

  'fix.location.go-outside.title': 'Jwenn pi bon siyal',
  'fix.location.go-outside.android.1': 'Soti deyò oswa kanpe toupre yon fenèt, lwen gwo bilding.',
  'fix.location.go-outside.android.2': 'Limen Wi-Fi a, menm si ou pa konekte: sa ede jwenn kote ou ye.',
  'fix.location.go-outside.android.3': 'Tann yon minit, epi tcheke ankò.',
  'fix.location.go-outside.iphone.1': 'Soti deyò oswa kanpe toupre yon fenèt, lwen gwo bilding.',
  'fix.location.go-outside.iphone.2': 'Limen Wi-Fi a, menm si ou pa konekte: sa ede jwenn kote ou ye.',
  'fix.location.go-outside.iphone.3': 'Tann yon minit, epi tcheke ankò.',
  'fix.location.go-outside.laptop.1': 'Limen Wi-Fi a epi tcheke ankò. Òdinatè yo jwenn kote yo ye ak Wi-Fi.',

  'fix.location.open-in-browser.title': 'Louvri Listo nan navigatè telefòn nan',
  'fix.location.open-in-browser.android.1': 'Si ou louvri Listo nan yon aplikasyon chat, peze meni an (⋮) epi chwazi "Louvri nan Chrome".',
  'fix.location.open-in-browser.iphone.1': 'Si ou louvri Listo nan yon aplikasyon chat, peze meni an epi chwazi "Louvri nan Safari".',
  'fix.location.open-in-browser.laptop.1': 'Sèvi ak yon Chrome, Edge, Firefox oswa Safari ki ajou.',

  'fix.location.outside-area.title': 'Si ou deyò zòn nan',
  'fix.location.outside-area.android.1': 'Aplikasyon an aksepte demann sèlman depi anndan zòn nan. Pa gen paramèt telefòn ki chanje sa.',
  'fix.location.outside-area.android.2': 'Si ou sèten ou anndan l, limen lokalizasyon egzak, soti deyò epi tcheke ankò.',
  'fix.location.outside-area.iphone.1': 'Aplikasyon an aksepte demann sèlman depi anndan zòn nan. Pa gen paramèt telefòn ki chanje sa.',
  'fix.location.outside-area.iphone.2': 'Si ou sèten ou anndan l, limen lokalizasyon egzak, soti deyò epi tcheke ankò.',
  'fix.location.outside-area.laptop.1': 'Souvan kote yon òdinatè ye a pa bon: tcheke sou telefòn moun nan.',
};
