import type { Recognizer } from '../../types.js';
import { auTfnRecognizer } from './au-tfn.js';
import { brCpfRecognizer } from './br-cpf.js';
import { caSinRecognizer } from './ca-sin.js';
import { deTaxIdRecognizer } from './de-tax-id.js';
import { esNieRecognizer } from './es-nie.js';
import { esNifRecognizer } from './es-nif.js';
import { frNirRecognizer } from './fr-nir.js';
import { inAadhaarRecognizer } from './in-aadhaar.js';
import { inPanRecognizer } from './in-pan.js';
import { itFiscalCodeRecognizer } from './it-fiscal-code.js';
import { nlBsnRecognizer } from './nl-bsn.js';
import { plPeselRecognizer } from './pl-pesel.js';
import { sePersonnummerRecognizer } from './se-personnummer.js';
import { ukNhsRecognizer } from './uk-nhs.js';
import { ukNinoRecognizer } from './uk-nino.js';

/** National identifiers with their checksums, one file each. Add one: a file, its test, one line here. */
export const nationalIdRecognizers: readonly Recognizer[] = [
  auTfnRecognizer,
  brCpfRecognizer,
  caSinRecognizer,
  deTaxIdRecognizer,
  esNieRecognizer,
  esNifRecognizer,
  frNirRecognizer,
  inAadhaarRecognizer,
  inPanRecognizer,
  itFiscalCodeRecognizer,
  nlBsnRecognizer,
  plPeselRecognizer,
  sePersonnummerRecognizer,
  ukNhsRecognizer,
  ukNinoRecognizer,
];
