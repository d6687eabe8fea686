import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge';
import { DEFAULT_MATCH_CONFIG } from '../../src/matching/match-config';
import { Matcher } from '../../src/matching/matcher';
import { selfCheck } from '../../src/matching/self-check';
import { faqText as faq, knowledgeFolder, loadValid } from '../helpers/knowledge';

/** A small company HR FAQ, written the way HR writes one, with none of the sample's words. */
function companyKb(extra: Record<string, string> = {}): string {
  return knowledgeFolder(
    {
      'request-pto.md': faq('How do I request PTO?', 'Request time off in Workday at least two weeks ahead.'),
      'w2-forms.md': faq('Where do I find my W-2?', 'W-2 forms are in ADP by January 31.', {
        more: 'keywords: [W-2]\n',
      }),
      '401k-match.md': faq(
        'What is our 401(k) match?',
        'We match 100% of the first 4% you contribute, through Fidelity.',
      ),
      'remote-work.md': faq('Can I work from home?', 'Hybrid staff work from home up to three days a week.'),
      'bereavement.md': faq('How much bereavement leave do I get?', 'Up to five paid days for a close family member.'),
      'payslips.md': faq('Where are my payslips?', 'Payslips are in the ADP portal every payday.'),
      ...extra,
    },
    'hrfaq-company-',
  );
}

describe("Matcher on a company's own HR FAQ", () => {
  const matcher = new Matcher(loadValid(companyKb()));
  const answer = (question: string) => matcher.match(question).match?.faq.id;
  const first = (question: string) => matcher.match(question).suggestions[0]?.faq.id;

  it('validates FAQs phrased about our own policy, and finds each from its own question', () => {
    expect(selfCheck(matcher)).toEqual([]);
  });

  it.each([
    ['How do I request PTO?', 'request-pto'],
    ['how do i request pto', 'request-pto'],
    ["what's our 401k match", '401k-match'],
    ['can I work from home', 'remote-work'],
  ])('answers %j outright', (question, id) => {
    expect(answer(question)).toBe(id);
  });

  it.each([
    ['w2', 'w2-forms'],
    ['W 2 form', 'w2-forms'],
    ['where is my w-2', 'w2-forms'],
    ['403b or 401(k) match?', '401k-match'],
  ])('reads form names however they are written: %j', (question, id) => {
    expect(first(question)).toBe(id);
  });

  describe('a plan named by its number alone', () => {
    const plans = new Matcher(
      loadValid(
        companyKb({
          '403b.md': faq('How does the 403(b) plan work?', 'We match 5% through TIAA.', {
            more: 'alternates: [does the university match retirement contributions]\n',
          }),
          '457b.md': faq('Who can contribute to the 457(b) plan?', 'Any benefits-eligible employee.'),
        }),
      ),
    );

    it.each([
      ['who can put money in the 457', '457b'],
      ['457 plan', '457b'],
      ['401 match', '401k-match'],
    ])('is the plan the knowledge base names with that number: %j', (question, id) => {
      expect(plans.match(question).suggestions[0]?.faq.id).toBe(id);
    });

    it('still points to the general topic where the knowledge base names no such plan', () => {
      expect(first('can i put money in a 457 plan')).toBe('401k-match');
    });
  });

  it.each([
    ['how do I book vacation', 'request-pto'],
    ['can i telework on fridays', 'remote-work'],
    ['compassionate leave', 'bereavement'],
    ['where is my pay stub', 'payslips'],
    ['pay slip', 'payslips'],
  ])('knows general workplace words the FAQ does not use: %j', (question, id) => {
    expect(first(question)).toBe(id);
  });

  it.each([
    ['donde veo mi talon de cheque', 'payslips'],
    ['como saco mi W2', 'w2-forms'],
    ['se murio mi abuela, cuantos dias me dan', 'bereavement'],
    ['puedo trabajar desde casa?', 'remote-work'],
  ])('reads a question in Spanish, as US employees type it: %j', (question, id) => {
    expect(first(question)).toBe(id);
  });

  it.each([
    ['où est mon relevé de paie?', 'payslips'],
    ['est-ce que je peux faire du télétravail?', 'remote-work'],
    ['mon père est décédé, combien de jours de congé?', 'bereavement'],
    ['comment je demande des vacances', 'request-pto'],
  ])('reads a question in French, accents and all, as Quebec employees type it: %j', (question, id) => {
    expect(first(question)).toBe(id);
  });

  it('keeps a one-word alternate or keyword that is a function word elsewhere ("EL", Spanish "el")', () => {
    const more = new Matcher(
      loadValid(
        companyKb({
          'emergency-leave.md': faq('Do we have emergency leave?', 'Yes: up to 3 days.', {
            more: 'alternates: [EL]\n',
          }),
          'sick-time-act.md': faq('How does our sick time work in Michigan?', 'Under ESTA you earn 1 hour per 30.', {
            more: 'keywords: [ESTA]\n',
          }),
        }),
      ),
    );
    expect(more.match('EL?').suggestions[0]?.faq.id).toBe('emergency-leave');
    expect(more.match('ESTA').suggestions[0]?.faq.id).toBe('sick-time-act');
  });

  it('reads an everyday word as the topic where a category is named by it ("super": superannuation)', () => {
    const australian = new Matcher(
      loadValid(
        companyKb({
          'super-guarantee.md': faq('How much super does Fernbrook pay?', 'We pay 12% of ordinary time earnings.', {
            category: 'Super',
          }),
          'pay-day.md': faq('When is pay day?', 'Every second Thursday.', { category: 'Pay' }),
        }),
      ),
    );
    expect(australian.match('how much super do we get').suggestions[0]?.faq.id).toBe('super-guarantee');
    // Elsewhere "super" is only chatter: no suggestion rests on it.
    expect(matcher.match('super confused').suggestions).toEqual([]);
  });

  it('follows a cue to a topic the FAQ names ("my grandma died" → bereavement)', () => {
    expect(first('my grandma died last week, how many days can i take')).toBe('bereavement');
  });

  it('follows a cue typed with a typo ("funerl" → funeral → bereavement)', () => {
    expect(first('funerl next week')).toBe('bereavement');
  });

  it('corrects a misspelling to the FAQ word it misspells, not to two other words or a misspelt cue', () => {
    const more = new Matcher(
      loadValid(
        companyKb({
          'withholding.md': faq('How do I change my tax withholding?', 'Update your W-4 in ADP.', { category: 'Pay' }),
          'jury-duty.md': faq(
            'Do I get paid for jury duty?',
            'Yes. We hold your job while you serve, also as a witness.',
            { category: 'Leave' },
          ),
          'name-change.md': faq('How do I change my name in Workday?', 'Send HR the certificate; we update Workday.'),
        }),
      ),
    );
    // Not "wit" (the stem of witness) + "holding"; and "chnage", which a cue lists ("name chnage"), is "change".
    const result = more.match('witholding chnage');
    expect(result.suggestions[0]?.faq.id).toBe('withholding');
    expect(result.band).toBe('answer');
  });

  it('corrects a typo to the word its neighbour calls for ("claim exmept" is exempt, not except)', () => {
    const more = new Matcher(
      loadValid(
        companyKb({
          'w4.md': faq('How do I update my W-4?', 'In ADP, any time; claiming exempt included.', { category: 'Pay' }),
          'holidays.md': faq('Which holidays do we get?', 'All federal holidays except Columbus Day.', {
            category: 'Leave',
          }),
          'overtime.md': faq('Who gets overtime?', 'Everyone except exempt staff.', { category: 'Pay' }),
        }),
      ),
    );
    const offered = more.match('how do i claim exmept').suggestions.map(({ faq }) => faq.id);
    expect(offered[0]).toBe('w4');
    // Read as "except", the typo would also offer the holidays FAQ ("all federal holidays except…").
    expect(offered).not.toContain('holidays');
  });

  /** The company FAQ with one more FAQ file: what its matcher offers for a question, best first. */
  const offeredWith = (id: string, question: string, answer: string, options?: Parameters<typeof faq>[2]) => {
    const more = new Matcher(loadValid(companyKb({ [`${id}.md`]: faq(question, answer, options) })));
    return (asked: string) => more.match(asked).suggestions.map(({ faq }) => faq.id);
  };

  it('does not correct an English word to another language\'s function word ("devkit" is not French "devait")', () => {
    const offered = offeredWith(
      'equipment',
      'What equipment do I get?',
      "A laptop and a monitor; dev kits only with your lead's OK.",
      {
        category: 'Equipment',
        more: 'keywords: [laptop, dev kit, monitor]\n',
      },
    );
    // (read as "devait", a French filler, it would leave "bring … home", which offers nothing)
    expect(offered('can i bring the devkit home?')[0]).toBe('equipment');
  });

  it('matches a one-word cue as written, not every word that shares its stem ("canned" is not "can")', () => {
    const offered = offeredWith('termination', 'What happens to my benefits if I am terminated?', 'Coverage ends.');
    expect(offered('can i bring my dog to the office')).not.toContain('termination');
    expect(offered('i got canned yesterday, what about my benefits')[0]).toBe('termination');
  });

  it('matches a one-word cue in its regular inflections too ("baby" → "babies")', () => {
    const offered = offeredWith('parental-leave', 'How much parental leave do I get?', 'Sixteen weeks, fully paid.');
    expect(offered('we are having twin babies')[0]).toBe('parental-leave');
  });

  it('reads a hyphenated name of small words ("make-up pay") as one word, however it is typed', () => {
    const more = new Matcher(
      loadValid(
        companyKb({
          'make-up-pay.md': faq('How does make-up pay for reservist training work?', 'Payroll claims it for you.'),
          'claims.md': faq('How do I claim pay back for a doctor visit?', 'Submit the bill in the claims app.'),
        }),
      ),
    );
    for (const asked of ['make up pay how to claim', 'make-up pay how to claim', 'makeup pay claim']) {
      expect(more.match(asked).suggestions[0]?.faq.id).toBe('make-up-pay');
    }
  });

  it('reads "ppl" as chat for people, not as paid parental leave', () => {
    const offered = offeredWith('parental-leave', 'How much parental leave do I get?', 'Sixteen weeks, fully paid.');
    expect(offered('can remote ppl work from home on fridays')).not.toContain('parental-leave');
    expect(offered('can remote ppl work from home on fridays')[0]).toBe('remote-work');
  });

  it('offers, neither answers nor previews, an FAQ that never mentions the part of its topic a question names', () => {
    // Low thresholds, so that only the unmentioned part can hold the answer (and its preview) back.
    const plans = (answer: string) =>
      new Matcher(
        loadValid(
          companyKb({
            'medical-plans.md': faq('What medical plans do we offer?', answer, { category: 'Benefits' }),
          }),
        ),
        { answerThreshold: 0.3, likelyThreshold: 0 },
      );
    const question = "what's the copay for urgent care on the ppo";
    const silent = plans('We offer a PPO and a high-deductible plan through Aetna; enrol in Workday.');
    expect(silent.score(question).unmentionedPart).toBe(true);
    expect(silent.match(question).band).toBe('did-you-mean');
    expect(silent.match(question).suggestions[0]?.faq.id).toBe('medical-plans');
    expect(silent.match(question).likely).toBe(false);
    const told = plans('We offer a PPO (urgent care copay $40) and a high-deductible plan through Aetna.');
    expect(told.score(question).unmentionedPart).toBe(false);
    expect(told.match(question).match?.faq.id).toBe('medical-plans');
  });

  it('offers, neither answers nor previews, an FAQ whose phrasings never name the kind of thing a question asks for', () => {
    const offsites = new Matcher(
      loadValid(
        companyKb({
          'offsite-travel.md': faq(
            'How does travel for the company offsite work?',
            'Book flights in Navan; hotels are booked for you by the People team.',
            { category: 'Travel', more: 'alternates: [booking flights for the offsite]\n' },
          ),
        }),
      ),
      { answerThreshold: 0.3, likelyThreshold: 0 },
    );
    const which = 'which hotel are we staying at for the offsite';
    expect(offsites.score(which).unnamedThing).toBe(true);
    expect(offsites.match(which)).toMatchObject({ band: 'did-you-mean', likely: false });
    expect(offsites.match(which).suggestions[0]?.faq.id).toBe('offsite-travel');
    // The same FAQ answers a question about what it does name, "which" or not.
    expect(offsites.score('which flights can we book for the offsite').unnamedThing).toBe(false);
    expect(offsites.score('how do I book flights for the offsite').unnamedThing).toBe(false);
  });

  it('offers, does not answer, an FAQ whose phrasings never name the post a "who is the …" question asks about', () => {
    const referrals = new Matcher(
      loadValid(
        companyKb({
          'referral-bonus.md': faq(
            'How does the referral bonus for open roles work?',
            'Refer a friend for an open role; the hiring manager decides, and you get $2,000 after 90 days.',
            { category: 'Hiring', more: 'alternates: [referral bonus for the designer role]\n' },
          ),
          'hr-contact.md': faq('Who is the HR partner for my team?', 'Each team has an HR partner: see the list.'),
        }),
      ),
      { answerThreshold: 0.3, likelyThreshold: 0 },
    );
    const who = 'who is the hiring manager for the open designer role';
    expect(referrals.score(who).unnamedThing).toBe(true);
    expect(referrals.match(who)).toMatchObject({ band: 'did-you-mean', likely: false });
    expect(referrals.match(who).suggestions[0]?.faq.id).toBe('referral-bonus');
    // A post read as a whole ("team lead" is a manager), and one the FAQ does name, answered.
    expect(referrals.score("who's the team lead for the designer role").unnamedThing).toBe(true);
    expect(referrals.match("who's the HR partner for my team").match?.faq.id).toBe('hr-contact');
    expect(referrals.score('who is the right person to ask about the referral bonus').unnamedThing).toBe(false);
  });

  it('answers a "which …" question whose thing the vocabulary reads into a longer phrase', () => {
    const plans = new Matcher(
      loadValid(
        companyKb({
          'choosing-a-plan.md': faq('Which health plan should I choose?', 'Pick the PPO if you see doctors often.', {
            category: 'Benefits',
          }),
        }),
      ),
      { answerThreshold: 0.3, likelyThreshold: 0 },
    );
    expect(plans.score('Which health plan should I choose?').unnamedThing).toBe(false);
    expect(plans.match('Which health plan should I choose?').match?.faq.id).toBe('choosing-a-plan');
  });

  it('reads a question naming both things a comparison FAQ compares as asking for the comparison', () => {
    const leave = new Matcher(
      loadValid(
        companyKb({
          'fmla-leave.md': faq(
            'Am I eligible for FMLA leave?',
            'FMLA gives up to 12 weeks of unpaid, protected leave.',
            {
              category: 'Leave',
            },
          ),
          'parental-leave.md': faq(
            'How much paid parental leave do I get?',
            'Four weeks at full pay, at the same time as FMLA when you are eligible for it.',
            { category: 'Leave', more: 'alternates: [maternity leave, paternity leave, bonding leave]\n' },
          ),
          'fmla-vs-parental-leave.md': faq(
            "What's the difference between FMLA and paid parental leave?",
            'FMLA protects your job; parental leave pays you.',
            { category: 'Leave' },
          ),
        }),
      ),
    );
    const first = (question: string) => leave.match(question).suggestions[0]?.faq.id;
    expect(first('is FMLA paid? or is that the parental leave thing')).toBe('fmla-vs-parental-leave');
    expect(first('how much paid parental leave do I get')).toBe('parental-leave');
    expect(first('am i eligible for fmla')).toBe('fmla-leave');
  });

  it('does not take a two-word company name for a rare word of the one FAQ question that names it', () => {
    // Every answer names Harvest Lane, two give an email at harvestlane.com, and one question names the company.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-harvest-'));
    const files: Array<[string, string, string]> = [
      ['medical-plans', 'What medical plans does Harvest Lane offer?', 'Harvest Lane offers a PPO and an HSA plan.'],
      ['payday', 'When is payday?', 'Harvest Lane pays every other Friday. Payroll: payroll@harvestlane.com.'],
      ['pto', 'How do I request PTO?', 'Ask in ShiftLane at least two weeks ahead. Harvest Lane approves most.'],
      ['eap', 'What does the EAP offer?', 'Free counselling for Harvest Lane associates.'],
      ['dress-code', 'What is the dress code?', 'A green Harvest Lane polo and black pants.'],
    ];
    for (const [id, question, answer] of files) {
      const email = id === 'medical-plans' ? ' Questions: benefits@harvestlane.com.' : '';
      writeFileSync(path.join(dir, `${id}.md`), faq(question, `${answer}${email}`));
    }
    const harvest = new Matcher(loadValid(dir));
    // Read as one word, as the email domain writes it, "harvestlane" was in one question only: distinctive.
    expect(harvest.score('does harvest lane sponsor work visas').evidence?.distinctiveness).toBeLessThan(0.1);
  });

  describe('an FAQ phrased only as an explanation of a company policy', () => {
    const withAllowance = new Matcher(
      loadValid(
        companyKb({
          'uniform-allowance.md': faq(
            'What is a uniform allowance?',
            'Warehouse staff get $150 a year toward safety boots and work clothes, paid with the March payroll.',
          ),
        }),
      ),
    );

    it("answers a question about the asker's own case, since it explains the company's own policy", () => {
      for (const question of ['do we get a uniform allowance', 'can I get the uniform allowance for my boots']) {
        expect(withAllowance.match(question)).toMatchObject({
          band: 'answer',
          asksParticulars: false,
          match: { faq: { id: 'uniform-allowance' } },
        });
      }
    });

    it('still only offers it for a particular fact an explanation may not hold', () => {
      for (const question of ['when is the uniform allowance paid', 'which uniform allowance do we get']) {
        const result = withAllowance.match(question);
        expect(result).toMatchObject({ band: 'did-you-mean', asksParticulars: true });
        expect(result.suggestions[0]?.faq.id).toBe('uniform-allowance');
      }
    });

    it('does not answer "which PEO do we use?" with "What is a PEO?"', () => {
      const withPeo = new Matcher(
        loadValid(
          companyKb({
            'peo.md': faq('What is a PEO?', 'A professional employer organization shares employer duties with us.'),
          }),
        ),
      );
      for (const question of ['which PEO do we use', 'what is our PEO', 'who is our PEO']) {
        const result = withPeo.match(question);
        expect(result.band).not.toBe('answer');
        expect(result.asksParticulars).toBe(true);
      }
    });
  });

  it('never answers a question that only shares a common word', () => {
    expect(matcher.match('is there a holiday party this year').band).not.toBe('answer');
    expect(matcher.match('who is my manager').band).not.toBe('answer');
  });

  it('offers the FAQ whose distinctive word the question shares, rather than nothing', () => {
    const result = matcher.match('fidelity login broken again ugh');
    expect(result.band).not.toBe('answer');
    expect(result.suggestions.map(({ faq }) => faq.id)).toContain('401k-match');
  });

  it("lets a knowledge base's own synonyms win over the general vocabulary", () => {
    const dir = companyKb();
    writeFileSync(path.join(dir, 'synonyms.yml'), 'groups:\n  - [pto, holiday, hols]\n');
    const own = new Matcher(loadValid(dir));
    expect(own.match('how much holiday do i get').suggestions[0]?.faq.id).toBe('request-pto');
    expect(own.match('bank hols').suggestions[0]?.faq.id).toBe('request-pto');
  });

  it('takes its answer threshold from matching.yml', () => {
    const dir = companyKb();
    writeFileSync(path.join(dir, 'matching.yml'), 'answer_threshold: 0.95\n');
    const loaded = loadKnowledgeBase(dir);
    expect(loaded.ok && loaded.kb.settings).toEqual({ answerThreshold: 0.95 });
  });

  it.each([
    ['answer_threshold: 2', 'answer_threshold must be at most 0.95'],
    ['answer_threshold: high', `between 0.3 and 0.95 (the default is ${DEFAULT_MATCH_CONFIG.answerThreshold})`],
  ])('says clearly what is wrong with matching.yml holding %j, and where', (yaml, message) => {
    const dir = companyKb();
    writeFileSync(path.join(dir, 'matching.yml'), `${yaml}\n`);
    const loaded = loadKnowledgeBase(dir);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.problems).toEqual([
        expect.objectContaining({ file: expect.stringMatching(/matching\.yml$/), line: 1 }),
      ]);
      expect(loaded.problems[0]?.message).toContain(message);
    }
  });

  it("says that synonyms.yml's company_specific list is no longer used", () => {
    const dir = companyKb();
    writeFileSync(path.join(dir, 'synonyms.yml'), 'groups: []\ncompany_specific: [which peo]\n');
    const loaded = loadKnowledgeBase(dir);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems[0]?.message).toMatch(/company_specific is no longer used/);
  });
});

describe('long messages', () => {
  const kb = loadValid(companyKb());
  const message =
    'Hi! I was off on bereavement leave for five days last month after my grandmother died, and I work from home on Fridays. How do I request PTO for next week?';

  it('are matched on the sentence that asks, the rest counting as context', () => {
    const matcher = new Matcher(kb);
    const result = matcher.match(message);
    expect(result.suggestions[0]?.faq.id).toBe('request-pto');
    const plain = new Matcher(kb, { asideWeight: 1 }).score(message).ranked;
    const weighed = matcher.score(message).ranked;
    const gap = (ranked: typeof plain) => (ranked[0]?.score ?? 0) - (ranked[1]?.score ?? 0);
    expect(gap(weighed)).toBeGreaterThan(gap(plain));
  });

  it('keep the sentence that asks when they are too long to read whole', () => {
    const matcher = new Matcher(kb);
    const rambling =
      'Hi team, sorry to bother you. I have been here for about three years now and I was wondering about a ' +
      'few things. My laptop has been really slow lately, the office is cold, and my manager keeps moving our ' +
      'one-on-ones, which is stressful with everything going on at home and the commute. Anyway, I signed up ' +
      'for a climbing gym with my sister last weekend. Where can I find my W-2 for last year?';
    expect(rambling.length).toBeGreaterThan(DEFAULT_MATCH_CONFIG.maxQueryLength);
    expect(matcher.match(rambling).suggestions[0]?.faq.id).toBe('w2-forms');
  });

  it('count who said something as context, not as what is asked about', () => {
    const matcher = new Matcher(kb);
    const reported = 'whats a W-2 exactly, my manager keeps saying it in standups';
    const plain = new Matcher(kb, { asideWeight: 1 }).score(reported).ranked;
    const weighed = matcher.score(reported).ranked;
    const gap = (ranked: typeof plain) => (ranked[0]?.score ?? 0) - (ranked[1]?.score ?? 0);
    expect(weighed[0]?.faq.id).toBe('w2-forms');
    expect(gap(weighed)).toBeGreaterThan(gap(plain));
    // (a manager who does something is part of the question: "my manager keeps cancelling my PTO")
    const acting = 'my manager keeps cancelling my PTO';
    expect(matcher.score(acting)).toEqual(new Matcher(kb, { asideWeight: 1 }).score(acting));
  });

  it('weigh every sentence alike when none asks, or there is only one', () => {
    const matcher = new Matcher(kb);
    const statement = 'I was off on bereavement leave last month. I want to request PTO for next week.';
    expect(matcher.score(statement)).toEqual(new Matcher(kb, { asideWeight: 1 }).score(statement));
  });
});

describe("questions about the asker's own records", () => {
  const kb = loadValid(
    companyKb({
      'sick-days.md':
        '---\nquestion: How many sick days do I get?\ncategory: Leave\n---\nTen paid sick days a year; see your balance in Workday.\n',
      'pto-balance.md':
        "---\nquestion: What's my PTO balance?\nalternates: [how much pto do i have left]\ncategory: Leave\n---\nWorkday shows it under Time Off.\n",
    }),
  );
  const matcher = new Matcher(kb);

  it('offers the policy FAQ but does not answer what only HR systems know', () => {
    const result = matcher.match('how many sick days have I used this year');
    expect(result.band).toBe('did-you-mean');
    expect(result.asksParticulars).toBe(true);
    expect(result.aboutOwnRecords).toBe(true);
    expect(result.suggestions[0]?.faq.id).toBe('sick-days');
    expect(matcher.match('which sick days policy applies to us').aboutOwnRecords).toBe(false);
    expect(matcher.match('how many sick days do I get').match?.faq.id).toBe('sick-days');
  });

  it('answers such a question when an FAQ is phrased as that very question', () => {
    expect(matcher.match("what's my pto balance").match?.faq.id).toBe('pto-balance');
    expect(matcher.match('how much pto do i have left').match?.faq.id).toBe('pto-balance');
  });

  it.each([
    'how much pto has my team lead got left',
    'how much pto does Luis have left',
    // (a first name and a surname, the surname no typo of "than")
    'how many PTO hours does Jessica Tran have left? she is on my team',
  ])("does not answer %j, about someone else's records, from an FAQ asked about the asker's own", (text) => {
    const result = matcher.match(text);
    expect(result.band).toBe('did-you-mean');
    expect(result.aboutOwnRecords).toBe(true);
    expect(result.suggestions[0]?.faq.id).toBe('pto-balance');
  });
});

describe('a person named in the possessive', () => {
  const matcher = new Matcher(
    loadValid(
      companyKb({
        'phone.md':
          '---\nquestion: How do I update my phone number?\nkeywords: [phone number, Workday]\ncategory: Working here\n---\nChange it in Workday under Personal Information.\n',
      }),
    ),
  );

  it('is someone whose particulars no FAQ holds: "what\'s Priya\'s phone number?" is offered, not answered', () => {
    const result = matcher.match("what's Priya's phone number?");
    expect(result.band).toBe('did-you-mean');
    expect(result.asksParticulars).toBe(true);
    expect(result.suggestions[0]?.faq.id).toBe('phone');
  });

  it("is not a word of the knowledge base's own (Workday's), a day, nor a place or a company's thing", () => {
    expect(matcher.match("how do I update my phone number in Workday's app").band).toBe('answer');
    expect(matcher.match("how do I update my phone number from Friday's rota").asksParticulars).toBe(false);
    // ("Ireland's bank holidays" are no one's particulars; "Grace's phone" is an English word's, and left be)
    expect(matcher.match("do I update my phone number for Ireland's bank holidays").asksParticulars).toBe(false);
    expect(matcher.match("what's Grace's phone number").asksParticulars).toBe(false);
  });
});

describe('a message that asks nothing', () => {
  const matcher = new Matcher(loadValid(companyKb()));

  it.each([
    'test',
    'hi team, testing 123',
    "that didn't help",
    'good morning, wrong answer',
    'ok thanks, that was wrong',
  ])('offers nothing for %j, whatever words an FAQ shares with it', (text) => {
    const result = matcher.match(text);
    expect(result.band).toBe('no-match');
    expect(result.suggestions).toEqual([]);
  });

  it('still answers a question that says what is wrong', () => {
    expect(matcher.match('my payslip is wrong').suggestions[0]?.faq.id).toBe('payslips');
  });
});

describe('an irregular verb', () => {
  it('reads "I forgot to clock in" as what "What if I forget to clock in?" answers', () => {
    const matcher = new Matcher(
      loadValid(
        companyKb({
          'missed-punch.md': faq('What if I forget to clock in?', 'Ask your supervisor to fix the punch in Kronos.'),
          'clock-in.md': faq('How do I clock in?', 'Badge in at the time clock by the staff entrance.'),
        }),
      ),
    );
    expect(matcher.score('I forgot to clock in yesterday').ranked[0]?.faq.id).toBe('missed-punch');
  });
});

describe('how to join', () => {
  const matcher = new Matcher(
    loadValid(
      companyKb({
        'grievance.md':
          '---\nquestion: How do I raise a grievance?\nalternates: [complaint about my manager]\nkeywords: [grievance, union]\ncategory: Working here\n---\nWrite to your manager, or to HR; your union rep may come with you.\n',
      }),
    ),
  );

  it('is offered, not answered, from an FAQ that only mentions the group', () => {
    const result = matcher.match('how do I join the union?');
    expect(result.band).toBe('did-you-mean');
    expect(result.suggestions[0]?.faq.id).toBe('grievance');
    expect(matcher.match('how do I raise a grievance with the union').band).toBe('answer');
  });

  it('is answered by an FAQ about joining', () => {
    const joining = new Matcher(
      loadValid(
        companyKb({
          'union.md':
            '---\nquestion: Can I become a member of the union?\nalternates: [joining the union]\ncategory: Working here\n---\nYes: ask your union rep for the form.\n',
        }),
      ),
    );
    expect(joining.match('how do I join the union?').match?.faq.id).toBe('union');
  });
});

describe('a value of the past', () => {
  const kb = loadValid(
    companyKb({
      'esop.md':
        '---\nquestion: How much ESOP stock do I get each year?\ncategory: Pay\n---\nShares worth 6% of pay; the share price is set every March.\n',
      'profit-share.md':
        "---\nquestion: What was last year's profit share?\ncategory: Pay\n---\nIt was 6% of base pay.\n",
    }),
  );
  const matcher = new Matcher(kb);

  it('is offered, not answered, from an FAQ that only explains the policy', () => {
    const result = matcher.match("what was this year's ESOP share price?");
    expect(result.band).toBe('did-you-mean');
    expect(result.asksParticulars).toBe(true);
    expect(result.suggestions[0]?.faq.id).toBe('esop');
    expect(matcher.match('how much esop stock do i get each year').band).toBe('answer');
  });

  it('is answered by an FAQ asked that way', () => {
    const result = matcher.match("what was last year's profit share");
    expect(result.asksParticulars).toBe(false);
    expect(result.match?.faq.id).toBe('profit-share');
  });
});

describe('how long, how often', () => {
  const kb = loadValid(
    companyKb({
      'probation-length.md':
        '---\nquestion: How long is the probationary period for new hires?\nalternates: [how long is probation, when do I finish probation]\ncategory: Working here\n---\nSix months, or twelve for sworn staff.\n',
      'probation-extension.md':
        '---\nquestion: Can my probationary period be extended, and what happens if I am released?\nalternates: [under what circumstances may probation be extended]\ncategory: Working here\n---\nYour department may extend it once, by up to six months, in writing.\n',
    }),
  );
  const matcher = new Matcher(kb);

  it('say what kind of answer is wanted, not what the question is about', () => {
    expect(matcher.score('can my probation be extended, and for how long?').ranked[0]?.faq.id).toBe(
      'probation-extension',
    );
    expect(matcher.score('how long is probation here').ranked[0]?.faq.id).toBe('probation-length');
  });

  it('leave a word of the topic alone when the question says it again', () => {
    const leave = loadValid(
      companyKb({
        'long-service-leave.md':
          '---\nquestion: Long service leave\ncategory: Leave\n---\nAfter seven years of service.\n',
        'reservist-leave.md':
          '---\nquestion: How much service leave do reservists get?\ncategory: Leave\n---\nUp to ten days a year.\n',
      }),
    );
    const [first, second] = new Matcher(leave).score('how long until I get long service leave').ranked;
    expect(first?.faq.id).toBe('long-service-leave');
    // ("long" counts in full: the FAQ without it is well behind, as it would not be if "long" were an aside)
    expect(second?.score).toBeLessThan(0.45);
  });
});

describe('a value of the present moment', () => {
  const kb = loadValid(
    companyKb({
      'standby-pay.md':
        '---\nquestion: How does standby pay work?\nalternates: [who is assigned to the standby rotation]\ncategory: Pay\n---\nStandby pays $4 an hour; the rotation is set by your supervisor.\n',
      'on-call-now.md':
        '---\nquestion: Who is on call right now?\ncategory: Pay\n---\nThe on-call rota in PagerDuty shows who is on call right now.\n',
    }),
  );
  const matcher = new Matcher(kb);

  it('is offered, not answered, from an FAQ about the policy', () => {
    const result = matcher.match("who's on standby for the sewer crew this weekend");
    expect(result.band).toBe('did-you-mean');
    expect(result.asksParticulars).toBe(true);
    expect(result.suggestions[0]?.faq.id).toBe('standby-pay');
    expect(matcher.match('who is assigned to the standby rotation').match?.faq.id).toBe('standby-pay');
  });

  it('is answered by an FAQ asked that way', () => {
    const result = matcher.match('who is on call right now');
    expect(result.asksParticulars).toBe(false);
    expect(result.match?.faq.id).toBe('on-call-now');
  });
});

describe("a question asked as the employer of one's own household staff", () => {
  const kb = loadValid(
    companyKb({
      'maternity-leave.md':
        '---\nquestion: How much maternity leave do I get?\ncategory: Leave\n---\nFour months, the first two paid in full.\n',
      'nanny-payroll.md':
        '---\nquestion: How do I register a nanny for payroll tax?\ncategory: Pay\n---\nThe household payroll desk registers your nanny and files the returns.\n',
    }),
  );
  const matcher = new Matcher(kb);

  it('is offered, not answered, from the policy for the company staff themselves', () => {
    const result = matcher.match('my domestic worker is pregnant, how much maternity leave must I give her?');
    expect(result.band).toBe('did-you-mean');
    expect(result.asksParticulars).toBe(true);
    expect(result.suggestions[0]?.faq.id).toBe('maternity-leave');
    expect(matcher.match('how much maternity leave do I get').match?.faq.id).toBe('maternity-leave');
  });

  it('is answered by an FAQ about household staff', () => {
    const result = matcher.match('how do I register my nanny for payroll tax');
    expect(result.asksParticulars).toBe(false);
    expect(result.match?.faq.id).toBe('nanny-payroll');
  });
});

describe('a question that no HR policy answers: a translation', () => {
  const kb = loadValid(
    companyKb({
      'te-reo-classes.md':
        '---\nquestion: Can I take te reo Maori classes at work?\ncategory: Learning\n---\nYes: free classes run on Tuesdays in work time.\n',
      'say-hello.md':
        '---\nquestion: How do you say hello in te reo?\ncategory: Culture\n---\nKia ora is hello, and thanks too.\n',
    }),
  );
  const matcher = new Matcher(kb);

  it('is offered, not answered, from the FAQ about language classes', () => {
    const result = matcher.match("how do you say 'thanks for your email' in te reo classes?");
    expect(result.band).toBe('did-you-mean');
    expect(result.asksParticulars).toBe(true);
    expect(result.suggestions.map(({ faq }) => faq.id)).toContain('te-reo-classes');
    expect(matcher.match('can I take te reo classes at work').match?.faq.id).toBe('te-reo-classes');
  });

  it('is answered by an FAQ that HR wrote as a translation', () => {
    const result = matcher.match('how do you say hello in te reo');
    expect(result.asksParticulars).toBe(false);
    expect(result.match?.faq.id).toBe('say-hello');
  });
});

describe('a request that the bot do something', () => {
  const kb = loadValid(
    companyKb({
      'request-vacation.md':
        '---\nquestion: How do I request vacation?\ncategory: Leave\n---\nRequest it in Workday; your manager approves it.\n',
      'sick-days.md': '---\nquestion: How many sick days do I get?\ncategory: Leave\n---\nTen paid sick days a year.\n',
    }),
  );
  const matcher = new Matcher(kb);

  it('offers the FAQ that explains how, but never answers as if the bot had done it', () => {
    const result = matcher.match('can you approve my vacation request? my manager is away');
    expect(result.band).toBe('did-you-mean');
    expect(result.asksAnAction).toBe(true);
    expect(result.likely).toBe(false);
    expect(result.suggestions[0]?.faq.id).toBe('request-vacation');
    const asked = matcher.match('how do I request vacation');
    expect(asked.band).toBe('answer');
    expect(asked.asksAnAction).toBe(false);
  });
});

describe('a general lexicon of related words (off by default)', () => {
  const kb = loadValid(
    companyKb({
      'referral.md': `---\nquestion: Do we pay a bonus for referring a friend?\ncategory: Hiring\n---\nYes: $1,000 once your friend has been here 90 days.\n`,
    }),
  );

  it('is consulted only when given, and only for words the knowledge base never uses', () => {
    const asked: string[] = [];
    const relatedWords = (word: string) => {
      asked.push(word);
      return word === 'buddy' ? ['pal', 'friend'] : [];
    };
    const plain = new Matcher(kb);
    const withLexicon = new Matcher(kb, { relatedWords });
    const question = 'what about my buddy?';
    expect(plain.score(question).ranked).toEqual([]);
    expect(withLexicon.score(question).ranked[0]?.faq.id).toBe('referral');
    expect(asked).toContain('buddy');
    expect(asked).not.toContain('bonus');
  });
});

describe('the wording of a question, small words included', () => {
  // Three FAQs about PTO whose phrasings all come down to the one term "pto" ("day off" is a cue for it).
  const kb = loadValid(
    companyKb({
      'pto-accrual.md':
        '---\nquestion: How much PTO do I earn?\nalternates: [how much vacation time do i get]\nkeywords: [PTO, accrual]\ncategory: Leave\n---\nFour hours a pay period.\n',
      'pto-request.md':
        '---\nquestion: How do I book time off?\nalternates: [how do i ask for a day off]\ncategory: Leave\n---\nIn Workday, two weeks ahead.\n',
      'pto-where.md':
        '---\nquestion: Where do I see my PTO?\nalternates: [where can i see my pto]\ncategory: Leave\n---\nWorkday, under Time Off.\n',
    }),
  );
  const matcher = new Matcher(kb);

  it('answers a question typed exactly as one FAQ’s alternate with that FAQ', () => {
    for (const [question, id] of [
      ['how do i ask for a day off', 'pto-request'],
      ['How much vacation time do I get?', 'pto-accrual'],
      ['<@U0HRBOT> where can I see my PTO?', 'pto-where'],
    ]) {
      const result = matcher.match(question as string);
      expect({ question, band: result.band, id: result.match?.faq.id }).toEqual({ question, band: 'answer', id });
      expect(matcher.score(question as string).wording).toBe('exact');
    }
  });

  it('puts first, among FAQs that cover a question equally, the one whose phrasing shares most of its words', () => {
    // Reworded, these still tie on "pto"; the small words say which FAQ HR meant. Not answered: a close call.
    const result = matcher.match('so how do i ask for a day off next month');
    expect(result.band).toBe('did-you-mean');
    expect(result.suggestions[0]?.faq.id).toBe('pto-request');
    expect(matcher.match('so where do i see my pto').suggestions[0]?.faq.id).toBe('pto-where');
  });

  it('gives no FAQ the question when two FAQs have it word for word', () => {
    const twins = new Matcher(
      loadValid(
        companyKb({
          'a.md':
            '---\nquestion: What is the dress code?\nalternates: [dress code]\ncategory: Work\n---\nSmart casual.\n',
          'b.md': '---\nquestion: Can I wear jeans?\nalternates: [dress code]\ncategory: Work\n---\nOn Fridays.\n',
        }),
      ),
    );
    expect(twins.score('dress code').wording).toBeUndefined();
    expect(twins.match('dress code').band).not.toBe('answer');
  });
});
