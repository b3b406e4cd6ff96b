import type { EntitySpec } from './catalog-types.js';
import { randomEmail } from './values/contact.js';
import { randomUrl } from './values/contact.js';
import { randomCryptoAddress } from './values/crypto-address.js';
import { randomIp, randomMac } from './values/network.js';
import { randomCreditCard, randomIban } from './values/payment.js';
import { randomPerson, writePersonName } from './values/people.js';
import { randomPhone } from './values/phone.js';
import { randomPlace } from './values/places.js';
import { randomUsSsn } from './values/national-ids.js';

/** Contact, payment, network and name types, with phrases in every language they appear in. */
export const commonSpecs: readonly EntitySpec[] = [
  {
    type: 'EMAIL_ADDRESS',
    weight: 8,
    generate: (random, language) => randomEmail(random, random.chance(0.85) ? randomPerson(random, language) : undefined),
    phrases: {
      en: ['you can email me at {v}', 'my email is {v}', 'please send it to {v}', 'contact: {v}', 'cc {v} on the thread', 'reply to {v} instead', 'my new address is {v}', 'the invite went to {v} by mistake'],
      es: ['mi correo es {v}', 'escríbeme a {v}', 'enviadlo a {v}'],
      de: ['meine E-Mail-Adresse lautet {v}', 'schreiben Sie mir an {v}', 'bitte an {v} schicken'],
      fr: ['mon adresse e-mail est {v}', 'écrivez-moi à {v}', 'envoyez-le à {v}'],
      it: ['la mia email è {v}', 'scrivetemi a {v}', 'mandatelo a {v}'],
      pt: ['meu e-mail é {v}', 'me escreve em {v}', 'mandem para {v}'],
      pl: ['mój e-mail to {v}', 'proszę pisać na {v}'],
      nl: ['mijn e-mailadres is {v}', 'mail me op {v}'],
      hi: ['मेरा ईमेल {v} है', 'email kar do {v} pe'],
    },
    fields: ['email', 'user_email', 'contactEmail', 'reply_to', 'emailAddress', 'owner'],
  },
  {
    type: 'PHONE_NUMBER',
    weight: 10,
    generate: (random, language) => randomPhone(random, language),
    phrases: {
      en: ['call me on {v}', 'my number is {v}', 'you can reach me at {v}', 'mobile: {v}', 'text {v} when you arrive', 'the office line is {v}', 'he left a voicemail from {v}'],
      es: ['mi teléfono es {v}', 'llámame al {v}', 'móvil: {v}'],
      de: ['meine Telefonnummer ist {v}', 'rufen Sie mich unter {v} an', 'Handy: {v}'],
      fr: ['mon numéro est le {v}', 'appelez-moi au {v}', 'portable : {v}'],
      it: ['il mio numero è {v}', 'chiamatemi al {v}', 'cellulare: {v}'],
      pt: ['meu telefone é {v}', 'me liga no {v}', 'celular: {v}'],
      pl: ['mój numer telefonu to {v}', 'proszę dzwonić pod {v}'],
      nl: ['mijn telefoonnummer is {v}', 'bel me op {v}'],
      hi: ['मेरा नंबर {v} है', 'call karo {v} pe'],
    },
    fields: ['phone', 'mobile', 'phone_number', 'tel', 'contactPhone', 'msisdn'],
  },
  {
    type: 'PERSON',
    weight: 8,
    generate: (random, language) => writePersonName(random, randomPerson(random, language)),
    phrases: {
      en: ['my name is {v}', '{v} from accounts asked about this', 'please ask {v} to call me back', 'I spoke with {v} yesterday', 'this is assigned to {v}', 'the account holder is {v}', '{v} approved the request', 'my manager {v} is in copy'],
      es: ['me llamo {v}', 'hablé ayer con {v}', 'el titular es {v}'],
      de: ['mein Name ist {v}', 'ich habe gestern mit {v} gesprochen', 'Kontoinhaber ist {v}'],
      fr: ['je m’appelle {v}', 'j’ai parlé hier avec {v}', 'le titulaire est {v}'],
      it: ['mi chiamo {v}', 'ho parlato ieri con {v}', 'l’intestatario è {v}'],
      pt: ['meu nome é {v}', 'falei ontem com {v}', 'o titular é {v}'],
      pl: ['nazywam się {v}', 'rozmawiałem wczoraj z {v}'],
      nl: ['mijn naam is {v}', 'ik heb gisteren met {v} gesproken'],
      hi: ['मेरा नाम {v} है', 'maine {v} se baat ki thi'],
    },
    fields: ['name', 'full_name', 'customerName', 'patient', 'assignee', 'displayName', 'contact'],
  },
  {
    type: 'LOCATION',
    weight: 8,
    generate: (random) => randomPlace(random),
    phrases: {
      en: ['I’m based in {v}', 'we are shipping to {v}', 'we are opening an office in {v}', 'I was born in {v}', 'moving to {v} next month', 'the conference in {v} was cancelled', 'our warehouse in {v} is closed today'],
      es: ['vivo en {v}', 'me mudo a {v} el mes que viene', 'nací en {v}'],
      de: ['ich wohne in {v}', 'wir ziehen nach {v}', 'geboren in {v}'],
      fr: ['j’habite à {v}', 'je déménage à {v}', 'né à {v}'],
      it: ['abito a {v}', 'mi trasferisco a {v}', 'nato a {v}'],
      pt: ['moro em {v}', 'vou me mudar para {v}', 'nasci em {v}'],
      pl: ['mieszkam w {v}', 'przeprowadzam się do {v}'],
      nl: ['ik woon in {v}', 'we verhuizen naar {v}'],
      hi: ['मैं {v} में रहता हूँ', 'main {v} shift ho raha hoon'],
    },
    fields: ['city', 'country', 'region', 'birthplace', 'location', 'shipTo'],
  },
  {
    type: 'URL',
    weight: 6,
    generate: (random) => randomUrl(random),
    phrases: {
      en: ['see {v}', 'the link is {v}', 'download it from {v}', 'docs are at {v}', 'I tried {v} but it returns a 404', 'the form at {v} will not load'],
      es: ['el enlace es {v}', 'mira {v}'],
      de: ['der Link ist {v}', 'siehe {v}'],
      fr: ['le lien est {v}', 'voir {v}'],
      it: ['il link è {v}', 'vedi {v}'],
      pt: ['o link é {v}', 'veja {v}'],
      nl: ['de link is {v}'],
    },
    fields: ['url', 'callback_url', 'website', 'redirect_uri', 'link', 'homepage'],
  },
  {
    type: 'CREDIT_CARD',
    weight: 6,
    generate: (random) => randomCreditCard(random),
    phrases: {
      en: ['my card number is {v}', 'card: {v}', 'please charge {v}', 'I paid with {v}', 'the card on file is {v}', 'refund it to {v}'],
      es: ['mi tarjeta es la {v}', 'número de tarjeta: {v}'],
      de: ['meine Kreditkarte: {v}', 'Kartennummer {v}'],
      fr: ['ma carte bancaire : {v}', 'numéro de carte {v}'],
      it: ['carta di credito {v}', 'il numero della carta è {v}'],
      pt: ['número do cartão: {v}', 'paguei com o cartão {v}'],
      pl: ['numer karty: {v}'],
      nl: ['creditcardnummer {v}'],
    },
    fields: ['card_number', 'cardNumber', 'cc', 'pan_number', 'card'],
    kindWeights: { log: 0.5 },
  },
  {
    type: 'IBAN_CODE',
    weight: 5,
    generate: (random, language) => randomIban(random, language),
    phrases: {
      en: ['IBAN: {v}', 'please transfer it to {v}', 'our account is {v}', 'the refund should go to {v}'],
      es: ['mi IBAN es {v}', 'cuenta: {v}'],
      de: ['IBAN: {v}', 'bitte auf {v} überweisen'],
      fr: ['IBAN : {v}', 'virement sur {v}'],
      it: ['IBAN {v}', 'il mio conto è {v}'],
      pt: ['IBAN {v}'],
      pl: ['numer rachunku: {v}'],
      nl: ['mijn rekeningnummer is {v}', 'IBAN {v}'],
    },
    fields: ['iban', 'bank_account', 'payoutIban', 'account'],
  },
  {
    type: 'US_SSN',
    weight: 4,
    generate: (random) => randomUsSsn(random),
    phrases: { en: ['my SSN is {v}', 'social security number: {v}', 'SSN {v}', 'the employee’s social security no. is {v}'] },
    fields: ['ssn', 'social_security_number', 'SSN'],
    national: { bareFields: ['ref', 'document', 'id_value', 'external_id'], namingWords: ['ssn', 'social security'] },
    homeLanguage: 'en',
  },
  {
    type: 'IP_ADDRESS',
    weight: 7,
    generate: (random) => randomIp(random),
    phrases: {
      en: ['the request came from {v}', 'please whitelist {v}', 'the server at {v} is not responding', 'blocked login from {v}', 'my IP is {v}'],
      de: ['der Server {v} antwortet nicht', 'Zugriff von {v}'],
      fr: ['connexion depuis {v}', 'le serveur {v} ne répond plus'],
      es: ['acceso desde {v}'],
      pt: ['acesso de {v}'],
    },
    fields: ['ip', 'client_ip', 'remote_addr', 'source_ip', 'host', 'peer'],
    kindWeights: { log: 4, json: 2, csv: 1.5 },
  },
  {
    type: 'MAC_ADDRESS',
    weight: 3,
    generate: (random) => randomMac(random),
    phrases: { en: ['the MAC address is {v}', 'device {v} keeps dropping off the network', 'register {v} on the guest Wi-Fi'], de: ['MAC-Adresse {v}'] },
    fields: ['mac', 'mac_address', 'device_mac', 'hwaddr'],
    kindWeights: { log: 3, json: 2, csv: 1.5 },
  },
  {
    type: 'CRYPTO',
    weight: 4,
    generate: (random) => randomCryptoAddress(random),
    phrases: { en: ['send it to my wallet {v}', 'my BTC address is {v}', 'payout address: {v}', 'the deposit went to {v}', 'donations: {v}'], es: ['mi cartera: {v}'], de: ['meine Wallet: {v}'] },
    fields: ['wallet', 'address', 'payout_address', 'btc', 'eth_address'],
  },
];
