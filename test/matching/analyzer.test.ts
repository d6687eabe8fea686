import fc from 'fast-check';
import { EVAL_SETS, resolve } from '../../eval/sets';
import { Analyzer, asksNothing } from '../../src/matching/analyzer';
import { typing } from '../../src/matching/normalize';
import { SpellingCorrector } from '../../src/matching/spelling';
import { WORKPLACE_SYNONYMS } from '../../src/matching/workplace-vocabulary';
import { loadValid } from '../helpers/knowledge';

describe('Analyzer.plainTerms (the one-pass analysis of answers)', () => {
  const analyzer = new Analyzer([['peo', 'professional employer organization'], ...WORKPLACE_SYNONYMS], ['acme']);
  const slow = (text: string) => ({
    words: [...new Set(analyzer.words(text))],
    terms: analyzer.terms(analyzer.words(text)),
  });

  it('gives the same words and terms as analysing word by word, for every answer of every knowledge base', () => {
    const folders = [...new Set(EVAL_SETS.map(({ knowledge }) => knowledge))];
    const answers = folders.flatMap((folder) => loadValid(resolve(folder)).faqs.map(({ answer }) => answer));
    expect(answers.length).toBeGreaterThan(200);
    for (const answer of answers) expect(analyzer.plainTerms(answer)).toEqual(slow(answer));
  });

  it('reads synonym phrases, one-word synonyms, filler and repeats as the word-by-word analysis does', () => {
    const text = 'Our Professional Employer Organisation (PEO) pays paid time off; the PTO is paid. Acme rocks.';
    expect(analyzer.plainTerms(text)).toEqual(slow(text));
    expect(analyzer.plainTerms(text).terms).toContain('peo');
    expect(analyzer.plainTerms(text).terms).not.toContain('acm');
    expect(analyzer.plainTerms('')).toEqual({ words: [], terms: [] });
  });

  it('agrees with the word-by-word analysis on generated text', () => {
    const vocabulary = ['paid', 'time', 'off', 'pto', 'the', 'professional', 'employer', 'organisation', 'w-2', 'our'];
    const word = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(analyzer.plainTerms(text)).toEqual(slow(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('Analyzer.read (a question)', () => {
  const analyzer = new Analyzer([]);
  const vocabulary = { has: () => false, knows: () => true };
  const terms = (text: string) =>
    analyzer.read(analyzer.words(text), vocabulary, typing(text)).terms.map(({ term }) => term);

  it('keeps "team" as a topic word ("switching teams"), but not the team a greeting addresses', () => {
    expect(terms('can I switch teams')).toEqual(['switch', 'team']);
    expect(terms('hi team, how do I request PTO?')).toEqual(terms('how do I request PTO?'));
    expect(terms('thanks team! is dating someone on my team ok')).toEqual(['date', 'team']);
  });

  it('drops the time of day of a greeting that opens a message, in several languages, and only there', () => {
    for (const greeting of ['buenos días a todos!!', 'good morning team', 'bom dia pessoal', 'hi, good afternoon']) {
      expect(terms(greeting)).toEqual([]);
    }
    expect(terms('hola buenos días, cuántos días de vacaciones tengo?')).toEqual(
      terms('cuántos días de vacaciones tengo?'),
    );
    // ("morning all", "evening folks": a time of day alone, greeting those it names, greets too)
    for (const greeting of ['morning all', 'evening folks!', 'hey, afternoon everyone', 'evening']) {
      expect(terms(greeting)).toEqual([]);
    }
    expect(terms('evening shift differential')).toEqual(expect.arrayContaining(['even', 'shift']));
    // (as typed, before Spanish is read as English: "equipo" is a team greeted, not equipment)
    expect(terms('hola equipo, cuántos días de vacaciones tengo?')).toEqual(terms('cuántos días de vacaciones tengo?'));
    expect(terms('buenas tardes')).toEqual([]);
    // (a day, a night or a team asked about stays, and so does a greeting's time of day followed by a topic)
    expect(terms('is friday a good day to ask for time off')).toContain('day');
    expect(terms('do we get a good night shift allowance')).toEqual(expect.arrayContaining(['night', 'shift']));
    expect(terms('good night shift pay?')).toEqual(expect.arrayContaining(['night', 'shift']));
    expect(terms('how do I transfer to the evening team')).toEqual(expect.arrayContaining(['even', 'team']));
    expect(terms('do we get paid more for nights and evening')).toContain('even');
  });
});

describe('asksNothing: a message that tries the bot out or judges its last answer', () => {
  it('asks nothing in "test", "testing 123", "wrong answer", "that didn\'t help", "not what I asked"', () => {
    for (const text of [
      'test',
      'testing 123',
      'hi bot, test',
      'wrong answer',
      "that didn't help",
      'not what I asked',
    ]) {
      expect(asksNothing(new Analyzer([]).words(text))).toBe(true);
    }
    expect(asksNothing(new Analyzer([]).words('this is wrong lol'))).toBe(true);
  });

  it('asks something in any message with a word of its own ("my pay is wrong", "drug test")', () => {
    for (const text of ['my pay is wrong', 'drug test', 'test results from the clinic', 'is the EAP helpful', '']) {
      expect(asksNothing(new Analyzer([]).words(text))).toBe(false);
    }
    // (nor is a message without a verdict one: "is it?", "what is this")
    expect(asksNothing(new Analyzer([]).words('what is this'))).toBe(false);
  });
});

describe('Analyzer.read: words typed apart that the knowledge base writes joined', () => {
  const analyzer = new Analyzer([]);
  // "payslip" in an FAQ's question; "harvestlane" only in answers, an email domain ("hr@harvestlane.com").
  const vocabulary = {
    has: (word: string) => ['payslip', 'harvestlane', 'pay', 'slip', 'harvest', 'lane'].includes(word),
    knows: () => true,
    joins: (word: string) => word === 'payslip',
  };
  const terms = (text: string) => analyzer.read(analyzer.words(text), vocabulary).terms.map(({ term }) => term);

  it("join into a word the FAQs' phrasings write joined, not into one only answers do", () => {
    expect(terms('where is my pay slip')).toEqual(['payslip']);
    expect(terms('does harvest lane sponsor visas')).toEqual(['harvest', 'lane', 'sponsor', 'visa']);
  });
});

describe('Analyzer: other languages mixed into English', () => {
  const vocabulary = { has: () => false, knows: () => true };
  const termsOf = (analyzer: Analyzer, text: string) =>
    analyzer.read(analyzer.words(text), vocabulary, typing(text)).terms.map(({ term }) => term);

  it('drops the function words of Spanish as typed without accents, as it does Taglish and Hinglish', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'como saco el W2?')).toEqual(['saco', 'w2']);
    expect(termsOf(analyzer, '¿Cuándo es el día de pago?')).toEqual(['day', 'pay']);
    expect(termsOf(analyzer, 'pano mag-file ng leave')).toEqual(termsOf(analyzer, 'mag-file leave'));
  });

  it('drops Singlish particles and everyday Malay, but not ADA', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'AL boleh carry forward ke? can claim or not ah')).toEqual(
      termsOf(analyzer, 'AL carry forward? claim'),
    );
    expect(termsOf(analyzer, 'ADA accommodation lah')).toEqual(['ada', 'accommod']);
  });

  it('reads everyday Spanish words as the English ones an FAQ uses, unless the knowledge base keeps them', () => {
    const analyzer = new Analyzer([]);
    // ("si" goes too: with two Spanish words read, the question is written in Spanish)
    expect(termsOf(analyzer, 'me pagaron doble si trabajo el 4 de julio?')).toEqual(
      termsOf(analyzer, 'me pay double work el 4 de julio?'),
    );
    expect(analyzer.readsAsEnglish('pagaron')).toBe(true);
    expect(analyzer.readsAsEnglish('pagan')).toBe(false); // an English word, left out
    // A one-word keyword is the knowledge base's own word: "Forma", a benefits platform, is not Spanish "form".
    const withForma = new Analyzer([], [], ['forma']);
    expect(withForma.readsAsEnglish('forma')).toBe(false);
    expect(termsOf(withForma, 'forma stipend')).toEqual(['forma', 'stipend']);
    expect(termsOf(analyzer, 'forma stipend')).toEqual(['form', 'stipend']);
  });

  it('reads everyday French as English, an elided article or pronoun included, and drops its function words', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, "est-ce que l'employeur paie les heures supplémentaires?")).toEqual(
      termsOf(analyzer, 'employer pay hours overtime'),
    );
    expect(termsOf(analyzer, "combien d'heures de congé j'ai")).toEqual(termsOf(analyzer, 'hours leave'));
    expect(analyzer.readsAsEnglish('conge')).toBe(true);
    // French function words are dropped as written, never by stem: "faire" is not "fair", nor "ils" "IL".
    expect(termsOf(analyzer, 'Fair Work claim in IL')).toEqual(['fair', 'claim', 'il']);
    // Nor is a word whose remainder is short read as elided ("June" is not "j'une"), nor an English word
    // ("devalue" is not "d'evalue"), nor a remainder that is Spanish ("Susan" is not "s'usan").
    expect(termsOf(analyzer, 'June dental')).toEqual(['june', 'dental']);
    expect(analyzer.readsAsEnglish('evalue')).toBe(true);
    expect(termsOf(analyzer, 'devalue')).toEqual(['devalu']);
    expect(termsOf(analyzer, 'Susan')).toEqual(['susan']);
    // A closed-up elision is a filler too: "aujourd'hui", "qu'il".
    expect(termsOf(analyzer, "aujourd'hui qu'il")).toEqual([]);
  });

  it('drops function words that are English abbreviations too only in a question written in another language', () => {
    const analyzer = new Analyzer([]);
    // French "ça", "il", "y"; Tagalog "sa", "po", "na"; Spanish "mi", "o", "en"
    expect(termsOf(analyzer, 'ca fait 2 ans que je touche pareil, il y a un souci?')).toEqual(
      termsOf(analyzer, 'fait 2 ans touche pareil souci'),
    );
    expect(termsOf(analyzer, 'pano po mag file ng leave sa portal? regular na ako')).toEqual(
      termsOf(analyzer, 'file leave portal regular'),
    );
    expect(termsOf(analyzer, 'cuando llega mi w2 o el 1095 en el correo? gracias')).toEqual(
      termsOf(analyzer, 'llega w2 1095 correo'),
    );
    // In English they are words: California, Illinois, South Africa, not applicable, Michigan.
    expect(termsOf(analyzer, 'ca or il sick leave, sa office, na for mi staff?')).toEqual(
      expect.arrayContaining(['ca', 'il', 'sa', 'na', 'mi']),
    );
    // Nor do other languages' filler words of two letters ("ko", "ba", "ng"), or that are English words too
    // ("lah", "lor"), or that the knowledge base keeps, make a question foreign.
    expect(termsOf(analyzer, 'ko ba ng sa leave')).toContain('sa');
    expect(termsOf(analyzer, 'lah lor sa office')).toContain('sa');
    expect(termsOf(new Analyzer([], [], ['pano', 'naman']), 'pano naman sa office')).toContain('sa');
    // Short or English-looking words of other languages do not make a question foreign ("la", "de", "el",
    // "ah", "lah"): "staff in CA, LA, DE and PA", "Maria de la Cruz, moving to the va office", "PO or not ah? lah".
    expect(termsOf(analyzer, 'Maria de la Cruz, moving to the va office')).toContain('va');
    expect(termsOf(analyzer, 'can claim po or not ah? lah')).toContain('po');
    // Typed in capitals, it is an abbreviation even in a question in another language: the VA, a PA.
    expect(termsOf(analyzer, 'como uso mis beneficios del VA, gracias')).toContain('va');
    expect(termsOf(analyzer, 'como uso mis beneficios del va, gracias')).not.toContain('va');
    // A message typed all in capitals says nothing by its capitals.
    expect(termsOf(analyzer, 'PANO PO MAG FILE NG LEAVE SA PORTAL? REGULAR NA AKO')).toEqual(
      termsOf(analyzer, 'file leave portal regular'),
    );
    // A knowledge base that uses one in its own right keeps it.
    const foreign = 'pano po mag file ng leave sa opisina naman';
    expect(termsOf(analyzer, foreign)).not.toContain('sa');
    expect(termsOf(new Analyzer([], [], ['sa']), foreign)).toContain('sa');
  });

  it('reads texting French and its verb forms as English', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'jsais pas si ma paie est bonne, tkt')).toEqual(termsOf(analyzer, 'pay bonne'));
    expect(termsOf(analyzer, "c'est mon taf de cariste au magasin, jsais pas quoi")).toEqual(
      termsOf(analyzer, 'job forklift store'),
    );
    expect(termsOf(analyzer, "j'ai envoye mon rdv a la drh")).toEqual(termsOf(analyzer, 'send appointment hr'));
    // Abbreviations of work stay as they are: STP (Single Touch Payroll), CPF (Singapore's pension), and PAYE
    // is not French "paye" (pay).
    expect(termsOf(analyzer, 'STP and CPF')).toEqual(['stp', 'cpf']);
    expect(analyzer.readsAsEnglish('paye')).toBe(false);
    // Nor are words that are abbreviations at work, or read two ways, read as French.
    for (const word of ['cpf', 'cgt', 'cpe', 'msa', 'pvt', 'caf', 'jrs', 'partir', 'valide']) {
      expect(analyzer.readsAsEnglish(word)).toBe(false);
    }
    expect(analyzer.isFiller('moins')).toBe(false);
  });

  it('reads everyday Swahili and Sheng as English and drops their function words', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'niaje, nimeamka na homa, nifanye nini?')).toEqual(termsOf(analyzer, 'nimeamka fever'));
    expect(termsOf(analyzer, 'likizo yangu imeisha')).toEqual(termsOf(analyzer, 'leave imeisha'));
    expect(analyzer.readsAsEnglish('mshahara')).toBe(true);
    // Nor is a Swahili word that is also English ("pole", sorry) read as anything else.
    expect(termsOf(analyzer, 'pole vault')).toEqual(['pole', 'vault']);
  });

  it('reads Polish and Norwegian words as English, diacritics or none, and drops their function words', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'kiedy jest wypłata? dzięki')).toEqual(termsOf(analyzer, 'pay'));
    expect(termsOf(analyzer, 'ile dni urlopu przysluguje')).toEqual(termsOf(analyzer, 'days leave entitled'));
    expect(termsOf(analyzer, 'LØNN')).toEqual(termsOf(analyzer, 'salary'));
    expect(termsOf(analyzer, 'lonn sykemelding')).toEqual(termsOf(analyzer, 'salary sick'));
    expect(termsOf(analyzer, 'hvordan permisjon, takk')).toEqual(termsOf(analyzer, 'leave'));
  });

  it('reads Dutch, Romanian and more Polish as English, and drops their function words', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'waar vind ik mijn loonstrook? alvast bedankt')).toEqual(termsOf(analyzer, 'payslip'));
    expect(termsOf(analyzer, 'hoeveel vakantiedagen heb ik')).toEqual(termsOf(analyzer, 'vacation'));
    expect(termsOf(analyzer, 'cand primesc salariul? mersi mult')).toEqual(termsOf(analyzer, 'salary'));
    expect(termsOf(analyzer, 'concediu de maternitate')).toEqual(termsOf(analyzer, 'leave maternity'));
    // "wózek" alone is a forklift, a pram or a trolley; "widłowy" makes it a forklift.
    expect(termsOf(analyzer, 'mój teamleider chce mnie na wózek widłowy')).toEqual(
      termsOf(analyzer, 'manager wozek forklift'),
    );
    // "firma" is a company in Polish, Romanian and Dutch, and a signature or a firm in Spanish: no list reads it.
    expect(termsOf(analyzer, 'firma')).toEqual(['firma']);
    // Their function words that are also abbreviations a question may need stay words: California, Virginia,
    // DC, part-time, the EU, Canada's EI, MS, Minnesota, South Africa, a credit union, UW, an EMI, OSH.
    expect(termsOf(analyzer, 'CA, VA, DC, PT, EU, EI, MS or MN')).toEqual([
      'ca',
      'va',
      'dc',
      'pt',
      'eu',
      'ei',
      'ms',
      'mn',
    ]);
    expect(termsOf(analyzer, 'SA, CU, UW, EMI or OSH')).toEqual(['sa', 'cu', 'uw', 'emi', 'osh']);
    // Nor does a filler take an English word that shares its stem ("wil": wilful, "domin": dominant, "shi": shy).
    expect(termsOf(analyzer, 'wilful dominant shy')).toHaveLength(3);
  });

  it('reads German as English, umlauts written out or dropped and compounds included, and drops its function words', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'Wann kommt das Weihnachtsgeld? danke')).toEqual(termsOf(analyzer, 'kommt bonus'));
    expect(termsOf(analyzer, 'kündigungsfrist')).toEqual(termsOf(analyzer, 'kuendigungsfrist'));
    expect(termsOf(analyzer, 'kündigungsfrist')).toEqual(termsOf(analyzer, 'notice'));
    expect(termsOf(analyzer, 'Überstunden')).toEqual(termsOf(analyzer, 'overtime'));
    // "die", "hat" and "ich" are German function words in a German question, and "die" and "hat" English words in
    // an English one.
    expect(termsOf(analyzer, 'ich habe die Überstunden nicht bekommen, warum?')).toEqual(termsOf(analyzer, 'overtime'));
    expect(termsOf(analyzer, 'hard hat rules')).toEqual(['hard', 'hat', 'rule']);
    // "au", the German sick note, is French "au" too: no list reads it.
    expect(termsOf(analyzer, 'au')).toEqual(['au']);
  });

  it('drops the Polish and Spanish function words that are English words too, only in a question in their language', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'czy moge wziac urlop bez wynagrodzenia? nie wiem jak')).toEqual(
      termsOf(analyzer, 'leave without salary'),
    );
    // "without" is no function word: unpaid leave is not paid leave, in Polish and German as in English.
    expect(termsOf(analyzer, 'kann ich auch urlaub ohne gehalt nehmen? danke')).toEqual(
      termsOf(analyzer, 'leave without salary nehmen'),
    );
    expect(termsOf(analyzer, 'my son is ten')).toEqual(['son', 'ten']);
    expect(termsOf(analyzer, 'soy de confianza, lo tengo que pagar con el sindicato?')).toEqual(
      termsOf(analyzer, 'confianza pay union'),
    );
    expect(termsOf(analyzer, 'roll my 401k into an IRA')).toContain('ira');
    expect(termsOf(analyzer, 'cuando puedo pasar mi 401k a una IRA, nomas pregunto')).toContain('ira');
  });

  it('reads Ukrainian and Russian as English, in Latin letters or Cyrillic, and drops their function words', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'Скільки днів відпустки мені належить? дякую')).toEqual(
      termsOf(analyzer, 'skilky dniv vidpustky meni nalezhit? dyakuyu'),
    );
    expect(termsOf(analyzer, 'skilky dniv vidpustky')).toEqual(termsOf(analyzer, 'days leave'));
    expect(termsOf(analyzer, 'коли зарплата')).toEqual(termsOf(analyzer, 'salary'));
    expect(termsOf(analyzer, 'kogda zarplata, pozhaluysta')).toEqual(termsOf(analyzer, 'salary'));
    expect(termsOf(analyzer, 'bolnichnyy bolnichniy likarnyanyi')).toEqual(termsOf(analyzer, 'sick'));
    // "vot" is Russian "here", and voluntary overtime in English: it stays in an English question, and goes in
    // a Russian one, as "v" (in) does in any message typed in Cyrillic.
    expect(termsOf(analyzer, 'VOT slots where')).toContain('vot');
    expect(termsOf(analyzer, 'vot, kogda zarplata, pozhaluysta?')).toEqual(termsOf(analyzer, 'salary'));
    expect(termsOf(analyzer, 'Я хочу в отпуск')).toEqual(termsOf(analyzer, 'leave'));
    // In Latin letters, a message with two Russian words, fillers or words read ("hochu", "otpusk": leave), is
    // written in Russian too; with one, "v" stays.
    expect(termsOf(analyzer, 'ya hochu v otpusk')).toEqual(termsOf(analyzer, 'leave'));
    expect(termsOf(analyzer, 'v otpusk')).toContain('v');
    // "chek" is a Russian receipt and an English "check" misspelt: no list reads it.
    expect(termsOf(analyzer, 'my chek stub')).toContain('chek');
  });

  it('reads texting Italian as English and drops its function words, the English-looking ones in Italian only', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'quanti giorni di ferie mi restano? grazie')).toEqual(
      termsOf(analyzer, 'days holiday remaining'),
    );
    expect(termsOf(analyzer, 'nn ho ricevuto lo stipendio, xke?')).toEqual(termsOf(analyzer, 'salary'));
    expect(termsOf(analyzer, 'mi spettano i permessi x il matrimonio?')).toEqual(
      termsOf(analyzer, 'entitled leave x marriage'),
    );
    // A word read ("cedolino", a payslip) and a filler ("trovo") make it Italian: "dove" and "il" go.
    expect(termsOf(analyzer, 'dove trovo il cedolino')).toEqual(termsOf(analyzer, 'payslip'));
    // "che", "chi", "dove", "ho", "ai" are English words or abbreviations too: in an English question they stay…
    expect(termsOf(analyzer, 'ai tools and the ho allowance')).toEqual(['ai', 'tool', 'ho', 'allow']);
    // …and "non" is no filler even in Italian: "non-exempt" is not "exempt".
    expect(termsOf(analyzer, 'sono non exempt, grazie')).toContain('non');
    // Italian fillers are dropped as written, never by stem: "queste" does not take a Quest lab with it.
    expect(termsOf(analyzer, 'where is the quest lab for my drug test')).toContain('quest');
  });

  it('reads Spanish as written in Spain as English, its vosotros forms and chat words dropped', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, '¿podéis decirme si el curro me paga el móvil? porfi')).toEqual(
      termsOf(analyzer, 'does work pay my phone'),
    );
    expect(termsOf(analyzer, 'me habéis quitado de más en la nómina')).toEqual(termsOf(analyzer, 'deduct payroll'));
    // "vale" (OK) and "tb" (also) are dropped in a Spanish question ("se me olvidó fichar, vale?")…
    expect(termsOf(analyzer, 'se me olvidó fichar la entrada, vale? y tb la salida')).not.toEqual(
      expect.arrayContaining(['vale']),
    );
    // …and stay in an English one, where "Vale" is a name and "TB" tuberculosis
    expect(termsOf(analyzer, 'is a TB test needed for the Vale clinic')).toEqual(
      expect.arrayContaining(['tb', 'vale']),
    );
  });

  it('reads Swedish as English and drops its function words, the English-looking ones in Swedish only', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'hur mycket friskvårdsbidrag får man?')).toEqual(termsOf(analyzer, 'wellness'));
    expect(termsOf(analyzer, 'fel på lönespecifikationen, vem kontaktar jag?')).toEqual(
      termsOf(analyzer, 'error payslip contact'),
    );
    expect(termsOf(analyzer, 'behöver jag läkarintyg från första dagen? tack')).toEqual(
      termsOf(analyzer, 'certificate day'),
    );
    // "med", "om", "det" and "som" are English words or abbreviations too: in an English question they stay…
    expect(termsOf(analyzer, 'med plan for the som team, om det')).toEqual(
      expect.arrayContaining(['med', 'som', 'om', 'det']),
    );
    // …and in a Swedish one ("kvittot" a receipt, "tappat" lost) they go.
    expect(termsOf(analyzer, 'har tappat kvittot med taxin, om det är ok som det är?')).toEqual(
      termsOf(analyzer, 'lost receipt taxi ok'),
    );
    // No typo is corrected to a Swedish filler word, short and many as they are: "IFTA" is not "ofta" (often).
    const corrector = new SpellingCorrector(new Map(analyzer.correctableFillers.map((word) => [word, 1])));
    const corrected = (text: string) =>
      analyzer
        .read(analyzer.words(text), { has: () => false, knows: () => false, corrector }, typing(text))
        .terms.map(({ term }) => term);
    expect(corrected('ifta miles')).toContain('ifta');
    // Nor is a name given in the possessive corrected: "Sara's" is not "bara", a Norwegian filler word…
    expect(corrected("what is Sara's phone number")).toContain('sara');
    // …though the same letters typed as a word are a typo of it
    expect(corrected('what is sara phone number')).not.toContain('sara');
    // A word typed with a capital is never corrected to an English filler word: "Tran" is a surname, not "than".
    const toThan = new SpellingCorrector(new Map([['than', 1]]));
    const read = (text: string) =>
      analyzer
        .read(analyzer.words(text), { has: () => false, knows: () => false, corrector: toThan }, typing(text))
        .terms.map(({ term }) => term);
    expect(read('how many hours does Jessica Tran have left')).toContain('tran');
    expect(read('how many hours does jessica tran have left')).not.toContain('tran');
    // (a typo of another language's filler is still read as one: "nesesito" is Spanish "necesito")
    expect(corrected('nesesito miles')).toEqual(corrected('miles'));
    // "semester" is a vacation in a Swedish question only; in an English one it is a university term.
    const unknown = (text: string) =>
      analyzer
        .read(analyzer.words(text), { has: () => false, knows: () => false }, typing(text))
        .terms.map(({ term }) => term);
    expect(unknown('kan jag spara semester till nästa år?')).toEqual(termsOf(analyzer, 'save vacation'));
    expect(unknown('tuition for the spring semester')).toContain('semest');
  });

  it('reads words that are English too in their language only in a question written in it, not where the knowledge base uses them', () => {
    const analyzer = new Analyzer([]);
    const read = (text: string, known: readonly string[] = [], reader = analyzer) =>
      reader
        .read(reader.words(text), { has: () => false, knows: (word) => known.includes(word) }, typing(text))
        .terms.map(({ term }) => term);
    // "male" is ill in Italian ("sto male"), "mensa" the canteen, "mese" a month…
    expect(read('sto male, chi devo avvisare? grazie')).toEqual(termsOf(analyzer, 'sick avvisare'));
    expect(read('quanto costa la mensa questo mese? grazie')).toEqual(termsOf(analyzer, 'costa canteen month'));
    // …but not in an English question, nor in one written in another language ("male employees" in Taglish)…
    expect(read('male and female staff')).toEqual(termsOf(analyzer, 'male and female staff'));
    expect(read('pwede po ba mag paternity leave yung male employees')).toContain('male');
    // …nor typed in capitals, nor where the knowledge base uses the word ("la mensa di Agordo"), or keeps it as
    // a keyword of its own.
    expect(read('quanto costa la MENSA questo mese? grazie')).toContain('mensa');
    expect(read('quanto costa la mensa questo mese? grazie', ['mensa'])).toEqual(
      termsOf(analyzer, 'costa mensa month'),
    );
    expect(read('quanto costa la mensa questo mese? grazie', [], new Analyzer([], [], ['mensa']))).toContain('mensa');
    // Other languages' such words too, each in a question that shows its language: Spanish "pagan" is pay, Polish
    // "premia" a bonus, but not in a Spanish question.
    expect(read('cuanto me pagan la semana de vacaciones')).toEqual(termsOf(analyzer, 'pay week vacation'));
    expect(read('czy dostane premia za nadgodziny')).toEqual(termsOf(analyzer, 'bonus overtime'));
    expect(read('cuando llega la premia de la semana, gracias')).toContain('premia');
  });

  it('reads Nigerian Pidgin, Yoruba, Igbo and Hausa words as English, and drops their particles', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'abeg, my oga no gree sign am')).toEqual(termsOf(analyzer, 'boss gree sign am'));
    expect(termsOf(analyzer, 'pikin sick, biko')).toEqual(termsOf(analyzer, 'child sick'));
    expect(termsOf(analyzer, 'albashi isinmi')).toEqual(termsOf(analyzer, 'salary leave'));
    // Names and work abbreviations are not read as words: a bank ("uba", a parent in Igbo), administrative
    // services only ("aso", clothing in Yoruba), BHP, Ohio State; nor the Dutch WIA as a Pidgin "where".
    expect(termsOf(analyzer, 'UBA account')).toEqual(['uba', 'account']);
    expect(termsOf(analyzer, 'ASO BHP OSU')).toEqual(['aso', 'bhp', 'osu']);
    expect(termsOf(analyzer, 'WIA')).toEqual(termsOf(analyzer, 'disability'));
  });

  it('reads Indonesian, Malay and romanised Japanese words as English, and drops their function words', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'gimana ambil cuti? gaji saya dipotong, mohon info')).toEqual(
      termsOf(analyzer, 'ambil leave salary deduction info'),
    );
    expect(termsOf(analyzer, 'yuukyuu nokori nannichi desu ka')).toEqual(termsOf(analyzer, 'leave nokori'));
    // Long vowels as people type them: "zangyo" and "zangyou" are the same word.
    expect(termsOf(analyzer, 'zangyo kyuryo')).toEqual(termsOf(analyzer, 'zangyou kyuuryou'));
    expect(termsOf(analyzer, 'zangyo kyuryo')).toEqual(termsOf(analyzer, 'overtime salary'));
    // Their function words that are also state abbreviations stay words: WA (Japanese "wa"), GA (Indonesian
    // "ga"), VA and AK (Vietnamese "va", "ak").
    expect(termsOf(analyzer, 'WA, GA, VA or AK')).toEqual(['wa', 'ga', 'va', 'ak']);
  });

  it('reads Vietnamese as English with its marks or without, and drops its function words', () => {
    const analyzer = new Analyzer([]);
    // Without marks, only what reads one way: "luong" (lương, salary), joined compounds such as "baohiem";
    // "thang" (tháng, month) is an English word too, and stays as typed; "em" (I, to an elder) is one of the
    // function words dropped only in a question written in another language.
    expect(termsOf(analyzer, 'cho em xin luong thang, baohiem')).toEqual(termsOf(analyzer, 'salary thang insurance'));
    // With them, a syllable that reads two ways without (nghỉ, time off; nghĩ, think) reads as written.
    expect(termsOf(analyzer, 'Em được nghỉ phép mấy ngày ạ?')).toEqual(termsOf(analyzer, 'em leave may day'));
    expect(termsOf(analyzer, 'em nghĩ là')).not.toContain(termsOf(analyzer, 'leave')[0]);
  });

  it('reads te reo Māori words as English, macrons or none, and drops greetings and sign-offs', () => {
    const analyzer = new Analyzer([]);
    expect(termsOf(analyzer, 'kia ora, tangi for my koro next week, ngā mihi')).toEqual(
      termsOf(analyzer, 'funeral for my grandfather next week'),
    );
    expect(termsOf(analyzer, 'hapū with our first pēpi')).toEqual(termsOf(analyzer, 'pregnant with our first baby'));
    // A one-word keyword keeps its own meaning: a knowledge base whose "Hui" is its intranet.
    expect(termsOf(new Analyzer([], [], ['hui']), 'hui login')).toEqual(['hui', 'login']);
  });

  it('keeps such a word where the knowledge base uses it in its own right (a one-word keyword or alternate)', () => {
    expect(termsOf(new Analyzer([]), 'EL?')).toEqual([]);
    expect(termsOf(new Analyzer([], [], ['el']), 'EL?')).toEqual(['el']);
    // Filler words are dropped by stem too: a kept "esta" must not go with the filler "estas".
    expect(termsOf(new Analyzer([], [], ['esta']), 'ESTA sick time')).toEqual(['esta', 'sick', 'time']);
    // Nor is a word of its own filler for its stem: "SAYE" (a share scheme) stems to "say", a word of asking.
    expect(termsOf(new Analyzer([]), 'saye')).toEqual([]);
    expect(termsOf(new Analyzer([], [], ['saye']), 'saye')).toEqual(['say']);
    expect(new Analyzer([], [], ['saye']).isFiller('saye')).toBe(false);
    expect(new Analyzer([], [], ['saye']).isFiller('say')).toBe(true);
    // English function words stay filler whatever the knowledge base says ("IT" the department is its own
    // synonym business, not this).
    expect(termsOf(new Analyzer([], [], ['it']), 'is it paid')).toEqual(['paid']);
  });

  it('keeps an everyday English filler word as a term only where the knowledge base makes it a topic', () => {
    expect(termsOf(new Analyzer([]), 'super quick q about payroll')).toEqual(['payrol']);
    expect(termsOf(new Analyzer([], [], ['super']), 'how much super do we get')).toEqual(['super']);
    // The words of asking stay filler even so: an FAQ filed under "Help" doesn't make every request for help
    // about it.
    expect(termsOf(new Analyzer([], [], ['help']), 'can you help me with my payroll')).toEqual(['payrol']);
  });
});
