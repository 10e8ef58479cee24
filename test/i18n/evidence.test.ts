import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { translatorOn } from '../../shared/i18n/message';
import { LANGUAGES, type Finding } from '../../shared/index';
import { CATALOGUES, createTranslator } from '../../shared/catalogues';
import { EVIDENCE_FIELDS, EVIDENCE_WORDS, describeEvidence, evidenceKeys, type EvidenceField } from '../../shared/i18n/evidence';
import { sampleFindings } from './sample-facts';

const CHECKS_DIR = new URL('../../shared/checks/', import.meta.url);

/**
 * Every field name a check can put in its evidence, read from the source:
 * the properties of each object literal assigned to `evidence`, to a
 * variable named like it (evidence, fullEvidence), or spread into one.
 * Reading the source finds the fields of every branch, even those the
 * sample facts below do not reach.
 */
function evidenceFieldsInSource(): Map<string, string> {
  const fields = new Map<string, string>();
  for (const file of readdirSync(CHECKS_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(new URL(file, CHECKS_DIR), 'utf8'), ts.ScriptTarget.Latest, true);
    const collect = (literal: ts.ObjectLiteralExpression) => {
      for (const property of literal.properties) {
        if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && ts.isIdentifier(property.name)) {
          fields.set(property.name.text, file);
        }
      }
    };
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /evidence/i.test(node.name.text) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        collect(node.initializer);
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'evidence' && ts.isObjectLiteralExpression(node.initializer)) {
        collect(node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return fields;
}

let findings: Finding[] = [];

beforeAll(async () => {
  findings = await sampleFindings();
}, 60_000);

describe('helper details (describeEvidence)', () => {
  it('knows every evidence field a check names in its source, and no field no check gives', () => {
    const inSource = evidenceFieldsInSource();
    expect(inSource.size).toBeGreaterThan(80);
    const unknown = [...inSource].filter(([name]) => !(name in EVIDENCE_FIELDS)).map(([name, file]) => `${file}: ${name}`);
    expect(unknown, 'add these to EVIDENCE_FIELDS in shared/i18n/evidence.ts, with labels').toEqual([]);
    expect(Object.keys(EVIDENCE_FIELDS).filter((name) => !inSource.has(name))).toEqual([]);
  });

  it('has a label for every field and words for every enum value, in English (and so in every catalogue)', () => {
    const english: Record<string, string> = CATALOGUES.en;
    const keys = [...EVIDENCE_WORDS, ...Object.keys(EVIDENCE_FIELDS).flatMap((name) => evidenceKeys(name as EvidenceField))];
    expect(keys.filter((key) => !english[key])).toEqual([]);
  });

  it('judges the sample facts into findings of every check', () => {
    const checks = new Set(findings.map((f) => f.check));
    for (const check of ['time.clock', 'time.zone', 'location.permission', 'location.accuracy', 'location.region', 'network.connection', 'storage.quota', 'storage.site-data', 'storage.cache', 'device.browser', 'device.camera', 'photo.file', 'photo.exposure', 'photo.contrast', 'photo.sharpness', 'photo.backlight', 'photo.orientation', 'photo.metadata']) {
      expect(checks, check).toContain(check);
    }
  });

  it('gives every enum value it meets its words', () => {
    const unworded: string[] = [];
    for (const finding of findings) {
      for (const [name, value] of Object.entries(finding.evidence)) {
        const field = (EVIDENCE_FIELDS as Record<string, { kind: string; values?: readonly string[] }>)[name];
        if (field?.kind !== 'enum' || value === null) continue;
        const code = String(value).split(' ')[0]!;
        if (!field.values?.includes(code)) unworded.push(`${finding.check} ${name}=${String(value)}`);
      }
    }
    expect([...new Set(unworded)]).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`labels every figure in ${language.englishName}, and no value reads "null", "undefined" or "[object Object]"`, () => {
      const t = createTranslator(language.code);
      const bad: string[] = [];
      for (const finding of findings) {
        for (const line of describeEvidence(finding.check, finding.evidence, t)) {
          if (line.label === line.name || line.label.startsWith('evidence.')) bad.push(`${finding.check} label ${line.name}`);
          if (/\bnull\b|undefined|\[object Object\]|NaN|evidence\./.test(line.value) || line.value.trim() === '') bad.push(`${finding.check} ${line.name} = ${line.value}`);
        }
      }
      expect([...new Set(bad)]).toEqual([]);
    });
  }

  it('writes units, words and "not known" in the shown language (issue 13: raw `permission granted`, `circleInsideShare 1`, `originError null`)', () => {
    const es = createTranslator('es');
    const lines = describeEvidence('location.region', { permission: 'granted', circleInsideShare: 1, originError: null, accuracyMeters: 3000, bytes: 893_000, secureContext: true }, es);
    const byName = Object.fromEntries(lines.map((l) => [l.name, l]));
    expect(byName.permission).toMatchObject({ label: CATALOGUES.es['evidence.permission'], value: CATALOGUES.es['evidence.permission.granted'] });
    expect(byName.circleInsideShare!.value).toBe('100%');
    expect(byName.originError!.value).toBe(CATALOGUES.es['evidence.none']);
    expect(describeEvidence('location.accuracy', { accuracyMeters: null }, es)[0]!.value).toBe(CATALOGUES.es['evidence.notKnown']);
    expect(byName.accuracyMeters!.value).toBe('3 km');
    expect(byName.bytes!.value).toBe('893 kB');
    expect(byName.secureContext!.value).toBe(CATALOGUES.es['evidence.yes']);
    const en = createTranslator('en');
    expect(describeEvidence('location.accuracy', { accuracyMeters: 25 }, en)[0]).toMatchObject({ label: 'Accuracy', value: '25 m' });
    expect(describeEvidence('time.zone', { deviceOffsetMinutes: -360 }, en)[0]).toMatchObject({ value: 'UTC−6', ltr: true });
    expect(describeEvidence('time.zone', { deviceZone: 'America/Mexico_City' }, es)[0]!.value).toBe('Ciudad de México (America/Mexico_City)');
    expect(describeEvidence('photo.file', { byteLimits: [50_000, 1_500_000] }, en)[0]!.value).toBe('50 kB – 1.5 MB');
    expect(describeEvidence('storage.quota', { quotaMB: 38_147 }, en)[0]!.value).toBe('37.3 GB');
  });

  it("labels the device's own figures for the device checked: the phone's unless told it is this computer", () => {
    const labels = (device?: 'phone' | 'computer', language: 'en' | 'es' = 'en') =>
      describeEvidence('time.zone', { deviceZone: 'America/Tijuana', deviceOffsetMinutes: -480, mobile: false }, device ? translatorOn(createTranslator(language), device) : createTranslator(language)).map((line) => line.label);
    expect(labels()).toEqual(["Phone's time zone", "Phone's UTC offset", 'Phone or tablet']);
    expect(labels('phone')).toEqual(labels());
    // "Phone or tablet: no" asks what kind of device it is, so it stays the same on a computer.
    expect(labels('computer')).toEqual(["Computer's time zone", "Computer's UTC offset", 'Phone or tablet']);
    expect(labels('computer', 'es')).toEqual(['Zona horaria de la computadora', 'Diferencia con UTC de la computadora', 'Teléfono o tableta']);
  });
});
