import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository: the folder above `eval/` that holds `eval/sets` (also when compiled into `bench/dist`). */
export const ROOT = ((): string => {
  let folder = path.resolve(__dirname, '..');
  while (!existsSync(path.join(folder, 'eval', 'sets')) && path.dirname(folder) !== folder) {
    folder = path.dirname(folder);
  }
  return folder;
})();

/**
 * Every labelled set, with the knowledge base it is asked of and how it may be used:
 * - `tuning`: the matcher was tuned on it;
 * - `review`: looked at a few times, to check that tuning carries over (each look is counted in the README);
 * - `holdout`: scored only at the end of a stop's matching work (each scoring is counted in the README); never
 *   used for tuning, and its questions and misses are never read while it is one.
 * The question writers never saw `src/`; the FAQs of the company knowledge bases were written by others again.
 */
export const EVAL_SETS = [
  { name: 'sample-dev', knowledge: 'knowledge', questions: 'eval/sets/sample/dev.yml', role: 'tuning' },
  { name: 'sample-holdout', knowledge: 'knowledge', questions: 'eval/sets/sample/holdout.yml', role: 'holdout' },
  { name: 'sample-review', knowledge: 'knowledge', questions: 'eval/sets/sample/review.yml', role: 'review' },
  { name: 'sample-review-2', knowledge: 'knowledge', questions: 'eval/sets/sample/review-2.yml', role: 'review' },
  { name: 'sample-natural', knowledge: 'knowledge', questions: 'eval/sets/sample/natural.yml', role: 'review' },
  {
    name: 'northwind',
    knowledge: 'eval/sets/northwind/knowledge',
    questions: 'eval/sets/northwind/questions.yml',
    role: 'tuning',
  },
  {
    name: 'kestrel',
    knowledge: 'eval/sets/kestrel/knowledge',
    questions: 'eval/sets/kestrel/questions.yml',
    role: 'review',
  },
  {
    name: 'starter',
    knowledge: 'examples/starter-hr-kb',
    questions: 'eval/sets/starter/questions.yml',
    role: 'tuning',
  },
  {
    name: 'hartley',
    knowledge: 'eval/sets/hartley/knowledge',
    questions: 'eval/sets/hartley/questions.yml',
    role: 'holdout',
  },
  // A US hospital network and an Australian and New Zealand retailer: written as holdouts and scored once,
  // then reviewed (their worst misses read once), so review sets from then on.
  {
    name: 'brightwater',
    knowledge: 'eval/sets/brightwater/knowledge',
    questions: 'eval/sets/brightwater/questions.yml',
    role: 'review',
  },
  {
    name: 'fernhill',
    knowledge: 'eval/sets/fernhill/knowledge',
    questions: 'eval/sets/fernhill/questions.yml',
    role: 'review',
  },
  // A Canadian credit union and a US school district: written last and scored once, at the end.
  {
    name: 'maplepine',
    knowledge: 'eval/sets/maplepine/knowledge',
    questions: 'eval/sets/maplepine/questions.yml',
    role: 'holdout',
  },
  {
    name: 'cedarvalley',
    knowledge: 'eval/sets/cedarvalley/knowledge',
    questions: 'eval/sets/cedarvalley/questions.yml',
    role: 'holdout',
  },
  // A US remote-first software company and a US restaurant group, written after the part-of-topic cues and
  // scored once as they came; from then on the matcher was tuned on them.
  {
    name: 'orbit',
    knowledge: 'eval/sets/orbit/knowledge',
    questions: 'eval/sets/orbit/questions.yml',
    role: 'tuning',
  },
  {
    name: 'copperpot',
    knowledge: 'eval/sets/copperpot/knowledge',
    questions: 'eval/sets/copperpot/questions.yml',
    role: 'tuning',
  },
  // An Indian IT services company (Indian English, Hinglish in the questions): written after all the matching
  // work but the last round of cues; scored before and after that round, its misses never read.
  {
    name: 'saffron',
    knowledge: 'eval/sets/saffron/knowledge',
    questions: 'eval/sets/saffron/questions.yml',
    role: 'holdout',
  },
  // A Philippine BPO (Philippine English, Taglish in the questions) and a US manufacturer with a union plant:
  // written after the matching work of their stop and scored once as holdouts. Lakbay ranked below MiniSearch
  // in top-1 there, so its misses were read and it is a review set from then on; Ironridge stays a holdout.
  {
    name: 'lakbay',
    knowledge: 'eval/sets/lakbay/knowledge',
    questions: 'eval/sets/lakbay/questions.yml',
    role: 'review',
  },
  {
    name: 'ironridge',
    knowledge: 'eval/sets/ironridge/knowledge',
    questions: 'eval/sets/ironridge/questions.yml',
    role: 'holdout',
  },
  // A US private university (staff, faculty, union and student workers) and a US freight and warehousing
  // company (drivers and three warehouse shifts; Spanglish and Spanish in the questions): written blind at the
  // start of a stop and scored once as they came, before that stop's matching work. Rutaverde's misses were
  // then read (its Spanish questions led to the Spanish vocabulary), so it is a review set. Tidewater was a
  // holdout for one stop; it answered 3.0% wrongly, so its misses were read the next stop, once a new holdout
  // (Harvest Lane, below) had been written and scored, and it is a review set from then on.
  {
    name: 'tidewater',
    knowledge: 'eval/sets/tidewater/knowledge',
    questions: 'eval/sets/tidewater/questions.yml',
    role: 'review',
  },
  {
    name: 'rutaverde',
    knowledge: 'eval/sets/rutaverde/knowledge',
    questions: 'eval/sets/rutaverde/questions.yml',
    role: 'review',
  },
  // A US grocery chain, employee-owned through an ESOP (stores, distribution centres, union and non-union
  // stores): written blind at the start of the stop that read Tidewater's misses, and scored once as it came.
  // A holdout for one stop; its misses were read the next, once Skylark (below) had been written and scored,
  // and it is a review set from then on.
  {
    name: 'harvestlane',
    knowledge: 'eval/sets/harvestlane/knowledge',
    questions: 'eval/sets/harvestlane/questions.yml',
    role: 'review',
  },
  // A US regional airline (pilots, flight attendants, mechanics, ramp and gate agents, office staff; seniority
  // bids, non-rev travel): written blind during a later stop, after its first two matching changes (a topic
  // word that is also chatter, the saved index's postings), and scored once as it came. A holdout for one
  // stop; its misses were read the next, once Bellhaven and Merlion (below) had been written and scored, and
  // it is a review set from then on.
  {
    name: 'skylark',
    knowledge: 'eval/sets/skylark/knowledge',
    questions: 'eval/sets/skylark/questions.yml',
    role: 'review',
  },
  // A US hotel and resort group (room attendants, tipped servers and bartenders, banquets, a ski resort's
  // seasonal staff on J-1 visas; Spanish and Haitian Creole in some questions) and a Singapore logistics
  // company (warehouse, drivers, airport cargo shifts, work pass holders, Malaysian staff crossing the
  // Causeway; Singlish and some Malay in the questions): written blind at the start of a later stop and scored
  // once as they came, after its first two changes (fuller "Did you mean…?", the wording of a question).
  // Holdouts for that stop; their misses were read at the start of the next, while two new holdouts were
  // being written, and they are review sets from then on.
  {
    name: 'bellhaven',
    knowledge: 'eval/sets/bellhaven/knowledge',
    questions: 'eval/sets/bellhaven/questions.yml',
    role: 'review',
  },
  {
    name: 'merlion',
    knowledge: 'eval/sets/merlion/knowledge',
    questions: 'eval/sets/merlion/questions.yml',
    role: 'review',
  },
  // A US public school district in Ohio (teachers and their union, substitutes, aides, bus drivers, custodians
  // and cafeteria staff; STRS and SERS pensions, Frontline absences, summer pay, salary lanes; some questions
  // in Spanish) and a German engineering-software company with offices in Berlin, Amsterdam and Kraków
  // (Urlaub, eAU sick notes, Elternzeit, the works council, the 30% ruling, B2B contracts in Poland, staff
  // employed through an EOR; questions in non-native English, some in German, Dutch or Polish): written
  // blind during a later stop, after its matching changes, and scored once as they came.
  {
    name: 'thornbury',
    knowledge: 'eval/sets/thornbury/knowledge',
    questions: 'eval/sets/thornbury/questions.yml',
    role: 'review',
  },
  {
    name: 'quillfield',
    knowledge: 'eval/sets/quillfield/knowledge',
    questions: 'eval/sets/quillfield/questions.yml',
    role: 'review',
  },
  // An Australian mining-services contractor (FIFO rosters and camps, fitness for work, super, portable long
  // service leave in Queensland coal, award and enterprise-agreement pay) and a UK care-home group (rotas,
  // sleep-ins, DBS checks, SSP, sponsored carers on Health and Care Worker visas): holdouts
  // until newer ones were written, review sets since (their misses read once, for general workplace words).
  {
    name: 'coolabah',
    knowledge: 'eval/sets/coolabah/knowledge',
    questions: 'eval/sets/coolabah/questions.yml',
    role: 'review',
  },
  {
    name: 'ashgrove',
    knowledge: 'eval/sets/ashgrove/knowledge',
    questions: 'eval/sets/ashgrove/questions.yml',
    role: 'review',
  },
  // A Canadian credit union in Ontario and Quebec (formal answers, few alternates, some French: congé,
  // REER, RL-1, QPIP) and a US government-services engineering contractor (charge codes, the 9/80 schedule,
  // security clearances, per diem, DCAA timekeeping, acronyms): holdouts scored once, then review sets in
  // the same stop, once newer holdouts were being written.
  {
    name: 'pinecrest',
    knowledge: 'eval/sets/pinecrest/knowledge',
    questions: 'eval/sets/pinecrest/questions.yml',
    role: 'review',
  },
  {
    name: 'redstone',
    knowledge: 'eval/sets/redstone/knowledge',
    questions: 'eval/sets/redstone/questions.yml',
    role: 'review',
  },
  // A California county government (civil service rules, CTO, step increases, unions' MOUs, Skelly rights:
  // long policy answers with many alternates) and an Irish games studio (PRSI and USC, parent's and force
  // majeure leave, crunch and time in lieu: short casual answers): holdouts for one stop, scored twice;
  // their misses were read at the start of the next, while two newer holdouts were being written.
  {
    name: 'juniper',
    knowledge: 'eval/sets/juniper/knowledge',
    questions: 'eval/sets/juniper/questions.yml',
    role: 'review',
  },
  {
    name: 'tallow',
    knowledge: 'eval/sets/tallow/knowledge',
    questions: 'eval/sets/tallow/questions.yml',
    role: 'review',
  },
  // A Dubai retail and facilities group of mostly expatriate staff (visas and Emirates ID, gratuity, the annual
  // air ticket, company accommodation and buses, WPS, Ramadan hours, a Riyadh office) and a South African
  // financial-services group (BCEA leave, UIF, medical aid, the 13th cheque, IRP5s, load-shedding, contact-
  // centre shifts): holdouts for one stop, scored three times (with the same figures) at its end; their
  // misses were read at the start of the next, while two newer holdouts were being written.
  {
    name: 'dunecrest',
    knowledge: 'eval/sets/dunecrest/knowledge',
    questions: 'eval/sets/dunecrest/questions.yml',
    role: 'review',
  },
  {
    name: 'karoo',
    knowledge: 'eval/sets/karoo/knowledge',
    questions: 'eval/sets/karoo/questions.yml',
    role: 'review',
  },
  // A Kenyan commercial bank (branches, a contact centre, a Kampala subsidiary: PAYE, NSSF, the SHIF health
  // levy, the housing levy, staff loans; questions with Sheng and Swahili) and a New Zealand university
  // (academic and professional staff, casual tutors, the Holidays Act, KiwiSaver, research leave; questions
  // with NZ slang and te reo Māori): holdouts for one stop, scored twice (with the same figures) at its end;
  // their misses were read at the start of the next, while two newer holdouts were being written.
  {
    name: 'mvuli',
    knowledge: 'eval/sets/mvuli/knowledge',
    questions: 'eval/sets/mvuli/questions.yml',
    role: 'review',
  },
  {
    name: 'teawa',
    knowledge: 'eval/sets/teawa/knowledge',
    questions: 'eval/sets/teawa/questions.yml',
    role: 'review',
  },
  // A UK online fashion and homeware retailer (Manchester head office, a Wakefield fulfilment centre with
  // peak-season agency temps, a Lisbon tech hub: SSP and fit notes, salary-sacrifice pension, EMI options,
  // anchor days; questions in UK regional slang, some in Portuguese) and a US non-profit home-care and
  // community-health agency in Massachusetts and Rhode Island (home health aides, visiting nurses, a union;
  // earned time, PFML, EVV clock-in, mileage between visits, PSLF, 403(b); some questions in Haitian Creole,
  // Cape Verdean Kriolu, Portuguese or Spanish): holdouts for one stop, scored once at its end; their misses
  // were read at the start of the next, while two newer holdouts were being written.
  {
    name: 'lumenrow',
    knowledge: 'eval/sets/lumenrow/knowledge',
    questions: 'eval/sets/lumenrow/questions.yml',
    role: 'review',
  },
  {
    name: 'oakhollow',
    knowledge: 'eval/sets/oakhollow/knowledge',
    questions: 'eval/sets/oakhollow/questions.yml',
    role: 'review',
  },
  // A Norwegian ferry operator (Bergen head office, an Aberdeen office, a Gdansk crewing office; crews on
  // rotation, terminal shifts: feriepenger, egenmelding, sykepenger, OTP pension, STCW certificates, the
  // seafarer tax deduction, UK SSP; questions with Scottish English, Norwegian and Polish) and a Canadian credit
  // union's benefits-and-payroll FAQ (Saskatchewan and Manitoba branches, a Winnipeg contact centre, a
  // Gatineau office under Quebec rules: the benefits carrier, HSA, STD/LTD, DC pension, group RRSP/TFSA, T4s
  // and RL-1s, EI top-up, stat holidays by province; questions with Canadian French and joual): holdouts for
  // one stop, scored once at its end; their misses were read at the start of the next, while two newer
  // holdouts were being written.
  {
    name: 'fjordline',
    knowledge: 'eval/sets/fjordline/knowledge',
    questions: 'eval/sets/fjordline/questions.yml',
    role: 'review',
  },
  {
    name: 'prairieridge',
    knowledge: 'eval/sets/prairieridge/knowledge',
    questions: 'eval/sets/prairieridge/questions.yml',
    role: 'review',
  },
  // An Irish private hospital group (Dublin, Cork, Galway and Limerick; nurses and healthcare assistants on
  // rosters, many recruited from India, the Philippines and Zimbabwe: PAYE, USC and PRSI, statutory sick pay,
  // parent's and force majeure leave, NMBI registration, Garda vetting, critical skills permits and Stamp 4;
  // questions with Irish English, Hinglish, Taglish, Malayalam, Irish and Shona) and a US restaurant group
  // (Texas, Arizona and California; servers, cooks and dishwashers, many Spanish-speaking: scheduling and
  // missed punches, California meal and rest breaks, tip pooling and the tip credit, pay cards, food handler
  // and alcohol server cards, ACA eligibility; questions with restaurant slang, Spanish and Spanglish):
  // holdouts for one stop, scored once at its end; their misses were read at the start of the next, while two
  // newer holdouts were being written.
  {
    name: 'glenmore',
    knowledge: 'eval/sets/glenmore/knowledge',
    questions: 'eval/sets/glenmore/questions.yml',
    role: 'review',
  },
  {
    name: 'mesaverde',
    knowledge: 'eval/sets/mesaverde/knowledge',
    questions: 'eval/sets/mesaverde/questions.yml',
    role: 'review',
  },
  // A facilities and construction-services group in the UAE with a Riyadh office (site workers, cleaners,
  // technicians and drivers in company accommodation, many from South Asia, the Philippines and Egypt:
  // end-of-service gratuity, visas, Emirates ID and the iqama, WPS salary cards, Ramadan hours and the summer
  // midday break, the annual air ticket, camps and company buses; questions with Hinglish, Urdu, Taglish,
  // Nepali, Bengali, Malayalam and Arabic words) and a Canadian software company's benefits-and-payroll FAQ
  // (Montréal, Toronto, Vancouver and remote: the benefits carrier and claims, health and wellness spending
  // accounts, RRSP matching and DPSP vesting, T4s and RL-1s, QPIP and the EI top-up, stock options, Bill 96;
  // questions with Québec French and joual, Punjabi, Tagalog, pinyin and Spanish): holdouts for one stop,
  // scored once at its end; their misses were read at the start of the next, while two newer holdouts were
  // being written.
  {
    name: 'sandstone',
    knowledge: 'eval/sets/sandstone/knowledge',
    questions: 'eval/sets/sandstone/questions.yml',
    role: 'review',
  },
  {
    name: 'northlight',
    knowledge: 'eval/sets/northlight/knowledge',
    questions: 'eval/sets/northlight/questions.yml',
    role: 'review',
  },
  // A Japanese precision-components maker (Nagoya head office and plant, a Tokyo sales office, a Hamamatsu
  // plant; regular and contract staff, dispatched workers, foreign engineers and technical intern trainees:
  // nenkyu, the commuting allowance, summer and winter bonuses, shunto, the year-end adjustment, My Number,
  // shakai hoken, residence tax, tanshin funin, company housing, the 36 agreement, residence cards and visas;
  // questions with Japanese romaji, Portuguese, Vietnamese, Indonesian and Tagalog) and a Brazilian payments
  // company (São Paulo, Recife, Florianópolis; CLT staff, PJ contractors and interns: the 13th salary, férias
  // and the abono, FGTS, INSS and IRRF, the holerite, meal and transport vouchers, the health plan's
  // co-payment, PLR, banco de horas, termination and the FGTS fine; questions in Brazilian Portuguese,
  // Portunhol, Spanish and English): holdouts for one stop, scored once at its end; their misses were read at
  // the start of the next, while two newer holdouts were being written.
  {
    name: 'kawasemi',
    knowledge: 'eval/sets/kawasemi/knowledge',
    questions: 'eval/sets/kawasemi/questions.yml',
    role: 'review',
  },
  {
    name: 'jacaranda',
    knowledge: 'eval/sets/jacaranda/knowledge',
    questions: 'eval/sets/jacaranda/questions.yml',
    role: 'review',
  },
  // A Nigerian fintech (Lagos head office, an Abuja office, an Ibadan support centre and field sales agents: the
  // 13th-month salary, PAYE and its reliefs, pensions with a PFA, the NHF and NSITF, HMO cover, staff loans and
  // salary advances, the power allowance, NYSC corps members and SIWES interns, queries and exit clearance;
  // questions in Nigerian English and Pidgin, with Yoruba, Igbo and Hausa words) and a Dutch logistics and
  // warehousing company (Rotterdam, Venlo, Tilburg and a Schiphol cross-dock; agency staff from Poland, Romania
  // and Portugal, drivers and planners: vakantiegeld, ADV days, ziekmelding and the bedrijfsarts, Wet
  // Poortwachter, ORT shift allowances, the NS Business Card, the fietsplan, the 30% ruling, the ketenregeling,
  // code 95 and the heftruck certificate; questions in English, Dutch and Dunglish, Polish, Romanian and
  // Portuguese): holdouts for one stop, scored once at its end; their misses were read at the start of the next,
  // while two newer holdouts were being written.
  {
    name: 'oad',
    knowledge: 'eval/sets/oad/knowledge',
    questions: 'eval/sets/oad/questions.yml',
    role: 'review',
  },
  {
    name: 'vanderbrug',
    knowledge: 'eval/sets/vanderbrug/knowledge',
    questions: 'eval/sets/vanderbrug/questions.yml',
    role: 'review',
  },
  // A French home-goods retailer (a Lyon head office, a Paris design studio, a warehouse near Orléans with CDD
  // and agency staff, forty stores in France and three in Belgium: congés payés and RTT, tickets-restaurant, the
  // mutuelle and prévoyance, arrêt maladie and the waiting days, the CSE, the CPF, the 13e mois, participation
  // and intéressement, Navigo reimbursement, Sunday and night premiums, rupture conventionnelle; questions in
  // texting French, English and franglais, Belgian French, Portuguese, darija and Romanian) and a non-profit
  // health system in Ohio and western Pennsylvania (three hospitals, clinics, home health and hospice; nurses,
  // STNAs, techs, environmental services, food service and PRN staff, one unionized nursing unit: the PTO bank
  // and the extended illness bank, shift differentials, call pay, low census, mandatory overtime, the clinical
  // ladder, licences and BLS, needlesticks, the 403(b) and 457(b), the attendance points policy; questions in
  // nurses' shorthand, Spanish and Pittsburgh and Appalachian English): holdouts for one stop, written while
  // its matching work went on and scored twice at its end; their misses were read at the start of the next,
  // while two newer holdouts were being written.
  {
    name: 'lautrec',
    knowledge: 'eval/sets/lautrec/knowledge',
    questions: 'eval/sets/lautrec/questions.yml',
    role: 'review',
  },
  {
    name: 'stbrigid',
    knowledge: 'eval/sets/stbrigid/knowledge',
    questions: 'eval/sets/stbrigid/questions.yml',
    role: 'review',
  },
  // The shared-services centre of a European consumer-goods group in Kraków, Wrocław and Katowice (finance,
  // payroll, customer service in twelve languages, an IT desk; Polish staff on employment contracts, B2B and
  // umowa zlecenie, students, and many foreigners: urlop and urlop na żądanie, L4 and ZUS, PPK, Lux Med,
  // Multisport, the ZFŚS social fund, PIT-11 and PIT-2, delegacja, BHP and periodic medical checks, work permits
  // and the karta pobytu; questions in non-native English, Polish with and without diacritics, Polglish, and
  // some Ukrainian and Russian in Latin letters, Italian and Spanish) and a Mexican auto-parts manufacturer
  // (plants in Monterrey and a Ciudad Juárez maquiladora, a corporate office and an El Paso office; line
  // operators on three shifts, union and confianza staff: vacaciones and the prima vacacional, aguinaldo, PTU,
  // vales de despensa, the fondo de ahorro, IMSS and incapacidades, INFONAVIT and FONACOT, company buses and the
  // comedor, NOM-035, the US office's 401(k) and PTO, SENTRI; questions in texting Mexican Spanish, English and
  // Spanglish): holdouts for one stop, written while its matching work went on and scored twice at its end; their
  // misses were read at the start of the next, while two newer holdouts were being written.
  {
    name: 'wisla',
    knowledge: 'eval/sets/wisla/knowledge',
    questions: 'eval/sets/wisla/questions.yml',
    role: 'review',
  },
  {
    name: 'altamira',
    knowledge: 'eval/sets/altamira/knowledge',
    questions: 'eval/sets/altamira/questions.yml',
    role: 'review',
  },
  // A private research university in the US Midwest (faculty, postdocs, research and lab staff, administrative
  // and facilities staff, unionised graduate student workers, a medical school: benefits enrollment, the TIAA
  // 403(b) and its match, tuition remission, vacation and sick time, FMLA, parental leave and sabbaticals, summer
  // salary, effort reporting, I-9, H-1B, J-1 and OPT, parking, outside consulting, the graduate workers' union
  // contract, Title IX, COBRA; questions from professors, postdocs, custodians, grad students and admins) and an
  // Italian eyewear manufacturer (a Milan head office, factories near Belluno, a logistics hub near Padua, sales
  // offices in Paris, New York and Hong Kong: ferie, ROL and ex-festività, malattia and the visite fiscali, the
  // busta paga, tredicesima and quattordicesima, TFR and the Cometa fund, buoni pasto and welfare, smart working,
  // maternità, congedo parentale and Legge 104, DPI and safety training, trasferte and the nota spese, dimissioni
  // online; questions in texting Italian, English, Italian-English and some French): holdouts for one stop,
  // written while its matching work went on and scored once at its end; their misses were read at the start of
  // the next, while two newer holdouts were being written.
  {
    name: 'whitcombe',
    knowledge: 'eval/sets/whitcombe/knowledge',
    questions: 'eval/sets/whitcombe/questions.yml',
    role: 'review',
  },
  {
    name: 'brenta',
    knowledge: 'eval/sets/brenta/knowledge',
    questions: 'eval/sets/brenta/questions.yml',
    role: 'review',
  },
  // A US trucking and warehousing company (Columbus, Ohio: long-haul and regional CDL drivers paid by the mile,
  // warehouse and cross-dock associates on hourly shifts, mechanics, dispatchers, Teamsters at two terminals:
  // PTO accrual, holiday pay, shift differentials, the attendance points, per diem, detention, layover and
  // breakdown pay, the safety and fuel bonuses, DOT drug testing and the medical card, MVR reviews, home time,
  // riders and pets, workers' comp and light duty, FMLA, the 401(k), the CDL school clawback, steel-toe boots;
  // questions from drivers on the road in trucker slang, warehouse staff, some in Spanish and Spanglish) and a
  // Swedish payments-software company (Stockholm, Gothenburg, Malmö, a Tallinn office, and employees in Poland
  // and Portugal through an Employer of Record: semester and saved vacation days, flex time, friskvårdsbidrag,
  // VAB, sjukanmälan and karensavdrag, föräldraledighet and the company's top-up, the ITP pension, lönerevision,
  // the bike benefit, traktamente, LAS notice periods, provanställning, stock options, personnummer and work
  // permits; questions in English, non-native English, Swedish and Swenglish, with some Polish, Portuguese and
  // Estonian): holdouts for one stop, written while its matching work went on and scored once at its end; their
  // misses were read at the start of the next, while two newer holdouts were being written.
  {
    name: 'bramble',
    knowledge: 'eval/sets/bramble/knowledge',
    questions: 'eval/sets/bramble/questions.yml',
    role: 'review',
  },
  {
    name: 'solvik',
    knowledge: 'eval/sets/solvik/knowledge',
    questions: 'eval/sets/solvik/questions.yml',
    role: 'review',
  },
  // A Spanish hotel group (a Seville head office and 19 hotels in Andalusia, Madrid, Mallorca and the Canary
  // Islands, seasonal fijo discontinuo staff: the convenio de hostelería, the nómina and pagas extra, IRPF,
  // fichaje and Skello rotas, split shifts, days off and festivos, vacaciones, permisos, baja and the mutua,
  // the 19-week birth leave, excedencias, Cobee flexible pay, staff meals, uniforms and staff accommodation, the
  // finiquito; questions in Spanish as written in Spain, Spanglish and English from international, seasonal and
  // office staff) and a US gene-therapy company (a Cambridge, Massachusetts head office and labs, a Devens
  // manufacturing site: PTO and the winter shutdown, ADP payroll and shift differentials, Massachusetts PFML with
  // a private plan, FMLA, medical, HSA and FSA, Progyny, the Fidelity 401(k), the ESPP, RSUs and options,
  // trading windows, EHS and GxP training, gowning, incidents, Concur and Navan, conferences; questions from lab
  // scientists in non-native English, shift operators and corporate staff): holdouts for one stop, written while
  // its matching work went on and scored once at its end; their misses were read at the start of the next, while
  // two newer holdouts were being written.
  {
    name: 'alameda',
    knowledge: 'eval/sets/alameda/knowledge',
    questions: 'eval/sets/alameda/questions.yml',
    role: 'review',
  },
  {
    name: 'helixridge',
    knowledge: 'eval/sets/helixridge/knowledge',
    questions: 'eval/sets/helixridge/questions.yml',
    role: 'review',
  },
  // A US credit union (Pennsylvania and New Jersey branches, a Harrisburg head office and a contact center with
  // evening and Saturday shifts: the PTO bank, holidays when branches open, overtime for non-exempt staff, shift
  // swaps, UKG payroll and time, the PA–NJ tax agreement and PA local taxes, medical, HSA and FSA, the 401(k),
  // FMLA and New Jersey's family leave, BSA/AML training, background and credit checks, cash drawers, dual
  // control and robbery procedures; questions from tellers, contact-center reps, loan officers and head-office
  // staff in US English, some in Spanish and Spanglish) and a Scottish social care provider (care at home and
  // six care homes in Fife, Perth and Dundee: rotas and shift swaps, sleepovers and on-call, mileage and travel
  // time between visits, holiday pay for irregular hours, statutory and company sick pay, SSSC registration, PVG,
  // mandatory training, adult support and protection, whistleblowing, lone working, the Scottish Living Wage;
  // questions from carers on their phones in Scottish English and Scots, nurses and office staff, many from
  // abroad on Health and Care Worker visas): the holdouts written last, while this stop's matching work went on,
  // and scored only at its end.
  {
    name: 'keystone',
    knowledge: 'eval/sets/keystone/knowledge',
    questions: 'eval/sets/keystone/questions.yml',
    role: 'holdout',
  },
  {
    name: 'thistledown',
    knowledge: 'eval/sets/thistledown/knowledge',
    questions: 'eval/sets/thistledown/questions.yml',
    role: 'holdout',
  },
] as const;

export type EvalSetEntry = (typeof EVAL_SETS)[number];
export type Role = EvalSetEntry['role'];

export const resolve = (relative: string) => path.join(ROOT, relative);
