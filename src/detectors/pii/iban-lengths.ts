/**
 * IBAN length per country code (ISO 13616 registry): SEPA members first, then the other
 * countries that issue IBANs. Add a country: one entry here.
 */
export const ibanLengths: Readonly<Record<string, number>> = {
  // SEPA
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27,
  VA: 22, AL: 28, ME: 22, MK: 19, MD: 24, RS: 22,
  // French overseas territories use FR's format
  GF: 27, GP: 27, MQ: 27, RE: 27, PF: 27, TF: 27, YT: 27, NC: 27, PM: 27, WF: 27, BL: 27, MF: 27,
  // other IBAN countries
  AE: 23, AZ: 28, BA: 20, BH: 22, BI: 27, BR: 29, BY: 28, CR: 22, DJ: 27, DO: 28, EG: 29, FK: 18,
  FO: 18, GE: 22, GL: 18, GT: 28, IL: 23, IQ: 23, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LY: 25,
  MN: 20, MR: 27, MU: 30, NI: 28, OM: 23, PK: 24, PS: 29, QA: 29, RU: 33, SA: 24, SC: 31, SD: 18,
  SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20, YE: 30,
};
