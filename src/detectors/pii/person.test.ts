import { describe, expect, it } from 'vitest';
import { createTextViews } from '../../text/views.js';
import { createRecognizerDetector } from '../recognizer-detector.js';
import { locationRecognizer } from './location.js';
import { personRecognizer } from './person.js';

/** Names reported at or above the engine's 0.5 threshold, as the text they cover. */
function names(text: string): string[] {
  return personRecognizer
    .recognize(text)
    .filter((match) => match.score >= 0.5)
    .map((match) => text.slice(match.start, match.end));
}

function scoreOf(text: string, name: string): number {
  const start = text.indexOf(name);
  return personRecognizer.recognize(text).find((match) => match.start === start && match.end === start + name.length)?.score ?? 0;
}

describe('personRecognizer', () => {
  it('declares the PERSON entity and runs on the engine default views', () => {
    expect(personRecognizer.id).toBe('person');
    expect(personRecognizer.entity).toBe('PERSON');
    expect(personRecognizer.views).toBeUndefined();
    expect(personRecognizer.recognize('')).toEqual([]);
  });

  it('finds a given name with a surname, with exact spans', () => {
    const text = 'Maria Garcia called about her order.';
    expect(personRecognizer.recognize(text)).toEqual([{ start: 0, end: 12, score: 0.85 }]);
  });

  it('finds names with initials, hyphens, apostrophes, particles and non-ASCII letters', () => {
    expect(names('Send it to John A. Smith today')).toEqual(['John A. Smith']);
    expect(names('Jean-Luc Picard has the bridge')).toEqual(['Jean-Luc Picard']);
    expect(names("ask Siobhan O'Neill first")).toEqual(["Siobhan O'Neill"]);
    expect(names('Maria de la Cruz and Ludwig van Beethoven')).toEqual(['Maria de la Cruz', 'Ludwig van Beethoven']);
    expect(names('Łukasz Kowalski, Ayşe Yılmaz and Ana Lúcia Ferreira')).toEqual(['Łukasz Kowalski', 'Ayşe Yılmaz', 'Ana Lúcia Ferreira']);
    expect(names('J. Smith signed the form')).toEqual(['J. Smith']);
    expect(names('Maria Okonkwo-Bello and Anne-Sophie Kowalczyk-Nowak')).toEqual(['Maria Okonkwo-Bello', 'Anne-Sophie Kowalczyk-Nowak']);
  });

  it('finds family-name-first names', () => {
    expect(names('Nguyen Van An joined the Hanoi team.')).toEqual(['Nguyen Van An']);
    expect(names('Call Kim Min-jun tomorrow')).toEqual(['Kim Min-jun']);
    expect(names('Tanaka Hiroshi approved it')).toEqual(['Tanaka Hiroshi']);
  });

  it('finds the name after a title, leaving the title out of the span', () => {
    const text = 'Dear Dr. Okafor, Mrs Patel and Herr Müller met Sra. López.';
    expect(names(text)).toEqual(['Okafor', 'Patel', 'Müller', 'López']);
    expect(personRecognizer.recognize(text)[0]).toEqual({ start: 9, end: 15, score: 0.85 });
  });

  it('takes a given name alone only after a cue', () => {
    expect(names("Hi, I'm Grace from billing")).toEqual(['Grace']);
    expect(names('Thanks,\nDavid')).toEqual(['David']);
    expect(names('Best regards,\n\nPriya')).toEqual(['Priya']);
    expect(names('Dear Will, the parcel is late.')).toEqual(['Will']);
    expect(names('This is Jordan from support.')).toEqual(['Jordan']);
    expect(names('Can you ask Tom to resend it?')).toEqual(['Tom']);
    expect(names('Sophie and Lucas will join')).toEqual(['Sophie', 'Lucas']);
    expect(names('Maria said the package arrived')).toEqual(['Maria']);
    expect(names('Maria will check the package')).toEqual([]);
    expect(scoreOf('Maria will check the package', 'Maria')).toBe(0.3);
  });

  it('takes any capitalized words after "my name is", "name:" and "signed,"', () => {
    expect(names('Hello, my name is Zoltan Kiss.')).toEqual(['Zoltan Kiss']);
    expect(names("My name's Inigo.")).toEqual(['Inigo']);
    expect(names('Signed, Zoltar')).toEqual(['Zoltar']);
    expect(names('Me llamo Xochitl.')).toEqual(['Xochitl']);
  });

  it('reads e-mail headers, support tickets and JSON', () => {
    expect(names('From: Kenji Tanaka <kenji@example.jp>\nCc: Anna Kowalczyk; Piotr Nowak')).toEqual(['Kenji Tanaka', 'Anna Kowalczyk', 'Piotr Nowak']);
    const ticket = 'Ticket #4411\nCustomer: Olumide Adeyemi\nAssignee: Jordan\nStatus: open';
    expect(names(ticket)).toEqual(['Olumide Adeyemi', 'Jordan']);
    const json = '{"name": "Chen Wei", "city": "São Paulo", "note": "Will call back"}';
    expect(personRecognizer.recognize(json).filter((match) => match.score >= 0.5)).toEqual([{ start: 10, end: 18, score: 0.9 }]);
  });

  it('reads e-mail display names, signatures and name fields, whatever the lexicon knows', () => {
    expect(names('From: Ulises Tlapanco <ulises@example.mx>')).toEqual(['Ulises Tlapanco']);
    expect(names('That is not a valid number. — Desmond')).toEqual(['Desmond']);
    expect(names('Thanks in advance.\n\nLennart')).toEqual(['Lennart']);
    expect(names('{"customerName": "Krzysztof Nowak", "first_name": "Zbyszko"}')).toEqual(['Krzysztof Nowak', 'Zbyszko']);
    expect(names('filename: Report.pdf')).toEqual([]);
    expect(names('Prepared by: Anirban N. Bhattacharya')).toEqual(['Anirban N. Bhattacharya']);
  });

  it('reads greetings, sign-offs and mentions in several languages', () => {
    expect(names('Liebe Ulrike,\nvielen Dank.\nMit freundlichen Grüßen\nTorsten')).toEqual(['Ulrike', 'Torsten']);
    expect(names('Gentile Alessandro Rossi, grazie.')).toEqual(['Alessandro Rossi']);
    expect(names('Panie Wojciech, dziękuję. Rozmawiałem z Bartłomiej')).toEqual(['Wojciech', 'Bartłomiej']);
    expect(names('Le titulaire est Thibault Delacroix.')).toEqual(['Thibault Delacroix']);
    expect(names('Dear Aurélien Mercier,')).toEqual(['Aurélien Mercier']);
  });

  it('extends a name over initials, particles and an unknown last word', () => {
    expect(names('Femke F. van der Berg and Katarzyna A. Brzęczyszczykiewicz')).toEqual(['Femke F. van der Berg', 'Katarzyna A. Brzęczyszczykiewicz']);
    expect(names('Rocío Gómez de la Serna and Ngọc Anh Lê')).toEqual(['Rocío Gómez de la Serna', 'Ngọc Anh Lê']);
    expect(names('Appendix B. Results')).toEqual([]);
  });

  it('reports nothing for ambiguous word-names without a cue', () => {
    expect(personRecognizer.recognize('I will mark the bill')).toEqual([]);
    expect(personRecognizer.recognize('Will you mark the bill? Frank feedback helps.')).toEqual([]);
    expect(names('Grace period ends on June 30. May I ask why?')).toEqual([]);
  });

  it('reports nothing for capitalized common words, products, months and days', () => {
    expect(personRecognizer.recognize('The Apple Watch and Amazon Web Services both failed.')).toEqual([]);
    expect(personRecognizer.recognize('Reading the logs on Monday in March, Nothing Else Matters.')).toEqual([]);
    expect(names('Hi Team, Hello World, Dear Customer')).toEqual([]);
    expect(names('Hey Siri, ask Alexa')).toEqual([]);
    expect(names('hey\n\nHe left a voicemail. The Washington Post agreed.')).toEqual([]);
  });

  it('reports nothing inside code', () => {
    expect(personRecognizer.recognize('class Jordan extends Person {}')).toEqual([]);
    expect(names('class Maria extends Base {}')).toEqual([]);
    expect(names('const user = getMaria(); user.Maria_id = MariaGarcia;')).toEqual([]);
    expect(names('From: Harrison+shop@example.com')).toEqual([]);
  });

  it('scores ALL-CAPS text lower', () => {
    expect(scoreOf('JOHN SMITH', 'JOHN SMITH')).toBeCloseTo(0.55);
    expect(names('QUARTERLY REPORT FOR JORDAN')).toEqual([]);
    expect(names('MARIA')).toEqual([]);
  });

  it('leaves places of several words to the location recognizer', () => {
    expect(names('Our São Paulo and Rio de Janeiro offices')).toEqual([]);
    expect(names('Paris Hilton was spotted')).toEqual(['Paris Hilton']);
  });

  it('is found through the normalized and decoded views, with spans in the original text', () => {
    const detector = createRecognizerDetector({ id: 'pii', description: 'names and places', recognizers: [personRecognizer, locationRecognizer] });
    const found = (text: string): string[] =>
      detector.scan({ views: createTextViews(text), stage: 'input' }).findings.map((finding) => `${finding.type} ${text.slice(finding.start, finding.end)}`);
    expect(found('Ｍａｒｉａ Ｇａｒｃｉａ lives in Ｌｉｍａ')).toEqual(['PERSON Ｍａｒｉａ Ｇａｒｃｉａ', 'LOCATION Ｌｉｍａ']);
    expect(found('Ma\u200bria Garcia from São Paulo')).toEqual(['PERSON Ma\u200bria Garcia', 'LOCATION São Paulo']);
    expect(found('GET /save?name=Maria%20Garcia&city=S%C3%A3o%20Paulo')).toEqual(['PERSON Maria%20Garcia', 'LOCATION S%C3%A3o%20Paulo']);
  });

  it('finishes on pathological input in linear time', () => {
    const quarter = 256 * 1024;
    const inputs = ['Aa '.repeat(350_000), 'a'.repeat(1_000_000), 'A'.repeat(quarter), 'Dr. '.repeat(quarter / 4), 'San '.repeat(quarter / 4), "O'".repeat(quarter / 2)];
    for (const input of inputs) {
      const started = performance.now();
      const matches = personRecognizer.recognize(input);
      expect(matches).toEqual([]);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    const many = personRecognizer.recognize('Maria Garcia, '.repeat(20_000));
    expect(many).toHaveLength(20_000);
    expect(many[1]).toEqual({ start: 14, end: 26, score: 0.85 });
  });
});
