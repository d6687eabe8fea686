import britishSpellings from './vocabulary/british-spellings.json';
import dutchWords from './vocabulary/dutch-words.json';
import frenchWords from './vocabulary/french-words.json';
import germanWords from './vocabulary/german-words.json';
import haitianWords from './vocabulary/haitian-words.json';
import hindiWords from './vocabulary/hindi-words.json';
import inAnotherLanguageWords from './vocabulary/in-another-language-words.json';
import indonesianWords from './vocabulary/indonesian-words.json';
import italianWords from './vocabulary/italian-words.json';
import japaneseWords from './vocabulary/japanese-words.json';
import maoriWords from './vocabulary/maori-words.json';
import naijaWords from './vocabulary/naija-words.json';
import norwegianWords from './vocabulary/norwegian-words.json';
import polishWords from './vocabulary/polish-words.json';
import portugueseWords from './vocabulary/portuguese-words.json';
import romanianWords from './vocabulary/romanian-words.json';
import spanishWords from './vocabulary/spanish-words.json';
import swahiliWords from './vocabulary/swahili-words.json';
import swedishWords from './vocabulary/swedish-words.json';
import synonyms from './vocabulary/synonyms.json';
import tagalogWords from './vocabulary/tagalog-words.json';
import ukrainianRussianWords from './vocabulary/ukrainian-russian-words.json';
import vietnameseWords from './vocabulary/vietnamese-words.json';

/**
 * General HR and workplace vocabulary that holds in any company, shipped with the matcher so a knowledge
 * base finds "compassionate leave" under "bereavement" without listing it (`vocabulary/synonyms.json`).
 * Each group is a list of phrases that mean the same thing at work; the first is the canonical form. A
 * knowledge base's own `synonyms.yml` adds to these, and wins where it lists the same phrase.
 *
 * Only true synonyms belong here: a group that merges neighbouring ideas (maternity and paternity leave,
 * public holidays and vacation) would make their FAQs indistinguishable.
 */
export const WORKPLACE_SYNONYMS: ReadonlyArray<readonly string[]> = synonyms;

/**
 * British spellings read as American ones (in questions and FAQs alike), beyond the regular -ise/-ize and
 * -isation/-ization endings that the analyser folds by rule.
 */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = britishSpellings;

/**
 * Everyday Spanish words of HR questions, as US employees type them without accents, read as the English
 * word an FAQ would use ("pagaron" → pay, "seguro" → insurance, "botas" → boots): in questions and FAQs alike,
 * like British spellings. Written by someone who saw neither the matcher nor any evaluation set, with the verb
 * forms of every person and tense and Mexican workers' words ("ocupo", "chamba", "quincena", "checar") added
 * later the same way, and Spain's Spanish too ("fichar", "curro", "libranza", "móvil", "cotizar"); forms that are
 * also English words ("cheque", "raya", "lavabo") are left out, and so are words with two everyday readings
 * ("prima", a cousin or a premium; "sacar", to take leave or to withdraw money; "entrada", clocking in or a
 * down payment; "ingreso", a deposit or a hire; "partida", a split shift or a birth certificate), and the
 * Spanish legal terms an English FAQ of a Spanish company writes as they are ("excedencia", "fijo discontinuo",
 * "IRPF", "nocturnidad"), which such an FAQ means as written.
 */
export const SPANISH_WORDS: Readonly<Record<string, string>> = spanishWords;

/**
 * Everyday French words of HR questions, as employees in Quebec, France, Belgium or Switzerland type them
 * (accents are dropped before lookup), read as the English word an FAQ would use ("conge" → leave, "paie" →
 * pay, "demission" → resign), as the Spanish ones are. Written by someone who saw neither the matcher nor any
 * evaluation set; forms that are also English words ("prime", "formation") are left out.
 */
export const FRENCH_WORDS: Readonly<Record<string, string>> = frenchWords;

/**
 * Everyday Swahili and Sheng words of HR questions, as employees in Kenya, Uganda and Tanzania mix them into
 * English ("likizo" → leave, "mshahara" → salary, "homa" → fever, "msiba" → bereavement), read as the English
 * word an FAQ would use, as the Spanish and French ones are. Written by someone who saw neither the matcher
 * nor any evaluation set, checked against English word lists; words that are also English words or common
 * names ("pole", "doo", "gari") and words with a second everyday meaning ("kodi", tax or rent) are left out.
 */
export const SWAHILI_WORDS: Readonly<Record<string, string>> = swahiliWords;

/**
 * Te reo Māori words New Zealanders use in English at work, without their macrons ("whanau" → family,
 * "mahi" → work, "tangi" → funeral, "hapu" → pregnant), read as the English word an FAQ would use. Written
 * as the Swahili ones were; words that are also English words or common names ("mate", "kai", "utu") are left
 * out. A few that are rare English words stay ("hui", meeting); a knowledge base that uses one as a keyword
 * keeps it as written.
 */
export const MAORI_WORDS: Readonly<Record<string, string>> = maoriWords;

/**
 * Everyday Portuguese words of HR questions, Brazilian and European, as employees type them without accents
 * ("ferias" → vacation, "holerite" → payslip, "baixa" → leave, "despedido" → fired), read as the English word an
 * FAQ would use. Written as the Swahili ones were; a word another list already reads (Spanish "dias", "pago")
 * keeps that reading, and words that are also English words ("data", "extra", "natal") are left out, but for a
 * few that are rare in English and central to HR questions ("ferias", "hora").
 */
export const PORTUGUESE_WORDS: Readonly<Record<string, string>> = portugueseWords;

/**
 * Everyday Haitian Creole words of HR questions, as US and Canadian care and hospital workers type them
 * without accents ("malad" → sick, "lajan" → money, "ansent" → pregnant, "konje" → leave), read as the English
 * word an FAQ would use. Written as the Swahili ones were.
 */
export const HAITIAN_WORDS: Readonly<Record<string, string>> = haitianWords;

/**
 * Everyday Tagalog words of HR questions, as Filipino employees mix them into English ("sahod" → salary,
 * "sakit" → sick, "buwis" → tax), read as the English word an FAQ would use. Written as the Swahili ones were;
 * words with a second everyday meaning ("linggo", week or Sunday; "bukas", tomorrow or open) are left out.
 */
export const TAGALOG_WORDS: Readonly<Record<string, string>> = tagalogWords;

/**
 * Everyday romanised Hindi words of HR questions, as Indian employees write Hinglish ("chutti" → leave,
 * "tankhwah" → salary, "bimar" → sick), read as the English word an FAQ would use. Written as the Swahili ones
 * were; words with a second everyday meaning ("kal", yesterday or tomorrow; "kar", tax or do) are left out.
 */
export const HINDI_WORDS: Readonly<Record<string, string>> = hindiWords;

/**
 * Everyday Polish words of HR questions, as Polish staff type them without diacritics ("urlop" → leave,
 * "wyplata" → pay, "chorobowe" → sick, "wypowiedzenie" → notice), in the case forms people write ("urlopu",
 * "urlopem"), read as the English word an FAQ would use. Written as the Swahili ones were; words with two HR
 * meanings ("zwolnienie", a sick note or a dismissal; "zmiana", a shift or a change; "wozek", a forklift or a
 * pram; "kurs", a course or a driver's run; "rachunek", a bill or a bank account; "staz", an internship or years of
 * service) are left out, and so is "bhp" (a company's name in English). Past and future verb forms, the other
 * case forms, time words ("zeszlego", "przyszly") and Polglish ("payslipa", "dedlajn") were added later the
 * same way.
 */
export const POLISH_WORDS: Readonly<Record<string, string>> = polishWords;

/**
 * Everyday Norwegian words of HR questions, bokmål with common nynorsk, Danish and Swedish spellings
 * ("lonn" → salary, "sykemelding" → sick, "permisjon" → leave, "feriepenger" → holiday), as typed with or
 * without æ, ø and å. Written as the Swahili ones were; words with two HR meanings ("perm", leave or a layoff;
 * "ledig", a day off or a vacancy) are left out.
 */
export const NORWEGIAN_WORDS: Readonly<Record<string, string>> = norwegianWords;

/**
 * Everyday Vietnamese words of HR questions, as Vietnamese staff and technical intern trainees type them, the
 * diacritics dropped ("luong" → salary, "baohiem" → insurance, "nghiphep" → leave, "tangca" → overtime), read as
 * the English word an FAQ would use. Written as the Swahili ones were. Stripped of its marks, a syllable often
 * reads two ways (nghỉ, rest, and nghĩ, think, are both "nghi"); those are left out, and a meaning carried by
 * two syllables is listed as people also type it, joined ("nghiphep").
 */
export const VIETNAMESE_WORDS: Readonly<Record<string, string>> = vietnameseWords;

/**
 * Everyday Indonesian and Malay words of HR questions, with the affixed and chat forms people type ("cuti" →
 * leave, "gajinya" → salary, "lemburan" → overtime, "thr" → bonus), read as the English word an FAQ would use.
 * Written as the Swahili ones were; words that read differently in Indonesia and Malaysia ("kereta", a train or a
 * car; "lewat", late or via) are left out.
 */
export const INDONESIAN_WORDS: Readonly<Record<string, string>> = indonesianWords;

/**
 * Japanese workplace words in romaji, with the spellings of long vowels people type ("yukyu", "yuukyuu" → leave;
 * "zangyo", "zangyou" → overtime; "kyuryo" → salary), read as the English word an FAQ would use. Written as the
 * Swahili ones were; words with a second everyday meaning ("seisan", reimbursement or production) are left out.
 */
export const JAPANESE_WORDS: Readonly<Record<string, string>> = japaneseWords;

/**
 * Everyday Dutch and Flemish words of HR questions, with the compounds people type as one word ("verlof" →
 * leave, "loonstrook" → payslip, "ziekmelding" → sick, "opzegtermijn" → notice), read as the English word an FAQ
 * would use. Written as the Swahili ones were; words with two everyday readings ("vrij", free or rather; "dienst",
 * a shift or a service; "premie", a bonus or an insurance premium; "ontslag", resigning or a dismissal) are left
 * out, and so are the Dutch words that are English ones too ("loon", "baas", "stage").
 */
export const DUTCH_WORDS: Readonly<Record<string, string>> = dutchWords;

/**
 * Everyday German words of HR questions, as employees in Germany, Austria and Switzerland type them, umlauts
 * written out or dropped ("kuendigung" and "kundigung" → resign, "ueberstunden" → overtime), with the compounds
 * German writes as one word ("resturlaub" → leave, "krankenversicherung" → insurance, "kuendigungsfrist" →
 * notice, "elternzeit" → parental) and Austrian and Swiss words ("karenz", "lohnzettel", "ferien"). Written as the
 * Swahili ones were; words with two everyday readings ("freundin", a friend or a girlfriend; "zug", a train or a
 * town; "entlassen" and "entlassung", dismissed or discharged from hospital; "kurs", a course or a rate; "zahlen",
 * to pay or numbers; "frei", "stelle", "morgen") are left out, and so are
 * German words that are English ones too ("formular", "spital", "pause"), another list's ("klinik", "termine"), and
 * abbreviations that are a function word or another term elsewhere ("au", the sick note, is French "au"; "std",
 * hours, is a short-term disability; "mai", "kw"), names ("essen"), and words every language writes the same
 * ("iban"). "Kündigung" is notice, given by either side; "kündigen", to resign.
 */
export const GERMAN_WORDS: Readonly<Record<string, string>> = germanWords;

/**
 * Everyday Ukrainian and Russian words of HR questions, as Ukrainian and Russian-speaking staff type them in
 * Latin letters, every common spelling of every form ("vidpustka", "vidpustku" → leave; "likarnyanyi",
 * "likarnianyi", "bolnichnyy" → sick; "zarplata" → salary), and in Cyrillic, which is read in Latin letters first
 * (see `normalize`). Written as the Swahili ones were, in Cyrillic and then in every Latin spelling; words whose
 * Ukrainian and Russian readings differ ("час", "лист", "родина") or that have two HR readings ("скорочення", a
 * layoff or an abbreviation; "перевод", a transfer or a translation; "зміна", a shift or a change) are left out,
 * and so are Latin spellings that are another language's word ("doch", "staz", "godina"), an English misspelling
 * ("chek"), or a name or company ("tata", "marta", "bhp"). Words that are one-word cues ("harasment") are left
 * to the cues, here as in the Spanish and Polish additions.
 */
export const UKRAINIAN_RUSSIAN_WORDS: Readonly<Record<string, string>> = ukrainianRussianWords;

/**
 * Everyday Romanian words of HR questions, as typed without diacritics, with their case forms ("concediu",
 * "concediul" → leave; "salariul" → salary; "demisie" → resignation), read as the English word an FAQ would use.
 * Written as the Swahili ones were; words with two everyday readings ("luni", Monday or months; "schimb", a shift
 * or a change; "prima", a bonus or first) are left out, and so are "firma" (a company here, a signature in
 * Spanish), "cont" and "tata" (a name).
 */
export const ROMANIAN_WORDS: Readonly<Record<string, string>> = romanianWords;

/**
 * Everyday Nigerian Pidgin, and the Yoruba, Igbo and Hausa words Nigerian staff mix into English at work ("oga"
 * → boss, "pikin" → child, "albashi" → salary, "isinmi" → leave), tone marks dropped. Written as the Swahili ones
 * were; Pidgin words spelt as English ones ("chop", "dash", "sack") are English words, and words with two readings
 * ("omo", a child or an exclamation; "ugwo", pay or a debt; "japa", to emigrate or to quit) are left out, and so
 * are names and abbreviations that are work words in English ("uba", a bank; "aso", administrative services
 * only; "osu", "nri").
 */
export const NAIJA_WORDS: Readonly<Record<string, string>> = naijaWords;

/**
 * Everyday Italian words of HR questions, as Italian staff text them without accents, every common form
 * ("ferie" and "permessi" → leave, "malattia" → sick, "stipendio" → salary, "cedolino" and "bustapaga" →
 * payslip, "straordinari" → overtime, "dimissioni" → resign, "infortunio" → injury, "gg" → days). Written as the
 * Swahili ones were; words with two everyday readings ("busta", a pay envelope or a bag; "buono", a voucher or
 * good; "festa", a holiday or a party; "prova", probation or a test; "licenziato", fired or "I quit"; "dimesso",
 * resigned or discharged from hospital; "macchina", a car or a machine) are left out, and so are words another
 * list reads ("ferie" is French too), words another language writes the same with another meaning ("cena",
 * a price in Polish; "rol", a role in Spanish; "reparto", a share-out in Spanish), "maggio" (May, which English
 * reads as the filler "may") and one-word cues ("aumento"). Italian words that are English ones too ("mese",
 * "mensa", "male") are read only in a question written in Italian (see `IN_ANOTHER_LANGUAGE_WORDS`).
 */
export const ITALIAN_WORDS: Readonly<Record<string, string>> = italianWords;

/**
 * Everyday Swedish words of HR questions, as typed without å, ä and ö, with the forms and compounds people type
 * ("friskvardsbidrag" → wellness, "sjukanmalan" → sick, "tillsvidareanstalld" → permanent, "kvittot" →
 * receipt, "vabba" → child), read as the English word an FAQ would use. Written as the Swahili ones were;
 * the words the Norwegian list already reads ("semestern", "lonen", "sjuk") are left to it, and so are words with
 * two readings ("tjanst", a job or a favour; "avgang", resigning or a train leaving; "ledig", on leave or free;
 * "kort", a card or short; "ratt", entitled or right; "vard", care or worth; "kurs", a course or a rate),
 * English typos and names ("traning", "forman", "lon", "karens"), names of agencies and apps ("Skatteverket",
 * "Kivra") and English look-alikes ("chef", "barn", "rest", "personal", "provision"). Swedish words that are
 * English ones too ("semester", "barnet") are read only in a question written in Swedish (see
 * `IN_ANOTHER_LANGUAGE_WORDS`).
 */
export const SWEDISH_WORDS: Readonly<Record<string, string>> = swedishWords;

/**
 * Words of other languages that are English words too, by the name of the language's list ("Italian"): read as
 * English only in a question written in another language that shows it is in that one (a word its list reads,
 * or one of its filler words), and only when the knowledge base doesn't use the word itself. Italian "mese" is
 * a month, "mensa" the canteen, "male" ill ("sto male"), "ore" hours; Spanish "pagan" pay and "gripe" the flu;
 * French "chef" the boss and "retard" late; German "Geld" money; Dutch "loon" a salary; Polish "premia" a bonus;
 * Swedish "semester" a vacation and "barnet" the child;
 * in an English, Taglish or Hinglish question ("male employees") they stay as typed. Written by helpers who saw
 * neither the matcher nor any set; words another language reads otherwise (Spanish "sera", a filler; Polish
 * "rok", a year, is Hindi "stop"; "tod", "bani", "carta", "zona", "premie") and English words common in any
 * message ("auto", "stage", "provision", "assurance", "data", "list", "kind") are left out.
 */
export const IN_ANOTHER_LANGUAGE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> =
  inAnotherLanguageWords;

/**
 * Every language's everyday words, each read as one English word in questions and FAQs alike (see `Analyzer`).
 * A word has one reading whichever list holds it: a word another list already reads is left out of the later
 * one, so the order of the lists does not matter.
 */
export const TRANSLATED_WORDS: ReadonlyArray<readonly [language: string, words: Readonly<Record<string, string>>]> = [
  ['Spanish', SPANISH_WORDS],
  ['French', FRENCH_WORDS],
  ['Swahili', SWAHILI_WORDS],
  ['Maori', MAORI_WORDS],
  ['Portuguese', PORTUGUESE_WORDS],
  ['Haitian Creole', HAITIAN_WORDS],
  ['Tagalog', TAGALOG_WORDS],
  ['Hindi', HINDI_WORDS],
  ['Polish', POLISH_WORDS],
  ['Norwegian', NORWEGIAN_WORDS],
  ['Vietnamese', VIETNAMESE_WORDS],
  ['Indonesian', INDONESIAN_WORDS],
  ['Japanese', JAPANESE_WORDS],
  ['Dutch', DUTCH_WORDS],
  ['Romanian', ROMANIAN_WORDS],
  ['Nigerian Pidgin, Yoruba, Igbo and Hausa', NAIJA_WORDS],
  ['German', GERMAN_WORDS],
  ['Ukrainian and Russian', UKRAINIAN_RUSSIAN_WORDS],
  ['Italian', ITALIAN_WORDS],
  ['Swedish', SWEDISH_WORDS],
];
