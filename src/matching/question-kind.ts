import { englishWords } from './english-words';
import { words } from './normalize';
/**
 * What kind of answer a question asks for, read from its grammar: an explanation of an idea ("what is a
 * PEO?", "PEO vs ASO", "how does RAG work?"), or a particular fact or step ("who…", "which…", "when…",
 * "how much…", "how do I…", "can I…", "what is our…").
 *
 * The matcher compares this with what an FAQ's own phrasings ask. An FAQ that only ever explains an idea
 * cannot answer a question that asks for a particular fact ("which PEO do we use?" against "What is a PEO?"),
 * so that question gets "Did you mean…?" instead of a confident answer. In a knowledge base of general
 * explainers, a question about the asker's own case ("how do I file a claim at our office?") needs an FAQ
 * that speaks of the asker's own case too. An FAQ that is itself about a particular fact or step ("How do I
 * request PTO?") answers such questions as usual.
 */
export const QUESTION_KINDS = ['explains', 'fact', 'own', 'record', 'unmarked'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const OWN = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'im', 'ive', 'mine', 'ours']);
const DETERMINERS = new Set(['the', 'our', 'my', 'your', 'their', 'this', 'that', 'these', 'those', 'his', 'her']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'must']);
const BE = new Set(['is', 'are', 'was', 'were', 'am', 'whats', 'isnt', 'arent']);
const ASKS_FOR_A_FACT = new Set(['who', 'whom', 'whose', 'which', 'when', 'where', 'whos', 'wheres', 'whens']);
/** "is it allowed…", "am I eligible…": a question of permission is about the asker's own case. */
const PERMISSION = new Set(['allowed', 'permitted', 'approved', 'eligible', 'entitled', 'banned', 'prohibited']);
const QUANTITIES = new Set(['much', 'many', 'long', 'often', 'soon', 'far']);
const EXPLAINS = new Set([
  'vs',
  'versus',
  'difference',
  'differences',
  'differ',
  'different',
  'compare',
  'compared',
  'comparison',
  'meaning',
  'mean',
  'means',
  'define',
  'definition',
  'explain',
  'explained',
  'why',
]);

/**
 * The kind of one question or phrasing, from its normalised words: `explains` (what an idea is, how it
 * works, how two compare), `fact` (a particular fact: who, which, when, where, how much, what is the…),
 * `own` (a particular fact or step about the asker's own case: how do I…, can we…, what is our…), `record`
 * (what the asker's own records say today, or a report's: how many sick days have I used, did my claim get
 * approved yet, what's my PTO balance, how many sick days has one of my team taken; no FAQ holds those), or `unmarked` (keywords, no question form).
 */
export function questionKind(input: readonly string[]): QuestionKind {
  const words = withoutRequest(input.filter((word) => word !== 'hi' && word !== 'hey' && word !== 'hello'));
  if (asksOwnRecord(words) || asksAnothersRecord(words)) return 'record';
  if (words.some((word) => PERMISSION.has(word))) return 'own';
  const particular = particularQuestion(words);
  if (particular) return words.some((word) => OWN.has(word)) ? 'own' : 'fact';
  if (words.some((word) => EXPLAINS.has(word))) return 'explains';
  if (words.includes('what') || words.includes('how') || words.includes('whats')) return 'explains';
  return 'unmarked';
}

/**
 * Does the question name a particular it wants (who, which, when, where, how much or many, what is our…)?
 * "which PEO do we use" and "how much is our uniform allowance" do; "do we get a uniform allowance" and
 * "can I claim my boots" ask about the asker's own case without naming one.
 */
export function namesAParticular(input: readonly string[]): boolean {
  const words = withoutRequest(input);
  return words.some((_, index) => particularAt(words, index));
}

/** Words that set a question at the present moment: "right now", "this weekend", "at the moment". */
const NOW = [['right', 'now'], ['at', 'the', 'moment'], ['this', 'weekend'], ['tonight']];
/** A coming period, said straight after "be": "…be this year", "…be for next quarter". */
const COMING = new Set(['year', 'month', 'quarter']);
/** Values that are set when their time comes, not by a policy: "the increase percentage", "the bonus pool". */
const VALUES = new Set(
  'percent percentage rate rates amount increase increases raise raises bonus bonuses payout pool multiplier figure'.split(
    ' ',
  ),
);
const GREETINGS = new Set(['hi', 'hey', 'hello', 'hiya', 'yo', 'morning', 'quick', 'q', 'question']);
/** The bot, as a message addresses it: "can you…", "could u…". */
const YOU = new Set(['you', 'u']);

/**
 * Does the question ask for a value of one moment, which a policy FAQ does not hold unless its own phrasings
 * ask it that way? Either what something was ("what was this year's ESOP share price?", "what were the bonus
 * payouts last year?"), or who, or how many, as things stand now, asked outright of others ("who's on
 * standby for the sewer crew this weekend", "how many deputies are on the night shift right now"): a roster,
 * not a policy; or what a value such as a rate or a bonus will be this or next month, quarter or year, or
 * from a date to come ("what will the increase percentage be this year?", "what will the rate be from July
 * 2026?"), which no policy sets. A question about the asker's own case
 * stays a question about policy ("who do I call tonight, a coworker got hurt"), and so does one that asks which
 * or how much ("which health plans are available right now", "how much is the mileage rate at the moment"),
 * or what a published thing will be ("what will the company holidays be next year"), whose answer a policy FAQ
 * gives.
 */
export function asksOfAMoment(input: readonly string[]): boolean {
  if (input.some((word, index) => word === 'what' && (input[index + 1] === 'was' || input[index + 1] === 'were'))) {
    return true;
  }
  const start = input.findIndex((word) => !GREETINGS.has(word));
  const words = start < 0 ? [] : input.slice(start);
  if (words.some((word) => OWN.has(word))) return false;
  const [first, second] = words;
  // "what will the increase percentage be this year?": a value not yet set, which no policy holds
  if (first === 'what' && second === 'will' && valueToCome(words.slice(2))) return true;
  const whoOrHowMany = first === 'who' || first === 'whos' || (first === 'how' && second === 'many');
  return (
    whoOrHowMany &&
    words.some((_, index) => NOW.some((marker) => marker.every((word, offset) => words[index + offset] === word)))
  );
}

/** Months, by which a coming date is said: "…be from July 2026". */
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const YEAR = /^20\d\d$/;
/** A day of the month said before its name: "from 1 July", "from the 1st of July". */
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

/**
 * "the increase percentage be this year", "the bonus pool be for next quarter", "the parental leave payment
 * rate be from July 2026", "the shift allowance rate be in 2027": a value, then its time to come. A month
 * after "in" ("what will the overtime rate be in December for rostered staff?", "…in December 2026") is not
 * read as a date to come: it may ask about the policy.
 */
function valueToCome(words: readonly string[]): boolean {
  const be = words.indexOf('be');
  if (be < 1 || be > 6 || !words.slice(0, be).some((word) => VALUES.has(word))) return false;
  const [then, ...rest] = words[be + 1] === 'for' ? words.slice(be + 2) : words.slice(be + 1);
  const [period] = rest;
  if (then === 'this' || then === 'next') return COMING.has(period ?? '');
  if (then !== undefined && YEAR.test(then)) return true;
  if (then !== 'from' && then !== 'in' && then !== 'after' && then !== 'starting') return false;
  // ("from 1 July", "from the 1st of July", "starting in July 2026")
  const date = rest.filter((word) => word !== 'the' && word !== 'of' && word !== 'in' && !DAY.test(word));
  const [first, second] = date;
  if (first !== undefined && YEAR.test(first)) return true;
  return (then === 'from' || then === 'starting') && first !== undefined && MONTHS.has(first) && second !== 'for';
}

/** Languages a message may ask to have words said in: "how do you say 'thank you' in te reo?". */
const LANGUAGES = new Set(
  `english spanish french german italian portuguese dutch polish swahili maori reo tagalog filipino hindi urdu
    arabic mandarin chinese cantonese japanese korean vietnamese thai afrikaans zulu xhosa russian ukrainian
    turkish samoan tongan`.split(/\s+/),
);
/** Asked of a word or phrase, as "how do you say …". */
const SAYING = new Set(['say', 'spell', 'pronounce', 'write']);
/** Who says it, in "how do you / would I / does one say …". */
const SAYERS = new Set(['you', 'u', 'i', 'one', 'we']);
/** Who a company's headcount counts. */
const HEADCOUNT = new Set(['staff', 'employees', 'people', 'workers', 'staffers']);
/** Where a headcount is counted: "…have in Uganda", "…work at the Leeds site". */
const PLACES = new Set(['in', 'at', 'across', 'here', 'there', 'total', 'now', 'altogether', 'overall']);

/** "in Spanish", "into French", "in te reo" (read "in te language" once the Māori words are read as English). */
function inALanguage(words: readonly string[], from: number): boolean {
  for (let at = from; at < words.length; at++) {
    if (words[at] !== 'in' && words[at] !== 'into') continue;
    if (words[at + 1] === 'te' && (words[at + 2] === 'reo' || words[at + 2] === 'language')) return true;
    if (LANGUAGES.has(words[at + 1] ?? '')) return true;
  }
  return false;
}

/** Where the message's own words start, past greetings and "please": "hi, please write my…" → "write". */
function openingAt(words: readonly string[]): number {
  return words.findIndex((word) => !GREETINGS.has(word) && !POLITE.has(word));
}

/**
 * Is the word at this index asked for as "what's the …" or "what is the …"? ("what's" reads as "what" once
 * the possessive is gone.)
 */
function askedAsWhatThe(words: readonly string[], at: number): boolean {
  if (words[at - 1] !== 'the') return false;
  const before = words[at - 2] ?? '';
  return before === 'what' || before === 'whats' || (BE.has(before) && words[at - 3] === 'what');
}

/**
 * A request for a translation: "how do you say 'thanks for your email' in te reo?", "what's the word for
 * overtime in Spanish", "translate my out of office into French", "can you translate … into Swahili". Not a
 * question about the asker's own use of a language ("can I say a karakia in te reo at meetings?", "do I get
 * the language allowance if I can say basic phrases in te reo?", "can HR translate my contract into
 * Swahili?").
 */
function asksATranslation(words: readonly string[]): boolean {
  const opening = openingAt(words);
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    // "how do you say", "how would I spell", "how does one say"
    const asked =
      (SAYING.has(word ?? '') &&
        SAYERS.has(words[at - 1] ?? '') &&
        AUXILIARIES.has(words[at - 2] ?? '') &&
        words[at - 3] === 'how') ||
      // "what's the word for", "what is the word for"
      (word === 'word' && words[at + 1] === 'for' && askedAsWhatThe(words, at)) ||
      // "translate …" told outright, or asked of the bot ("can you translate …")
      (word === 'translate' &&
        (at === opening || requestedVerb(words, at - 2) === at || requestedVerb(words, at - 3) === at));
    if (asked && inALanguage(words, at + 1)) return true;
  }
  return false;
}

/**
 * "how many staff does the bank have in Uganda?", "how many employees do we have in total", "how many people
 * work at the Leeds site": the company's headcount. Not "how many employees does a company need to have for
 * FMLA to apply?", "how many people do I have to notify", "how many people work from home at most on a
 * Friday under the hybrid policy?" or "how many people work in a team before we need a fire warden?".
 */
function asksTheHeadcount(words: readonly string[]): boolean {
  const many = words.findIndex((word, index) => word === 'how' && words[index + 1] === 'many');
  if (many < 0 || !HEADCOUNT.has(words[many + 2] ?? '')) return false;
  const [verb, ...rest] = words.slice(many + 3);
  if (rest.some((word) => CONDITIONS.has(word) || word === 'under' || word === 'need' || word === 'needs')) {
    return false;
  }
  if (verb === 'work' || verb === 'works') return PLACES.has(rest[0] ?? '') || rest[0] === 'for';
  if (verb !== 'does' && verb !== 'do') return false;
  const have = rest.slice(0, 4).findIndex((word) => word === 'have' || word === 'employ');
  if (have < 0) return false;
  // (not "how many people do I have to notify", "…do you have to refer")
  const who = rest.slice(0, have);
  if (who.some((word) => word === 'i' || word === 'you' || word === 'u')) return false;
  const after = rest[have + 1];
  return after === undefined || PLACES.has(after);
}

/**
 * Does the question ask how to join a group or take a role in it ("how do I join the union?", "how can I
 * become a hand hygiene champion?", "how do I get on the relief panel?")? Only an FAQ whose phrasings speak of
 * joining, membership, enrolling, signing up, registering or applying answers that (see `namesJoining`); one
 * that merely mentions the union or the panel does not. Going on leave, getting on a plan, or becoming a
 * manager is no such question: the group or role must be named within a few words of the verb.
 */
export function asksToJoin(words: readonly string[]): boolean {
  for (let index = 0; index + 3 < words.length; index++) {
    if (words[index] !== 'how' || !ASKING_HOW.has(words[index + 1] ?? '')) continue;
    if (!JOINERS.has(words[index + 2] ?? '')) continue;
    const verb = words[index + 3];
    const onto = (verb === 'get' || verb === 'go') && words[index + 4] === 'on';
    if (verb !== 'join' && verb !== 'become' && !onto) continue;
    const object = words.slice(index + (onto ? 5 : 4), index + (onto ? 9 : 8));
    if (object.some((word) => GROUPS.has(word) || (verb === 'become' && ROLES.has(word)))) return true;
  }
  return false;
}

const ASKING_HOW = new Set(['do', 'can', 'could', 'would', 'should', 'does']);
const JOINERS = new Set(['i', 'we', 'you', 'u', 'one', 'someone', 'staff', 'employees']);
/** Groups one joins or gets on (not a team, which one moves to, nor a plan, which one enrols in). */
const GROUPS = new Set(
  words(`union unions committee committees panel panels council board club network group groups erg ergs
    association society forum list register rota roster bank pool`),
);
/** Roles one becomes in such a group (not a manager or a lead: a promotion). */
const ROLES = new Set(
  words(`member rep representative steward champion mentor volunteer ambassador aider warden trainer buddy
    delegate trustee governor`),
);
const JOINING = new Set(
  words(`join joins joining joined become becoming member members membership enrol enroll enrols enrolls
    enrolment enrollment enrolled enrolling signup register registering registered registration apply
    applying applied application eligible eligibility`),
);

/**
 * Does a phrasing speak of joining, becoming a member, enrolling, signing up, registering, applying, or who
 * is eligible (or "get on" a list)?
 */
export function namesJoining(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      JOINING.has(word) ||
      ((word === 'sign' || word === 'signed' || word === 'signing') && words[index + 1] === 'up') ||
      (word === 'get' && words[index + 1] === 'on'),
  );
}

/**
 * Does the question ask for something no HR policy answers, however near an FAQ's words come: a translation
 * (see `asksATranslation`) or the company's headcount (see `asksTheHeadcount`)? A question about language
 * classes, or "how many people can I bring to the party", is not.
 */
export function asksOutsideHr(words: readonly string[]): boolean {
  return asksATranslation(words) || asksTheHeadcount(words);
}

/** Those an asker may employ at home, whose pay and leave are the asker's to give, not the company's. */
const HOUSEHOLD_STAFF = new Set(['gardener', 'nanny', 'maid', 'babysitter']);
/** "domestic" names household staff only before one of these ("my domestic worker", not "domestic partner"). */
const DOMESTIC_STAFF = new Set(['worker', 'workers', 'helper', 'helpers', 'staff', 'employee']);
/** What an employer does for or to those it employs: "must I pay her", "how do I register my nanny". */
const EMPLOYING = new Set('give pay register employ hire fire dismiss owe deduct'.split(' '));
/** Whom the asker employs, as the object of such a verb: "give her", "pay my gardener". */
const EMPLOYED = new Set(['her', 'him', 'them', 'my']);

/** Does the text name household staff ("my nanny", "a domestic worker")? From the word at this index. */
function householdStaffAt(words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  return HOUSEHOLD_STAFF.has(word) || (word === 'domestic' && DOMESTIC_STAFF.has(words[index + 1] ?? ''));
}

/** Does this text name household staff anywhere ("how do I register a domestic worker for UIF?")? */
export function namesHouseholdStaff(words: readonly string[]): boolean {
  return words.some((_, index) => householdStaffAt(words, index));
}

/**
 * Does the asker ask as the employer of their own household staff ("my domestic worker is pregnant, how much
 * maternity leave must I give her?", "how do I register my nanny for UIF?")? A company's FAQ answers for the
 * company's people, not for those its people employ at home, however much the words are the same. "my nanny
 * is off sick, can I take family leave?" asks about the asker's own leave, and "can I add my domestic partner to
 * my cover?" about the asker's own cover: neither is such a question.
 */
export function asksAsAnEmployer(words: readonly string[]): boolean {
  const employs = words.some((word, index) => word === 'my' && householdStaffAt(words, index + 1));
  // The asker does the employing ("must I give her", "I must pay my gardener", "do I register my nanny"),
  // not the company ("will the company give me emergency leave?").
  const asEmployer = (word: string, index: number) =>
    EMPLOYING.has(word) &&
    words.slice(Math.max(0, index - 3), index).includes('i') &&
    EMPLOYED.has(words[index + 1] ?? '');
  return employs && words.some(asEmployer);
}

/** Does the word at this index start the naming of a particular: who, which…, how much…, what is our…, what time…? */
function particularAt(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  const next = words[index + 1];
  if (ASKS_FOR_A_FACT.has(word)) return true;
  if (word === 'how') return next !== undefined && QUANTITIES.has(next);
  if (word !== 'what' && word !== 'whats') return false;
  const subject = word === 'whats' ? next : BE.has(next ?? '') ? words[index + 2] : undefined;
  // "what is the / our / my …" asks for a fact; "what is a …" asks what something is.
  if (subject !== undefined && DETERMINERS.has(subject)) return true;
  // "what's our…" reads as "what our…" once the possessive is gone
  if (next !== undefined && DETERMINERS.has(next) && next !== 'the') return true;
  return next === 'time' || next === 'date' || next === 'day';
}

/** "can you (please) tell me …", "could you explain …": a request to the bot, not a question about the asker. */
function withoutRequest(words: readonly string[]): readonly string[] {
  const [first, second] = words;
  if (first === undefined || !AUXILIARIES.has(first) || !YOU.has(second ?? '')) return words;
  let rest = words.slice(2);
  if (rest[0] === 'please' || rest[0] === 'pls') rest = rest.slice(1);
  if (rest[0] !== undefined && REQUESTS.has(rest[0])) rest = rest.slice(1);
  if (rest[0] === 'me' || rest[0] === 'us') rest = rest.slice(1);
  return rest;
}

/**
 * What an asker may ask the bot to do for them ("can you approve my vacation request", "could you book me a
 * meeting room"): things only a person or a system can do. Asking to be told, shown, sent or helped is asking
 * for information, and is not among them.
 */
const ACTIONS = new Set(
  `approve authorise authorize cancel book rebook update change fix reset unlock process submit add remove
    delete sign correct adjust move schedule arrange order raise log register enroll enrol renew extend
    activate issue reissue forward escalate chase expedite release reimburse refund reject deny pull write draft
    compose`.split(/\s+/),
);
/** Writing asked of the bot outright ("write my resignation letter for me"). */
const WRITING = new Set(['write', 'draft', 'compose']);
/** What one writes oneself: "I write my exams in June" is said as "write my exams…" too. */
const EXAMS = new Set(['exam', 'exams', 'test', 'tests', 'paper', 'papers']);
/** Whose the thing to be done is: the asker's ("approve my request", "book me a room"). */
const ASKERS = new Set(['my', 'me', 'our', 'us']);
const POLITE = new Set(['please', 'pls', 'plz', 'kindly']);

/**
 * Does the message ask the bot to do something for the asker ("can you approve my LWOP request", "hey, could
 * you please change my tax class", "please can you book me a room")? No FAQ does it, however well one explains
 * how it is done: the bot offers that FAQ and points to HR, rather than answering as if it were done. The thing
 * must be the asker's: "can you change your 401k contribution at any time?" or "can you add a dependent
 * mid-year?" asks what anyone may do, and "will you pay for my membership?" asks what the company does.
 */
export function asksAnAction(words: readonly string[]): boolean {
  // "write my resignation letter for me", "please draft me a reference": told outright (but not "write my
  // CIMA exams next month…", "draft my own objectives", "write-up my manager gave me")
  const opening = openingAt(words);
  const whose = words[opening + 1];
  const what = words.slice(opening + 2, opening + 6);
  if (
    WRITING.has(words[opening] ?? '') &&
    ASKERS.has(whose ?? '') &&
    !what.includes('own') &&
    !what.some((word) => EXAMS.has(word))
  ) {
    return true;
  }
  // "could you please check my claim", "is my subscription still active? can you check": a look into the
  // asker's case, wherever it is asked (but not "can you check your payslip online?" or "can you check if
  // contractors get health insurance", which ask what anyone may do or what the policy is)
  for (let at = 0; at < words.length; at++) {
    const verb = requestedVerb(words, at);
    if (verb < 0 || words[verb] !== 'check') continue;
    const after = words.slice(verb + 1, verb + 4);
    const atTheEnd = after.every((word) => POLITE.has(word) || word === 'thanks' || word === 'thx');
    if (after.some((word) => ASKERS.has(word)) || (atTheEnd && words.slice(0, at).includes('my'))) return true;
  }
  // ("can you" within the first few words: "hey hr bot, can you…", "hi, quick q: can you…")
  for (let at = 0; at < Math.min(words.length, 5); at++) {
    const verb = requestedVerb(words, at);
    if (verb < 0) continue;
    if (!ACTIONS.has(words[verb] ?? '')) return false;
    return words.slice(verb + 1, verb + 4).some((later) => ASKERS.has(later));
  }
  return false;
}

/** Where "can you (please) …" or "could you …" starts at this index, the index of the verb asked; else -1. */
function requestedVerb(words: readonly string[], at: number): number {
  if ((words[at] !== 'can' && words[at] !== 'could') || !YOU.has(words[at + 1] ?? '')) return -1;
  let verb = at + 2;
  while (POLITE.has(words[verb] ?? '')) verb += 1;
  return verb;
}

/** "…get a response yet", with no "if", "when" or "until" before it: has it happened by now? */
function yetAsked(words: readonly string[]): boolean {
  const at = words.indexOf('yet');
  return at >= 0 && !words.slice(0, at).some((word) => CONDITIONS.has(word));
}
const CONDITIONS = new Set(['if', 'when', 'until', 'before', 'unless', 'once']);

/** Said of a request or claim whose progress the asker wants to know ("did my claim get approved"). */
const PROGRESS = new Set([
  'approved',
  'processed',
  'received',
  'accepted',
  'denied',
  'rejected',
  'declined',
  'submitted',
  'uploaded',
  'cleared',
  'posted',
  'reviewed',
  'through',
  'arrived',
  'deposited',
]);
/** What the asker has used or has left: "how many sick days have I used", "how much PTO do I have left". */
const USED = new Set(['used', 'taken', 'accrued', 'earned', 'banked', 'saved', 'contributed', 'left', 'remaining']);
/** A record only HR's systems hold, asked for as "what's my …": "what's my PTO balance", "my employee id". */
const RECORD = new Set(['balance', 'balances', 'id', 'number', 'password', 'login', 'username', 'status']);
/** "how do I check my balance" asks for a step, which an FAQ may well hold. */
const LOOK_UP = new Set([
  'check',
  'see',
  'find',
  'view',
  'look',
  'access',
  'get',
  'reset',
  'change',
  'update',
  'tell',
  'know',
]);

/**
 * Does the question ask what the asker's own records say today, rather than what the policy is? "how many
 * sick days have I used this year", "did my time off request get approved yet", "what's the status of my
 * claim", "what's my PTO balance", "how much is in my 403b"; or a manager's question about a report's records
 * ("how many sick days has one of my team taken"). Questions asking how to look something up
 * ("how do I check my balance"), what happens in a case ("what happens to my PTO if I leave") or what to do
 * ("my pay hasn't arrived yet") are not.
 */
function asksOwnRecord(words: readonly string[]): boolean {
  const mine = words.includes('my') || words.includes('i') || words.includes('im');
  if (!mine) return false;
  const asking = words.findIndex((word) => !GREETINGS.has(word));
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const next = words[index + 1];
    if (word === 'how' && AUXILIARIES.has(next ?? '') && LOOK_UP.has(words[index + 3] ?? '')) return false;
    if (word === 'where' || word === 'happens' || word === 'happen') return false;
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const next = words[index + 1];
    // "did my claim get approved", "has my transfer gone through", "is my leave approved"
    if ((word === 'did' || word === 'has' || word === 'have' || word === 'is' || word === 'was') && next === 'my') {
      if (words.slice(index + 2).some((later) => PROGRESS.has(later))) return true;
    }
    // "did my grievance get a response yet", "did HR receive my resignation letter yet", opening the question
    // with the asker's thing among its first words, and "yet" (but not "is my sick leave paid if I haven't
    // passed probation yet", "can I have my spouse added if we aren't married yet", which ask about the
    // policy, nor "has the new leave policy for my department come out yet", which asks about the company)
    if (index === asking && (word === 'did' || word === 'has' || word === 'have')) {
      const mine = words.slice(index + 1, index + 5).includes('my');
      if (mine && yetAsked(words.slice(index + 1))) return true;
    }
    // "how much has my employer contributed to my pension this year", "how much has my 401k earned": the
    // asker's own records (someone else's, "how many sick days has one of my team taken", are read by
    // asksAnothersRecord; not "how many sick days has my employee got to have taken before I can ask for a
    // certificate?")
    if (word === 'has' && words.includes('how') && words.slice(index + 1, index + 5).includes('my')) {
      const used = words.slice(index + 2, index + 7).findIndex((later) => USED.has(later));
      if (used >= 0 && !words.slice(index + 1, index + 2 + used).includes('to')) return true;
    }
    // "can you tell me if my Sacco dividend has been paid yet", "my claim has been approved yet?": "yet" right
    // after what has been done (not "my son has been sick for three days, do I need a certificate yet?")
    if (word === 'my') {
      const found = words.slice(index + 2, index + 6).findIndex((later) => later === 'has' || later === 'have');
      const has = index + 2 + found;
      const done = words[has + 2] ?? '';
      if (found >= 0 && words[has + 1] === 'been' && (done === 'paid' || PROGRESS.has(done))) {
        if (words[has + 3] === 'yet' && yetAsked(words.slice(index))) return true;
      }
    }
    // "how many sick days have I used", "how much PTO do I have left"
    if ((word === 'have' || word === 'i') && (next === 'i' || next === 'have') && words.includes('how')) {
      if (words.slice(index + 2, index + 5).some((later) => USED.has(later))) return true;
    }
    // "what's my PTO balance", "what is my employee id number", "the status of my claim"
    if ((word === 'whats' || word === 'what') && words.slice(index + 1, index + 3).includes('my')) {
      if (words.slice(index + 2, index + 6).some((later) => RECORD.has(later))) return true;
    }
    if (word === 'status' && next === 'of' && words[index + 2] === 'my') return true;
    // "what's the balance on my travel card", "what is the number of my badge" (but not "does the balance in
    // my FSA roll over?", which asks what the policy does)
    if (RECORD.has(word) && askedAsWhatThe(words, index) && (next === 'of' || next === 'on' || next === 'in')) {
      if (words[index + 2] === 'my') return true;
    }
    // "how much is in my 401k", "how much do I have in my HSA"
    if (
      word === 'how' &&
      next === 'much' &&
      words
        .slice(index + 2, index + 6)
        .join(' ')
        .match(/\b(is|have) in my\b/)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * People a question names by their place at work: whose records a manager or colleague may ask about ("how
 * much holiday has my team lead got left"), or who said something ("my manager keeps saying…", an aside).
 */
export const PEOPLE: ReadonlySet<string> = new Set([
  'team',
  'report',
  'reports',
  'direct',
  'employee',
  'employees',
  'staff',
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'lead',
  'manager',
  'boss',
  'supervisor',
  'member',
  'members',
  'assistant',
  'hire',
  'hires',
  'starter',
  'starters',
]);
/** Whom a "how much … does X have left" question asks about in general, not by name. */
const IN_GENERAL = new Set(['a', 'an', 'the', 'each', 'every', 'one', 'someone', 'anyone', 'everyone', 'people', 'hr']);
/** Who else a question may name in one word: "how many sick days has she taken". */
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
/** Records kept of what someone has left or has used. */
const LEFT = new Set(['left', 'remaining']);

/**
 * Does the question ask what someone else's records say: "how much holiday has my team lead got left?",
 * "how many vacation hours does Luis have left", "how many sick days has she taken"? No FAQ holds another
 * person's balance, however its own phrasings ask about the asker's ("How much holiday have I got left?").
 * Not "how much leave does an employee have left after probation" (anyone's, by the policy), "how many days
 * do I have left" (the asker's own) nor "how much has my pension grown".
 */
export function asksAnothersRecord(words: readonly string[]): boolean {
  if (!words.includes('how')) return false;
  for (let index = words.indexOf('how') + 1; index < words.length; index++) {
    const word = words[index] as string;
    if (word !== 'does' && word !== 'has' && word !== 'did') continue;
    // the subject, up to "have/got left" or "taken/used…" (a few words: "one of my team")
    const after = words.slice(index + 2, index + 7);
    const verb = after.findIndex((later) => later === 'have' || later === 'got');
    const used = after.findIndex((later) => USED.has(later) && !LEFT.has(later));
    // ("how long does my manager have left to approve it?" asks about a deadline, not a balance)
    const left = LEFT.has(words[index + 3 + verb] ?? '') && words[index + 4 + verb] !== 'to';
    const end = verb >= 0 && left ? verb : used;
    const subject = words.slice(index + 1, index + 2 + end);
    // (not "how many sick days has my employee got to have taken before I can ask for a certificate?")
    if (end < 0 || subject.includes('to')) continue;
    // "my team lead", "one of my team", "our new starter's manager" (but not "my pension", a thing)
    const mine = subject.findIndex((later) => later === 'my' || later === 'our');
    if (mine >= 0) return subject.slice(mine + 1).some((later) => PEOPLE.has(later));
    // "she", or a name that is no English word: "Luis", "Priya" (but not "an employee", "I", "HR", nor the
    // "been" of "how much tax has been taken")
    // (a first name and a surname too: "Jessica Tran", "Wei Li")
    const [first, surname] = subject;
    const name = (word: string, shortest = 3) =>
      word.length >= shortest && /^[a-z]+$/.test(word) && !IN_GENERAL.has(word) && !englishWords().has(word);
    if (first === undefined || subject.length > 2) return false;
    if (surname === undefined) return PRONOUNS.has(first) || name(first);
    return name(first) && name(surname, 2);
  }
  return false;
}

const REQUESTS = new Set(['tell', 'give', 'explain', 'show', 'describe', 'help', 'send', 'share', 'remind']);

function particularQuestion(words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const next = words[index + 1];
    const after = words[index + 2];
    if (particularAt(words, index)) return true;
    if (word === 'how' && next !== undefined) {
      if (next === 'to') return true;
      // "how do I…", "how can we…": a step the asker must take; "how does a PEO work" explains.
      if (AUXILIARIES.has(next) && after !== undefined && OWN.has(after)) return true;
    }
    if (word === 'what' || word === 'whats') {
      // "what do I do if…", "what should we…": a step the asker must take, as "how do I…" is.
      if (next !== undefined && AUXILIARIES.has(next) && after !== undefined && OWN.has(after)) return true;
      // "what happens if I'm let go", "what happens to my 401k": what the policy does in the asker's case.
      if ((next === 'happens' || next === 'happen') && words.slice(index + 2).some((later) => OWN.has(later))) {
        return true;
      }
      // "what dental coverage do we have", "what documents do I need": what the asker's own case holds.
      const auxiliary = words.slice(index + 2, index + 6).findIndex((later) => AUXILIARIES.has(later));
      if (auxiliary >= 0 && OWN.has(words[index + 3 + auxiliary] ?? '')) return true;
    }
  }
  // "can I…", "am I allowed…", "do we have…", "is copilot approved at our company?": a yes/no question
  // about the asker's own case.
  const [first] = words;
  const yesNo = first !== undefined && (AUXILIARIES.has(first) || BE.has(first) || first === 'have' || first === 'has');
  return yesNo && words.some((word) => OWN.has(word));
}

/** "What time…", "what percentage…": a time or an amount is asked for, not a thing to be named. */
const MEASURES = new Set(
  `time times day days date dates hour hours week weeks month months year years percent percentage percentages
    amount amounts age number`.split(/\s+/),
);
/** Words for an amount itself, which "how much is the …" asks of whatever it is for. */
const AMOUNTS = new Set(
  'rate rates cost costs price prices charge charges fee fees pay payment payments total value sum'.split(' '),
);
/** What follows the thing asked for in "which hotel are we…", "what plan do I…", "which form should she…". */
const THEN = new Set([...AUXILIARIES, ...BE, ...OWN, 'you', 'u', 'they', 'he', 'she', 'it']);

/** What ends the role named in "who is the hiring manager for…": a preposition, or a word like "now". */
const AFTER_ROLE = new Set([
  'for',
  'of',
  'at',
  'in',
  'on',
  'to',
  'with',
  'from',
  'now',
  'that',
  'who',
  'here',
  'there',
  'this',
  'next',
  'today',
  'tonight',
]);
/** "Who is the right person to ask…", "who's the best contact for…": no particular role is named. */
const ANYONE = new Set(['person', 'people', 'one', 'contact', 'guy', 'lady', 'best', 'right', 'correct', 'main']);

/**
 * The role a "who is the …" question asks to be named, as the words that name it ("who is the hiring manager
 * for the open designer role" → hiring manager, "who's the team lead at JLH" → team lead, "who's on the
 * calibration panel" → calibration panel): a person in a post the FAQs may mention, but whose name an FAQ
 * gives only if its phrasings ask for that post. Undefined for other questions, and for "who is the right
 * person to ask about…".
 */
export function askedRole(words: readonly string[], isFiller: (word: string) => boolean): string[] | undefined {
  for (const [at, word] of words.entries()) {
    // ("who's" reads as "who": normalising drops a possessive's "s")
    if (word !== 'who' && word !== 'whos') continue;
    let start = at + 1;
    if (BE.has(words[start] ?? '')) start += 1;
    // ("who's on the calibration panel…" asks who sits on it; "who on the team handles payroll?" asks who
    // does a thing, and reads a verb where the post would end)
    const on = words[start] === 'on';
    if (on) start += 1;
    if (words[start] !== 'the') continue;
    start += 1;
    let end = start;
    while (end < words.length && end < start + 3 && !AFTER_ROLE.has(words[end] ?? '')) end += 1;
    if (on && end < words.length && !AFTER_ROLE.has(words[end] ?? '')) continue;
    const named = words.slice(start, end);
    if (named.length === 0 || named.some((each) => ANYONE.has(each) || isFiller(each))) continue;
    return named;
  }
  return undefined;
}

/**
 * The thing a "which …" or "what …" question asks to be named: the last of the words between it and the
 * verb ("which immigration law firm do we use" → "firm", "what hotel are we at" → "hotel"). Undefined when
 * the question asks no such thing ("what actually happens if I…"), or asks a time or an amount ("what time
 * do I…"). "How much is the …" names the one word whose amount it asks, when a condition or "for" follows it
 * ("how much is the fine if I park…" → "fine"; not "how much is the mileage rate").
 */
export function askedThing(words: readonly string[], isFiller: (word: string) => boolean): string | undefined {
  // Each "which" or "what" in turn: "what I want to know is which plan do I pick" asks which plan.
  for (const [at, word] of words.entries()) {
    if (word !== 'which' && word !== 'what') continue;
    const end = words.findIndex((later, index) => index > at && THEN.has(later));
    if (end === -1 || end === at + 1 || end > at + 4) continue;
    const named = words.slice(at + 1, end);
    if (named.some((each) => MEASURES.has(each) || isFiller(each))) continue;
    return named.at(-1);
  }
  // "how much is the fine if I park…": the one thing whose amount is asked (not "how much is the fee for…")
  for (const [at, word] of words.entries()) {
    if (word !== 'how' || words[at + 1] !== 'much' || !BE.has(words[at + 2] ?? '') || words[at + 3] !== 'the') continue;
    const thing = words[at + 4];
    const after = words[at + 5];
    if (thing === undefined || MEASURES.has(thing) || AMOUNTS.has(thing) || isFiller(thing)) continue;
    if (after === undefined || CONDITIONS.has(after) || after === 'for') return thing;
  }
  return undefined;
}
