import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/catalogues';
import type { MessageKey } from '../../shared/i18n/catalogue';
import { FIX_IDS, PLATFORMS, fixStepKeys } from '../../shared/index';

const creole: Record<string, string> = CATALOGUES.ht;
const english: Record<string, string> = CATALOGUES.en;
const steps = Object.keys(english).filter((key) => key.startsWith('fix.') && !key.endsWith('.title'));

/** French phone menus that Creole steps quoted alone (issue 13); each must be followed by its Spanish and English names. */
const FRENCH_MENUS = ['Paramètres', 'Réglages', 'Date et heure', 'Fuseau horaire', 'Confidentialité et sécurité', 'Service de localisation', 'Autorisations', 'Stockage', 'Mise à jour logicielle', 'Appareil photo'];

describe('fix steps', () => {
  it('in Creole name each phone menu as French, Spanish and English phones show it', () => {
    const frenchOnly: string[] = [];
    for (const key of steps) {
      const text = creole[key] ?? '';
      for (const fr of FRENCH_MENUS) {
        // "Paramètres / Configuración / Settings", "Paramètres des sites / Configuración de sitios / Site settings"
        const alone = new RegExp(`${fr}(?![^→.,;:«»()]* / [^/→]+ / )`, 'u');
        if (alone.test(text)) frenchOnly.push(`${key}: ${fr}`);
      }
    }
    expect(frenchOnly).toEqual([]);
  });

  it('in Creole never name a menu phones do not have (no phone shows its menus in Creole)', () => {
    const invented = steps.filter((key) => /\bParamèt\b|Paramèt sit|Konfidansyalite ak sekirite|Sèvis lokalizasyon|Mizajou lojisyèl/.test(creole[key] ?? ''));
    expect(invented).toEqual([]);
  });

  it('tell how to allow location in the installed app, which has no address bar (issue 13)', () => {
    for (const platform of ['android', 'iphone', 'laptop'] as const) {
      const keys = fixStepKeys('location.allow-site', platform, (key): key is MessageKey => key in english);
      const text = keys.map((key) => english[key]).join(' ');
      expect(text, platform).toMatch(/home screen|own window/);
    }
    const android = fixStepKeys('location.allow-site', 'android', (key): key is MessageKey => key in english).map((key) => english[key]).join(' ');
    expect(android).toContain('App info');
    expect(android).toContain('Site settings → Location');
    const iphone = fixStepKeys('location.allow-site', 'iphone', (key): key is MessageKey => key in english).map((key) => english[key]).join(' ');
    expect(iphone).toContain('Privacy & Security → Location Services → Safari Websites');
  });

  it('start with a verb in English and Spanish (plain words: one action per step)', () => {
    // Allowed openings besides a verb: a question or condition that says when the step applies ("Did you…?", "If…"),
    // the place of the action ("In Chrome, tap…"), a platform label ("Windows:") or a plain fact about the phone.
    const verbs = {
      en: /^(?:Or |Also )?(Set|Type|Stop|Open|Tap|Turn|Touch|Choose|Click|Swipe|Go|Wait|Look|Compare|Connect|Update|Install|Delete|Uninstall|Empty|Keep|Close|Reload|Ask|Stand|Do|Wipe|Hold|Make|Take|Give|Come|Move|Accept|Use|Check|Follow|If|Did|Does|Can|Windows:|Mac:|In |The |Android phones|iPhone has)/i,
      es: /^(?:O |También )?(¿|Abra|Toque|Active|Desactive|Elija|Haga|Ponga|Conéctese|Actualice|Instale|Borre|Desinstale|Vacíe|Mantenga|Cierre|Vuelva|Pida|No |Limpie|Sostenga|Dele|Vaya|Espere|Mire|Compare|Acepte|Use|Revise|Siga|Apague|Salga|Deje|Tome|Deslice|Acérquese|Voltéese|Póngase|Regrese|Si |En |Windows:|Mac:|La app|Los teléfonos|El iPhone)/i,
    } as const;
    for (const [code, opening] of Object.entries(verbs)) {
      const catalogue: Record<string, string> = CATALOGUES[code as 'en' | 'es'];
      expect(steps.filter((key) => !opening.test(catalogue[key]!)), code).toEqual([]);
    }
  });

  it('are numbered without gaps in every language, as the fix library reads them', () => {
    for (const fixId of FIX_IDS) {
      for (const platform of PLATFORMS) {
        const all = Object.keys(english).filter((key) => key.startsWith(`fix.${fixId}.${platform}.`));
        expect(fixStepKeys(fixId, platform, (key): key is MessageKey => key in english)).toHaveLength(all.length);
      }
    }
  });
});
