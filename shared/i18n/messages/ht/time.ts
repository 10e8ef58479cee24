import type { time as enTime } from '../en/time';

/**
 * Haitian Creole: time checks and their fixes. Haitian phones usually run in French,
 * so setting names are given in French, in « », as those phones show them.
 */
export const time: Record<keyof typeof enTime, string> = {
  'check.time.clock.title': 'Revèy',
  'check.time.zone.title': 'Zòn lè',
  'check.time.tzdata.title': 'Done zòn lè',

  'time.clock.pass': 'Revèy la bay bon lè.',
  'time.clock.off':
    'Revèy la {direction, select, ahead {avanse} other {an reta}} {unit, select, seconds {{amount, plural, one {# segonn} other {# segonn}}} minutes {{amount, plural, one {# minit} other {# minit}}} hours {{amount, plural, one {# èdtan} other {# èdtan}}} other {{amount, plural, one {# jou} other {# jou}}}}. Aplikasyon yo ka refize yon telefòn ki pa gen bon lè.',
  'time.clock.wholeHours':
    'Revèy la {direction, select, ahead {avanse} other {an reta}} {hours, plural, one {# èdtan} other {# èdtan}}. Pi souvan, sa vle di se zòn lè a ki pa bon, pa revèy la.',
  'time.clock.wrongDate': 'Dat telefòn nan pa bon: li montre ane {year}. Mete dat ak lè a otomatik.',
  'time.clock.noReference': 'Nou pa t ka konpare revèy la ak lè egzak la, paske pa gen koneksyon. Konpare l ak yon revèy ou fè konfyans.',

  'time.zone.pass': 'Zòn lè a bon ({offset, offset}).',
  'time.zone.substitute':
    'Telefòn nan sèvi ak zòn {deviceZone, zone}. Isit la, zòn nan se {expectedZone, zone}. Kounye a yo bay menm lè, men pi bon chwazi {expectedZone, zone} pou w pa gen pwoblèm.',
  'time.zone.wrongNow':
    'Zòn lè a pa bon. Telefòn nan sèvi ak {deviceZone, zone} ({deviceOffset, offset}), men isit la se {expectedZone, zone} ({expectedOffset, offset}). Telefòn nan {direction, select, ahead {avanse} other {an reta}} {hours, plural, one {# èdtan} other {# èdtan}}.',
  'time.zone.wrongLater':
    'Jodi a lè a bon, men apati {from, date}, telefòn nan ap {direction, select, ahead {avanse} other {an reta}} {hours, plural, one {# èdtan} other {# èdtan}}. Telefòn nan sèvi ak {deviceZone, zone}; isit la se {expectedZone, zone}.',
  'time.zone.rightZoneOldData':
    'Zòn lè {deviceZone, zone} a bon, men telefòn nan gen ansyen règ pou li: apati {from, date}, li {direction, select, ahead {avanse} other {an reta}} {hours, plural, one {# èdtan} other {# èdtan}}. Mete telefòn nan ajou, oswa chwazi zòn {workaroundZone, zone} annatandan.',
  'time.zone.nearEdge':
    'Ou toupre limit yon zòn lè. Isit la, zòn nan se petèt {expectedZone, zone} ({expectedOffset, offset}), men telefòn nan sèvi ak {deviceZone, zone} ({deviceOffset, offset}), lè lòt bò limit la, nan {otherZone, zone}. Tcheke lè a ak yon revèy ou fè konfyans.',
  'time.zone.noPosition': 'Si Listo pa konnen kote ou ye, li pa ka konnen nan ki zòn lè ou ye. Telefòn nan sèvi ak {deviceZone, zone}.',
  'time.zone.cannotCompare': 'Nou pa t ka konpare zòn lè {deviceZone, zone} a ak zòn isit la.',

  'time.tzdata.pass': 'Telefòn nan konnen bon règ lè pou {zone, zone}.',
  'time.tzdata.staleElsewhere':
    'Telefòn nan gen ansyen done zòn lè. Li bon kote ou ye kounye a, men li t ap pa bon nan kèk pati nan Meksik. Mete telefòn nan ajou lè ou kapab.',
  'time.tzdata.wrongNow':
    'Telefòn nan gen ansyen règ lè pou {zone, zone}: li {direction, select, ahead {avanse} other {an reta}} {hours, plural, one {# èdtan} other {# èdtan}}{until, select, null {.} other { jiska {until, date}.}} Mete telefòn nan ajou, oswa chwazi zòn {workaroundZone, zone} annatandan.',
  'time.tzdata.wrongLater':
    'Telefòn nan gen ansyen règ lè pou {zone, zone}. Apati {from, date}{until, select, null {} other { jiska {until, date}}}, li pral {direction, select, ahead {avanse} other {an reta}} {hours, plural, one {# èdtan} other {# èdtan}}. Mete telefòn nan ajou anvan dat sa a, oswa chwazi zòn {workaroundZone, zone}.',
  'time.tzdata.unknownZone':
    'Telefòn nan pa konnen zòn lè {zone, zone} a: done zòn lè li yo twò ansyen. Mete telefòn nan ajou, oswa chwazi zòn {workaroundZone, zone} annatandan.',

  'fix.time.set-clock-automatic.title': 'Mete lè a otomatik',
  'fix.time.set-clock-automatic.android.1': 'Louvri Paramètres.',
  'fix.time.set-clock-automatic.android.2': 'Peze Système (sou Samsung: Gestion globale), epi « Date et heure ».',
  'fix.time.set-clock-automatic.android.3': "Aktive « Régler l'heure automatiquement » (oswa « Date et heure automatiques »).",
  'fix.time.set-clock-automatic.iphone.1': 'Louvri Réglages.',
  'fix.time.set-clock-automatic.iphone.2': 'Peze Général, epi « Date et heure ».',
  'fix.time.set-clock-automatic.iphone.3': 'Aktive « Réglage automatique ».',
  'fix.time.set-clock-automatic.laptop.1': "Windows: Paramètres → Heure et langue → Date et heure → aktive « Régler l'heure automatiquement », epi klike sou « Synchroniser maintenant ».",
  'fix.time.set-clock-automatic.laptop.2': "Mac: Réglages Système → Général → Date et heure → aktive « Régler la date et l'heure automatiquement ».",

  'fix.time.set-zone-automatic.title': 'Mete zòn lè a otomatik',
  'fix.time.set-zone-automatic.android.1': 'Louvri Paramètres.',
  'fix.time.set-zone-automatic.android.2': 'Peze Système (sou Samsung: Gestion globale), epi « Date et heure ».',
  'fix.time.set-zone-automatic.android.3': 'Aktive « Définir automatiquement le fuseau horaire » (oswa « Fuseau horaire automatique »). Si ou wè « Utiliser la localisation pour définir le fuseau horaire », aktive l tou.',
  'fix.time.set-zone-automatic.android.4': 'Etenn telefòn nan, epi limen l ankò. Apre sa, tcheke ankò isit la.',
  'fix.time.set-zone-automatic.iphone.1': 'Louvri Réglages.',
  'fix.time.set-zone-automatic.iphone.2': 'Peze Général, epi « Date et heure », epi aktive « Réglage automatique ».',
  'fix.time.set-zone-automatic.iphone.3': 'Epitou: Réglages → Confidentialité et sécurité → Service de localisation → Services système → aktive « Réglage du fuseau horaire ».',
  'fix.time.set-zone-automatic.laptop.1': 'Windows: Paramètres → Heure et langue → Date et heure → aktive « Régler le fuseau horaire automatiquement ».',
  'fix.time.set-zone-automatic.laptop.2': 'Mac: Réglages Système → Général → Date et heure → aktive « Régler automatiquement le fuseau horaire en fonction de votre position actuelle ».',

  'fix.time.set-zone-manually.title': 'Chwazi zòn lè a ak men ou',
  'fix.time.set-zone-manually.android.1': 'Louvri Paramètres → Système → « Date et heure ».',
  'fix.time.set-zone-manually.android.2': 'Dezaktive « Définir automatiquement le fuseau horaire ».',
  'fix.time.set-zone-manually.android.3': 'Peze « Fuseau horaire », epi chwazi {expectedZone, zone}.',
  'fix.time.set-zone-manually.iphone.1': 'Louvri Réglages → Général → « Date et heure ».',
  'fix.time.set-zone-manually.iphone.2': 'Dezaktive « Réglage automatique ».',
  'fix.time.set-zone-manually.iphone.3': 'Peze « Fuseau horaire », epi ekri {expectedZone, zone}.',
  'fix.time.set-zone-manually.laptop.1': 'Windows: Paramètres → Heure et langue → Date et heure → dezaktive « Régler le fuseau horaire automatiquement », epi chwazi zòn {expectedZone, zone}.',
  'fix.time.set-zone-manually.laptop.2': 'Mac: Réglages Système → Général → Date et heure → dezaktive zòn lè otomatik la, epi klike sou {expectedZone, zone} sou kat la.',

  'fix.time.update-system.title': 'Mete telefòn nan ajou',
  'fix.time.update-system.android.1': 'Konekte sou Wi-Fi, epi chaje telefòn nan.',
  'fix.time.update-system.android.2': 'Louvri Paramètres → Système → « Mise à jour logicielle » (oswa « Mise à jour du système »), epi enstale sa li pwopoze w.',
  'fix.time.update-system.android.3': 'Epitou: Paramètres → Sécurité et confidentialité → Mises à jour → « Mise à jour du système Google Play ».',
  'fix.time.update-system.android.4': 'Mete Chrome ajou nan Play Store: Chrome gen pwòp done zòn lè pa l.',
  'fix.time.update-system.iphone.1': 'Konekte sou Wi-Fi, epi chaje telefòn nan.',
  'fix.time.update-system.iphone.2': 'Louvri Réglages → Général → « Mise à jour logicielle », epi enstale mizajou a.',
  'fix.time.update-system.laptop.1': 'Mete navigatè a ajou: nan Chrome, louvri meni an → Aide → « À propos de Google Chrome ».',
  'fix.time.update-system.laptop.2': 'Enstale mizajou sistèm yo (Windows Update, oswa « Mise à jour de logiciels » sou Mac).',

  'fix.time.stale-workaround.title': 'Annatandan telefòn nan mete ajou',
  'fix.time.stale-workaround.android.1': 'Louvri Paramètres → Système → « Date et heure », epi dezaktive « Définir automatiquement le fuseau horaire ».',
  'fix.time.stale-workaround.android.2': 'Peze « Fuseau horaire », epi chwazi {workaroundZone, zone}. Li gen menm lè ak kote ou ye a, tout ane a.',
  'fix.time.stale-workaround.android.3': 'Lè telefòn nan fin mete ajou, aktive « Définir automatiquement le fuseau horaire » ankò.',
  'fix.time.stale-workaround.iphone.1': 'Louvri Réglages → Général → « Date et heure », epi dezaktive « Réglage automatique ».',
  'fix.time.stale-workaround.iphone.2': 'Peze « Fuseau horaire », epi ekri {workaroundZone, zone}.',
  'fix.time.stale-workaround.iphone.3': 'Lè telefòn nan fin mete ajou, aktive « Réglage automatique » ankò.',
  'fix.time.stale-workaround.laptop.1': 'Chwazi zòn lè {workaroundZone, zone} nan paramèt sistèm nan, jiskaske mizajou a fin enstale.',

  'fix.time.check-by-hand.title': 'Konpare ak yon revèy ou fè konfyans',
  'fix.time.check-by-hand.android.1': 'Gade yon revèy ou fè konfyans: telefòn yon volontè, revèy abri a, oswa lè yo bay nan radyo oswa nan televizyon.',
  'fix.time.check-by-hand.android.2': 'Si telefòn ou bay yon lòt lè, swiv « Mete zòn lè a otomatik ».',
  'fix.time.check-by-hand.android.3': 'Pa peye pesonn pou ranje lè telefòn ou. Li gratis, e ou ka fè l poukont ou.',
  'fix.time.check-by-hand.iphone.1': 'Gade yon revèy ou fè konfyans: telefòn yon volontè, revèy abri a, oswa lè yo bay nan radyo oswa nan televizyon.',
  'fix.time.check-by-hand.iphone.2': 'Si telefòn ou bay yon lòt lè, swiv « Mete zòn lè a otomatik ».',
  'fix.time.check-by-hand.iphone.3': 'Pa peye pesonn pou ranje lè telefòn ou. Li gratis, e ou ka fè l poukont ou.',
  'fix.time.check-by-hand.laptop.1': 'Konpare revèy òdinatè a ak yon telefòn ki mete lè li otomatik.',
};
