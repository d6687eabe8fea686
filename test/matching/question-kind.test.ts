import { DEFAULT_FILLER_WORDS } from '../../src/matching/filler-words';
import { words } from '../../src/matching/normalize';
import {
  askedRole,
  askedThing,
  asksAnAction,
  asksAsAnEmployer,
  asksOfAMoment,
  asksOutsideHr,
  asksToJoin,
  namesJoining,
  questionKind,
} from '../../src/matching/question-kind';

const kind = (text: string) => questionKind(words(text));

describe('questionKind', () => {
  it.each([
    ['what is a PEO?', 'explains'],
    ['PEO vs ASO', 'explains'],
    ['how does RAG work', 'explains'],
    ['what does co-employment mean', 'explains'],
    ['what kind of tasks can generative AI do', 'explains'],
  ])('reads %j as asking for an explanation', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it.each([
    ['who handles workers comp under a PEO', 'fact'],
    ['when is the open enrollment deadline', 'fact'],
    ['how much is the 401k match', 'fact'],
    ['what is the dress code', 'fact'],
  ])('reads %j as asking for a particular fact', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it.each([
    ['which PEO do we use', 'own'],
    ['how do I request PTO', 'own'],
    ['can I work from home on Fridays', 'own'],
    ["what's our parental leave policy", 'own'],
    ['is ChatGPT allowed at work', 'own'],
    ['are we with a peo or an aso', 'own'],
    ['What dental and vision coverage do we have?', 'own'],
    ['what documents do I need for my first day', 'own'],
    ['What do I do if I get hurt at work?', 'own'],
    ['what should we do if payroll is late', 'own'],
    ["What happens if I'm laid off?", 'own'],
    ['what happens to my 401k when i leave', 'own'],
  ])("reads %j as about the asker's own case", (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it.each([
    'how many sick days have I used this year',
    'how much PTO do I have left',
    'did my time off request get approved yet',
    'has my transfer gone through',
    'did my grievance from last month get a response yet?',
    'did HR receive my resignation letter yet?',
    'has anyone looked at my expense claim yet',
    "what's the status of my tuition reimbursement request",
    "what's my PTO balance right now",
    'what is my employee id number',
    'how much is in my 403b',
    "what's the balance on my travel card right now?",
    'what is the number of my badge',
    'how many sick days has one of my team taken this year? bit worried about them',
    'how much PTO has my direct report accrued',
    'can you tell me if my Sacco dividend has been paid yet?',
    'my expense claim has been approved yet?',
    "How much holiday has my team lead got left? want to know if she's off in August",
    'how many vacation hours does Luis have left',
    'how many sick days has she taken this year',
    'how much annual leave does my manager have left',
    'how much holiday has my new hire used',
    'how much has my employer contributed to my pension this year',
    'how much has my 401k earned',
  ])("reads %j as asking what the asker's own records say, or another's", (text) => {
    expect(kind(text)).toBe('record');
  });

  it.each([
    'how do I check my PTO balance',
    'where can I see my balance',
    'what happens to my PTO balance when I leave',
    'can I change my phone number',
    'how do I request PTO',
    "my pay hasn't arrived yet, what do I do",
    "is my sick leave paid if I haven't passed probation yet",
    "can I have my spouse added to my insurance if we aren't married yet",
    "I did my 90 days but don't have benefits yet, is that normal",
    'has my new hire paperwork got to be in before my start date, or not yet',
    'did they say when the new rota starts? my manager has not told us yet',
    'have I got to hand in my laptop before I leave, or can that wait until my last day yet',
    'has the new leave policy for my department come out yet',
    'has the new holiday calendar for my office come out yet?',
    'do I lose my PTO balance if I quit',
    'does the balance in my FSA roll over?',
    'is there a minimum balance in my HSA',
    'how do I remove the password on my payslip pdf',
    'how many days of leave has my wife got as a teacher',
    'how long has my manager got to approve leave',
    "what can I do if my claim hasn't been approved yet",
    'my claim has been rejected, can I appeal?',
    'my son has been sick for three days, do I need a medical certificate yet?',
    'my manager has been away for two weeks, can someone else approve my leave yet?',
    'my resignation has been accepted - can I take my remaining leave yet or do I work it out?',
    'how can I tell if my leave request has been approved yet?',
    'how many sick days has my employee got to have taken before I can ask for a medical certificate?',
    'how much leave does an employee have left after probation',
    'how much has my pension grown',
    'how many days does Luis get as a part-timer',
    'how many hours does a new hire have to work before they get benefits',
    'how long does HR have left to respond to my grievance',
    'how long does my manager have left to approve my timesheet',
    'how much tax has been taken from the bonus',
    'how much leave can I take if my wife has already used hers',
    'how much leave does everybody have left at year end, does it carry over',
    'how much has HR got left',
  ])('reads %j as a step or a case, not a record', (text) => {
    expect(kind(text)).not.toBe('record');
  });

  it.each(['pto', 'w2 form', 'peo aso'])('leaves keywords %j unmarked', (text) => {
    expect(kind(text)).toBe('unmarked');
  });
});

describe('asksOfAMoment', () => {
  it.each(["what was this year's ESOP share price?", 'what were the bonus payouts last year'])(
    'reads %j as asking for a value of the past',
    (text) => {
      expect(asksOfAMoment(words(text))).toBe(true);
    },
  );

  it.each([
    "who's on standby for the sewer crew this weekend",
    'how many deputies are assigned to the night shift right now?',
    "hey, who's on call for the plant tonight",
    'who is covering the front desk at the moment',
  ])('reads %j as asking who, or how many, as things stand at the present moment', (text) => {
    expect(asksOfAMoment(words(text))).toBe(true);
  });

  it.each([
    'what will the increase percentage be this year?',
    'hi, what will the bonus pool be for next quarter',
    'what will the raise be next year',
    'what will the parental leave payment rate be from July 2026?',
    'what will the shift allowance rate be in 2027',
    'what will the mileage rate be from 1 July 2026?',
    'what will the bonus payout be starting in July',
    'what will the increase be for 2027',
  ])('reads %j as asking for a value not yet set', (text) => {
    expect(asksOfAMoment(words(text))).toBe(true);
  });

  it.each([
    "what's the ESOP share price",
    'what is the 401k limit this year',
    'I was wondering what the vacation policy is',
    "my kid is sick and i can't come in tonight, what do i do",
    "I'm on STEM OPT right now. does the department need to sponsor anything?",
    'how many vacation days do new hires get',
    'need to reach HR tonight, a coworker got hurt, who do I call',
    'when do I get paid for the overtime I worked this weekend',
    'which health plans are available right now',
    'how much is the mileage rate at the moment',
    'how many days of bereavement leave are currently allowed',
    'who is currently eligible for the annual bonus',
    'what will my leave entitlement be next year',
    'what will happen to the bonus this year if I leave',
    'what will the increase percentage be based on',
    'what will the company holidays be next year',
    'what will the holiday schedule be this year?',
    'what will the pay dates be next month',
    'what will happen to unused pto this year, will it be paid out',
    'what will the shift allowance rate be for night workers',
    'what will the parental leave payment rate be from my second child',
    'what will the overtime rate be in December for rostered staff?',
    'what will the shift allowance rate be in May for night workers',
    'what will the bonus be from July for people on probation',
  ])("reads %j as about the asker's case, or a policy, not one moment", (text) => {
    expect(asksOfAMoment(words(text))).toBe(false);
  });
});

describe('asksOutsideHr', () => {
  it.each([
    "how do you say 'thanks for your email' in te reo?",
    "how do you say 'thanks for your email' in te language?",
    "what's the word for overtime in Spanish",
    'can you translate my out of office into French',
    'please translate this into Swahili: I will be on leave next week',
    'how many staff does Mvuli have in Uganda?',
    'how many people work in the Leeds office',
    'how many employees do we have in total',
  ])('reads %j as asking what no HR policy holds', (text) => {
    expect(asksOutsideHr(words(text))).toBe(true);
  });

  it.each([
    'can I do the te reo classes in work time?',
    'is the Spanish course in person or online',
    'how many people can I bring to the holiday party',
    'how many employees do I need to refer to get the bonus',
    'how many staff are allowed off at once in December',
    'what do I say to my manager in my return to work meeting',
    'how many staff get the car allowance',
    'Do I get the language allowance if I can say basic phrases in te reo?',
    'Can I say I am fluent in Spanish on my internal job application?',
    'Is it ok to say a karakia in te reo at the start of team meetings?',
    'Do I need to word my grievance in English or can I write it in Samoan?',
    'Can HR translate my employment contract into Swahili?',
    'I need someone to translate in Tongan at my disciplinary meeting, is that allowed?',
    'Do I have to spell my name in English on the visa sponsorship form?',
    'How many employees does a company need to have for FMLA to apply?',
    "how many people do I have to notify if I'm off sick?",
    'how many staff does a manager have to consult before a restructure?',
    'how many people do we have to have on an interview panel?',
    'how many people work from home at most on a Friday under the hybrid policy?',
    'how many people work in a team before we need a fire warden?',
    'how many staff work on a public holiday before penalty rates kick in?',
  ])('reads %j as an HR question', (text) => {
    expect(asksOutsideHr(words(text))).toBe(false);
  });
});

describe('asksToJoin', () => {
  it.each([
    'how do I join the union?',
    'how can i become a hand hygiene champion on my ward?',
    'how do I get on the relief panel in Galway?',
    'hi, how would we go on the bank list',
    'how do i become a union rep',
  ])('reads %j as asking how to join a group or take a role', (text) => {
    expect(asksToJoin(words(text))).toBe(true);
  });

  it.each([
    'when can I join the medical plan?',
    'do I have to join the pension?',
    'how do I apply for the fee waiver?',
    'how do I get paid for overtime',
    'how do I',
    // (going on leave, getting on a plan or becoming a manager is no group joined)
    'how do I go on maternity leave?',
    'how can I go on a leave of absence',
    'how do I get on the health plan',
    'how do we get on direct deposit',
    'how do I become a manager',
    'how do I join the health insurance plan',
    'how do I join another team',
  ])('reads %j as asking something else', (text) => {
    expect(asksToJoin(words(text))).toBe(false);
  });

  it('tells a phrasing about joining, enrolling or applying from one that only names the group', () => {
    expect(namesJoining(words('How do I enroll in the 401(k)?'))).toBe(true);
    expect(namesJoining(words('Can I sign up for the union?'))).toBe(true);
    expect(namesJoining(words('Who is eligible for the mentoring scheme?'))).toBe(true);
    expect(namesJoining(words('How do I raise a grievance with the union?'))).toBe(false);
  });
});

describe('asksAnAction', () => {
  it.each([
    'can you approve my LWOP request? it has been sitting for a week',
    'could you please change my tax class',
    'hi can u book me a meeting room for tuesday',
    'can you pls update my bank details',
    'hey hr bot can you update my direct deposit',
    'please can you book me a room',
    'write my resignation letter for me',
    'hi, please draft me a reference letter',
    'is my ILOE subscription still active? can you check',
    'could u check if my claim came through',
    'can you please check my claim',
  ])('reads %j as asking the bot to do something', (text) => {
    expect(asksAnAction(words(text))).toBe(true);
  });

  it.each([
    'can you tell me how to request leave',
    'can you help me reset my password',
    'can I approve my own timesheet',
    'will you pay for my RCN membership',
    'how do I cancel my vacation request',
    'could you explain the approval process',
    'can you change your 401k contribution at any time?',
    'can you add a dependent mid-year?',
    'could you extend parental leave beyond 12 weeks?',
    'how do I write my resignation letter',
    'write-ups: how long do they stay on my file?',
    'can you check in for your shift from the app?',
    'can you check your payslips online?',
    'can you check if contractors get health insurance',
    'write my CIMA exams next month, how many study leave days do I get?',
    'write-up my manager gave me, can I appeal it?',
    'draft of my contract has the wrong start date, who do I tell?',
    'draft my own objectives, is there a template?',
    'can I check my own payslip',
  ])('reads %j as a question, not a request to act', (text) => {
    expect(asksAnAction(words(text))).toBe(false);
  });
});

describe('asksAsAnEmployer', () => {
  it.each([
    'my domestic worker is pregnant, how much maternity leave must I give her and must I pay her?',
    'how do I register my nanny for UIF?',
    "what's the overtime rate I must pay my gardener on a Sunday?",
    'how many days annual leave must i give my maid',
  ])('reads %j as asked by the employer of household staff', (text) => {
    expect(asksAsAnEmployer(words(text))).toBe(true);
  });

  it.each([
    'my nanny is off sick, can I take family leave to look after the kids?',
    'my helper quit so I need to work from home this week',
    'how much maternity leave do I get and is it paid?',
    'the nanny at the creche says my kid has a fever, do I get paid family leave',
    'can I add my domestic partner to my medical aid and how much do I pay?',
    'my nanny quit, will the company give me emergency leave?',
    'my babysitter cancelled so I had to stay home, will I still get pay',
    'my domestic violence situation means I need time off, will they pay me',
  ])("reads %j as asked about the asker's own work", (text) => {
    expect(asksAsAnEmployer(words(text))).toBe(false);
  });
});

describe('questionKind with a request to the bot', () => {
  it.each([
    ['can you give me a quick overview of professional employer organizations', 'unmarked'],
    ['could you explain what a PEO is', 'explains'],
    ['can you tell me how do I request PTO', 'own'],
  ])('reads %j by what follows the request', (text, expected) => {
    expect(questionKind(words(text))).toBe(expected);
  });

  describe('askedThing', () => {
    const filler = new Set(DEFAULT_FILLER_WORDS);
    const thing = (text: string) => askedThing(words(text), (word) => filler.has(word));

    it.each([
      ['which immigration law firm do we use', 'firm'],
      ['what hotel are we staying at for the offsite', 'hotel'],
      ['Which dental plan should I pick?', 'plan'],
      ['ok so what forms do i need for my first day', 'forms'],
      ['what I want to know is which plan do I pick', 'plan'],
      ['how much is the fine if I park in the yellow zone without a permit?', 'fine'],
      ['how much is the deposit for a locker', 'deposit'],
    ])('reads %j as asking to name a %j', (text, expected) => {
      expect(thing(text)).toBe(expected);
    });

    it.each([
      'what time do I clock in',
      'what percentage does the company match',
      'what year do I vest',
      'what is our 401k match',
      'what actually happens if I make a complaint',
      "what's included in the ASO fee",
      'where is the framework that says what each level expects',
      'how do I request PTO',
      'what',
      'how much is the mileage rate',
      'how much is the amount if I work a holiday',
      'how much is the parking permit per fortnight',
      'how much is the price for a parking permit?',
      'how much is the pay for a public holiday',
      'how much is the fee for the first aid course',
      'how much is the rate if I work a public holiday?',
    ])('reads no thing to name in %j', (text) => {
      expect(thing(text)).toBeUndefined();
    });
  });

  describe('askedRole', () => {
    const filler = new Set(DEFAULT_FILLER_WORDS);
    const role = (text: string) => askedRole(words(text), (word) => filler.has(word));

    it.each([
      ['who is the hiring manager for the open designer role', ['hiring', 'manager']],
      ["who's the team lead for JLH night shift now", ['team', 'lead']],
      ['Who is the HR business partner for CAC?', ['hr', 'business', 'partner']],
      ['whos the CEO', ['ceo']],
      ['under an aso who is the employer of record', ['employer']],
      ["who's on the calibration panel for my promotion this october?", ['calibration', 'panel']],
      ['who is on the safety committee at the plant', ['safety', 'committee']],
      ['whos on the hiring panel this year', ['hiring', 'panel']],
    ])('reads %j as asking who holds the post %j', (text, expected) => {
      expect(role(text)).toEqual(expected);
    });

    it.each([
      'who is the right person to ask about my 401k',
      "who's the best contact for benefits",
      'who handles workers comp',
      'who do I ask about PTO',
      'which hotel are we staying at',
      'who is',
      'who on the team handles payroll questions',
      "who's on the org chart above my manager",
    ])('reads no post in %j', (text) => {
      expect(role(text)).toBeUndefined();
    });
  });
});
