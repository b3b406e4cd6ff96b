import type { EntitySpec } from './catalog-types.js';
import {
  randomAadhaar,
  randomBsn,
  randomCpf,
  randomGermanTaxId,
  randomItalianFiscalCode,
  randomNhsNumber,
  randomNino,
  randomNir,
  randomPan,
  randomPesel,
  randomSin,
  randomSpanishNie,
  randomSpanishNif,
  randomTfn,
} from './values/national-ids.js';

const bareFields = ['ref', 'document', 'id_value', 'external_id', 'customer_ref', 'number'];
const national = (...namingWords: string[]) => ({ bareFields, namingWords });
const weight = 3;

/** National identifiers; phrases and fields here all carry the naming word. */
export const nationalSpecs: readonly EntitySpec[] = [
  {
    type: 'UK_NHS', weight, national: national('nhs'), homeLanguage: 'en', generate: (random) => randomNhsNumber(random),
    phrases: { en: ['my NHS number is {v}', 'NHS no. {v}', 'patient NHS number: {v}', 'her NHS number is {v} if that helps'] },
    fields: ['nhs_number', 'nhsNumber', 'NHS number', 'nhs_no'],
  },
  {
    type: 'UK_NINO', weight, national: national('national insurance', 'ni number', 'ni_number', 'nino'), homeLanguage: 'en', generate: (random) => randomNino(random),
    phrases: { en: ['my National Insurance number is {v}', 'NI number: {v}', 'NINO {v}', 'national insurance no. {v}'] },
    fields: ['ni_number', 'nino', 'national_insurance_number', 'NI number'],
  },
  {
    type: 'CA_SIN', weight, national: national('sin', 'social insurance', 'assurance sociale', 'nas'), homeLanguage: 'en', generate: (random) => randomSin(random),
    phrases: { en: ['my SIN is {v}', 'Social Insurance Number: {v}', 'SIN {v}'], fr: ['mon numéro d’assurance sociale est le {v}', 'NAS : {v}'] },
    fields: ['sin', 'social_insurance_number', 'SIN'],
  },
  {
    type: 'ES_NIF', weight, national: national('dni', 'nif'), homeLanguage: 'es', generate: (random) => randomSpanishNif(random),
    phrases: { es: ['mi DNI es {v}', 'NIF: {v}', 'con DNI {v}', 'el NIF del titular es {v}'], en: ['my Spanish DNI is {v}', 'NIF {v}'] },
    fields: ['dni', 'nif', 'DNI', 'nif_titular'],
  },
  {
    type: 'ES_NIE', weight, national: national('nie', 'extranjero'), homeLanguage: 'es', generate: (random) => randomSpanishNie(random),
    phrases: { es: ['mi NIE es {v}', 'NIE: {v}', 'número de identidad de extranjero {v}'], en: ['my NIE is {v}', 'NIE number {v}'] },
    fields: ['nie', 'NIE', 'numero_nie'],
  },
  {
    type: 'IT_FISCAL_CODE', weight, national: national('codice', 'fiscal', 'c.f.', 'cf'), homeLanguage: 'it', generate: (random) => randomItalianFiscalCode(random),
    phrases: { it: ['il mio codice fiscale è {v}', 'codice fiscale: {v}', 'C.F. {v}', 'cod. fiscale {v}'], en: ['my Italian codice fiscale is {v}', 'fiscal code {v}'] },
    fields: ['codice_fiscale', 'codiceFiscale', 'cf', 'fiscal_code'],
  },
  {
    type: 'IN_AADHAAR', weight, national: national('aadhaar', 'आधार', 'uid'), homeLanguage: 'hi', generate: (random) => randomAadhaar(random),
    phrases: { hi: ['मेरा आधार नंबर {v} है', 'Aadhaar no. {v}', 'आधार: {v}'], en: ['my Aadhaar number is {v}', 'Aadhaar: {v}', 'UIDAI Aadhaar {v}'] },
    fields: ['aadhaar', 'aadhaar_number', 'aadhaarNo', 'uid'],
  },
  {
    type: 'IN_PAN', weight, national: national('pan'), homeLanguage: 'hi', generate: (random) => randomPan(random),
    phrases: { hi: ['मेरा PAN {v} है', 'PAN card: {v}'], en: ['my PAN is {v}', 'PAN: {v}', 'income tax PAN {v}'] },
    fields: ['pan', 'pan_number', 'PAN', 'panCard'],
  },
  {
    type: 'PL_PESEL', weight, national: national('pesel'), homeLanguage: 'pl', generate: (random) => randomPesel(random),
    phrases: { pl: ['mój numer PESEL to {v}', 'PESEL: {v}', 'nr PESEL {v}'], en: ['my PESEL is {v}', 'PESEL number {v}'] },
    fields: ['pesel', 'PESEL', 'nr_pesel'],
  },
  {
    type: 'AU_TFN', weight, national: national('tfn', 'tax file', 'tax_file'), homeLanguage: 'en', generate: (random) => randomTfn(random),
    phrases: { en: ['my tax file number is {v}', 'TFN: {v}', 'TFN {v} for the payroll form'] },
    fields: ['tfn', 'tax_file_number', 'TFN'],
  },
  {
    type: 'DE_TAX_ID', weight, national: national('steuer', 'idnr'), homeLanguage: 'de', generate: (random) => randomGermanTaxId(random),
    phrases: { de: ['meine Steuer-ID lautet {v}', 'Steueridentifikationsnummer: {v}', 'steuerliche Identifikationsnummer {v}', 'IdNr. {v}'], en: ['my German tax ID (Steuer-ID) is {v}', 'Steuer-ID {v}'] },
    fields: ['steuer_id', 'steuerId', 'Steuer-ID', 'idnr'],
  },
  {
    type: 'NL_BSN', weight, national: national('bsn', 'burgerservice'), homeLanguage: 'nl', generate: (random) => randomBsn(random),
    phrases: { nl: ['mijn BSN is {v}', 'burgerservicenummer: {v}', 'BSN {v}'], en: ['my BSN is {v}', 'Dutch BSN {v}'] },
    fields: ['bsn', 'BSN', 'burgerservicenummer'],
  },
  {
    type: 'FR_NIR', weight, national: national('nir', 'sécu', 'secu', 'sécurité sociale'), homeLanguage: 'fr', generate: (random) => randomNir(random),
    phrases: { fr: ['mon numéro de sécurité sociale est le {v}', 'n° de sécu : {v}', 'NIR {v}', 'numéro de sécurité sociale : {v}'], en: ['my French social security number (NIR) is {v}'] },
    fields: ['nir', 'numero_secu', 'NIR', 'securite_sociale'],
  },
  {
    type: 'BR_CPF', weight, national: national('cpf'), homeLanguage: 'pt', generate: (random) => randomCpf(random),
    phrases: { pt: ['meu CPF é {v}', 'CPF: {v}', 'CPF do titular {v}', 'segue o CPF {v}'], en: ['my CPF is {v}', 'Brazilian CPF {v}'] },
    fields: ['cpf', 'CPF', 'cpf_titular'],
  },
];
