/**
 * Words that carry no topic in an HR question ("hey, quick q: what is a PEO?"). Dropping them lets the
 * matcher compare what people ask about, not how they ask. HR can add more in `knowledge/synonyms.yml`.
 */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/**
 * Function words: never a topic, whatever a knowledge base says ("US" and "IT" keywords stay filler, since
 * questions use "us" and "it" far more often as pronouns).
 */
export const FUNCTION_WORDS: readonly string[] = [
  // articles, pronouns, auxiliaries
  ...words(`a an the this that these those it its is are was were be been being am do does did doing done
    have has had having can could would should will shall may might must i me my mine im ive we
    us our ours you your yours u ur he she they them their theirs one his her him hers himself herself
    myself yourself ourselves itself someone somebody anybody anyone everybody yall yalls youse yinz`),
  // question words
  ...words(`what whats which who whom whose when where why how hows wat wht`),
  // connectives and prepositions
  ...words(`about of for to in on at by with from into as and or but if then than also too very some any
    anything something thing things stuff not no yes between e g eg ie etc kind sort type types
    way ways much many more most other another else exactly example examples under use uses using used via
    through within while`),
];

/**
 * Greetings and the verbs of asking: never a topic either, though an FAQ may file itself under "Help" or take
 * "help" as a keyword ("can you help me with my payslip" is about the payslip).
 */
export const ASKING_WORDS: readonly string[] = [
  // greetings, politeness and chatter
  ...words(`hi hey hello hiya yo dear folks all everyone thanks thank thx ty pls please plz kindly
    quick quickly question questions q qq ok okay so just really actually basically exactly simply
    briefly bot hrfaq again still now lol btw fyi asap sorry bother hoping tbh idk nah tho til`),
  // asking verbs
  ...words(`tell know knows explain explained explaining explanation describe mean means meaning meant
    define defined definition stand stands standing get got need needs want wanted wondering wonder
    wondered curious help understand understanding clarify confused confusing learn ask asking asked
    say said like think work works working exist exists there here out up find see saw seen seeing
    hear heard read mention mentioned mentions mentioning term terms word words
    phrase concept acronym abbreviation keep keeps kept came come across new joined stuff`),
];

/**
 * Chatter and light verbs of long Slack messages. A knowledge base that uses one as a topic, as a keyword, a
 * one-word alternate or its category's name ("super": superannuation, in Australia), keeps it as a term (see
 * `Analyzer`).
 */
export const CHATTER_WORDS: readonly string[] = [
  // chatter and light verbs of long Slack messages
  ...words(`ugh um uh hmm totally super pretty literally honestly kinda sorta gonna wanna gotta yeah yep nope
    guys guy somehow something everything nothing whatever thru though although because cause since until till already yet
    ago lately go going goes gone went take taking took taken give giving gave given put puts make makes
    made making let lets look looking looks happen happens happened happening remember found
    try trying tried able possible supposed own same stay stays`),
];

export const DEFAULT_FILLER_WORDS: readonly string[] = [...FUNCTION_WORDS, ...ASKING_WORDS, ...CHATTER_WORDS];

/**
 * French, as Quebec, French, Belgian and Swiss employees type it, accents dropped and apostrophes closed up
 * ("j'ai" is "jai", "aujourd'hui" "aujourdhui"; a French word after an elided "l'" or "d'" is read by
 * `Analyzer`), and as they text it ("jsais", "pk", "tkt", "mtn"). Left out: words that are also common English
 * words or HR terms ("on", "pour", "est", "ai", "dont" for "don't", "eu", "ni", "ont", "stp" for Single Touch
 * Payroll, "dsl", "moins" as in "200 euros en moins") and single letters ("vitamin d", "plan c"); "ça" typed
 * "ca", "il", "va", "au", "si", "y" and "c" are filler only in a question written in another language (see
 * `MIXED_LANGUAGE_FILLER_WORDS`). A few short ones that are also abbreviations stay ("ce", "ne", "pas", "mon",
 * "des", "svp"): a knowledge base that uses one as a one-word keyword or alternate ("CE" credits) keeps it, as
 * it keeps any other language's filler word.
 */
export const FRENCH_FILLER_WORDS: readonly string[] =
  words(`un une des du aux je elle ils elles nous vous ce moi toi lui eux leur leurs mon notre votre vos nos cet cette
  ces ceci cela celui celle ceux celles qui quoi quel quelle quels quelles lequel laquelle lesquels lesquelles ou
  combien quand pourquoi avec dans sur sous chez vers depuis avant apres contre selon jusque lors lorsque puisque
  parce comme mais et donc alors sinon aussi deja toujours jamais tres trop peu beaucoup tous toute toutes rien
  quelque quelques chaque autre autres ici voici oui quoique presque sont suis sommes etes etre ete etait etais
  etaient serait serais serai seront soit avons avez avoir avais avait avaient aurai aurais aurait auraient peux
  peut pouvons pouvez peuvent pourrais pourrait pourriez pourrions pouvoir veux veut voulons voulez veulent
  voudrais voudrait voudrions voudriez vouloir voulu dois doit devons devez doivent devrais devrait devrions
  devriez devoir faut fallait faudrait faudra fait fais faire faites vais vont aller allez sais sait savez savoir
  connais voir vois dit pense penses crois aimerais aimerait besoin ne pas bonjour bonsoir salut allo coucou
  merci svp bonne journee soiree cordialement desole desolee excusez remercie remerciements hier demain
  maintenant bientot faque coudonc ouin ya tse choses truc trucs ouais euh hein vraiment juste seulement ainsi
  enfin bref aucun aucune certains plusieurs environ puis ensuite cependant pourtant afin quant sil cest jai
  jsuis chu pcq jpeux jveux jdois slt bjr mrc aujourdhui jusqua jusquau lorsquil puisquil quelquun quelquune quil
  quils plait
  aie aient aille aillent ailles aime aimeriez aimerions allais allait asteure astheure aupres aurez auriez
  aurions aurons auront aviez ayez ayons bcp bsr cdlt cetait chaipa chepa chui chuis chus cmb cmt dacc daccord
  dautre dautres davance devaient devais devait devra devrai devraient devrez devront disais disait disent
  doive doives enfait enfaite etiez etions faisais faisait faisons fasse fassent fassiez fera ferai ferais
  ferait ferez feront icitte irai irais irait irez iront jaimerai jaimerais jaurai jaurais javais jcrois
  jdevrais jetais jfais jla jle jles jme jms jpense jpourrais jsai jsais jsavais jsp jte jvais jvoudrais
  jvoulais jy kand kesk mdr mercii mettons mtn nimporte nont pantoute peutetre pk pkoi pourkoi pourra
  pourrai pourraient pourras pourrez pourront pouvaient pouvais pouvait prcq prsk psk ptdr ptet ptetre ptit
  ptite puisse puissent puisses puissiez qd qqch qqchose qqn questce quon quun quune sachant sache saura
  saurais saurait savais savait savent savons seras serez seriez serions sest ske soi soient sois soyez soyons
  stv tavais tinquiete tjr tjrs tjs tkt tqt tsais venez veuille veuillez viennent viens vient voient voit
  voudra voudrai voudraient voulaient voulais voulait voyez vrmt vu wesh wsh`);

/**
 * Italian, as typed without accents and in chat shorthand ("nn so cm fare", "xke", "cmq", "grz", "vabbe").
 * Italian function words that are English words too ("che", "chi", "dove", "io", "ho", "ai") are filler only in a
 * question written in another language (see MIXED_LANGUAGE_FILLER_WORDS); "non" (non-exempt), "fare" (a train
 * fare), "dei" (DEI), "col" (cost of living), "favore" (favour), "dalla" (Dallas), "delle" (Dell) and "coi" (a
 * certificate of insurance) are left out. Like the French ones, they are dropped as written, never by stem:
 * "queste" would take a Quest lab with it, "quante" a quant.
 */
export const ITALIAN_FILLER_WORDS: readonly string[] =
  words(`abbiamo adesso agli allora anche andare anke arriva arrivano arrivare arrivato avere avete avuto bisogna
    bisogno buonasera buondi buongiorno capisco capito chiedere chiedo ciaoo cioe cmq comunque conviene cosa
    dagli dai degli dello detta detto devi devono dici dicono dobbiamo dopo dovete dovrebbe dovrebbero dovrei
    dovresti ehi eravamo eri ero essere faccio fai fanno fatta fatte fatti fatto funziona funzionano gia gli
    grazie grz hanno infatti loro mah mai messo mettere miei nei nella nelle nello niente nn nnt nostra
    occorre ogni perche perfavore possiamo possono potete potrebbe potrebbero potrei potresti prego prendere
    preso puo puoi qlc qnd qnt qualche qualcosa qualcuno quali quante quanti quella quello questa queste
    questi questo quindi ragazze ragazzi ricevere ricevo ricevono ricevuto sanno sapere sapete sappiamo
    sarebbe scusa scusate scusi servire servono siamo siete sn stai stanno stata stato stava stavo sto succede
    sugli sul sulla sulle suo suoi tocca toccano tra trova trovare trovato trovi trovo tt tuo tuoi tutte tutto
    uno vabbe vabbeh vabe vado vbb vede vedere vedo vogliamo voglio vogliono volete vorrebbe vorrei vorremmo
    vorresti vostra vostri vuoi vuole xche xfavore`);

/**
 * Swedish, as typed without å, ä and ö and in chat shorthand ("behöver" typed "behover", "tycker", "kanske",
 * "mkt", "ngn", "typ", "tjena"). Those that are English words or abbreviations too ("att", "och", "det", "jag",
 * "med", "som", "om", "ska") are filler only in a question written in another language (see
 * MIXED_LANGUAGE_FILLER_WORDS); left out are those that carry a topic ("dålig", ill; "utan", without, as in
 * unpaid leave; "ringa", to call in sick; "räkna", to count as working time; "sen", late), those
 * that are function words of another language too ("sin", "mot", "min") and common English words ("fall",
 * "fast", "god", "hit", "per", "tid", "sex"). The Swedish function words Norwegian and Danish share ("hur",
 * "vad", "inte", "mycket") are with the Norwegian ones below. Like the French and Italian ones, they are
 * dropped as written, never by stem.
 */
export const SWEDISH_FILLER_WORDS: readonly string[] =
  words(`aldrig allt alltid alltihop allting alltsa annu antagligen anvanda anvander assa aven bada bakom battre
    behova behovde behover behovs beror betraffande betyda betyder blivit borjar bredvid bruka brukar darfor
    dej delar delen deras dess dessutom efter eftersom egen egentligen eget egna ehm enbart endast enkel
    enkelt enligt ert ett exakt faktiskt fanns femte fick finnas fixa fixar fjarde fler flera forlat forra
    forsta forstod fraga fragade fragan fragar fram framfor funderar fungera fungerar funka funkar funnits
    fyra galla gallande gamla gammal gangen ganska gav gavs gett gick godmorgon grej grejen grejer halsningar
    handa hande hehe hejda hejhej heter hitta hittade hittar hjalp hjalpa hjalper honom hundra hurdan hursa
    ialla iallafall ibland icke ifall igen ikvall imorgon ingenting inget innan inom iofs jaha japp jatte
    jattemycket jepp kanna kanner kanns kanske klar klart klockan kolla kollade komma kommer kommit kring
    kunde kunnat lagga lagt langa langre langt lasa lilla liten medan mej mellan menar mfl minst mkt mojlig
    mojligen mojligt mvh naa nagon nagonting namligen nanting nasta ngn ngr ngra ngt nio nja normalt nyss nytt
    ofta olika ordna ordnar osv riktig riktigt rorande sadan sadana sadant sagt sakert samma samt
    sarskilt satt satta satter sej senare sitta sjalv sjalva sjalvt sju skicka skickade skickar skriva skriver
    snabb snabbt snalla snart storre stund styck stycken svar svaret tackar tacksam tagit tankte tiden
    tidigare titta tittar tja tjabba tjena tjenare tjugo tolv tredje trettio tro trodde troligen tusentack
    tycka tycker tyckte typ undra undrade undrar upp ursakta utom utover vanlig vanligen vanligt vanta vantar
    varandra varenda varit varje varken velat vems verkar verkligen veta vetat viktig viktigt vilja visste`);

/** The filler words of a language that are dropped as written, never by stem, by the name its word list goes by. */
export const FILLER_WORDS_AS_WRITTEN: Readonly<Record<string, readonly string[]>> = {
  French: FRENCH_FILLER_WORDS,
  Italian: ITALIAN_FILLER_WORDS,
  Swedish: SWEDISH_FILLER_WORDS,
};

/**
 * Function words of other languages that are also English abbreviations or words: French "ça" typed "ca"
 * (California), "il" (Illinois), "va", "au", "si", "y", "c", "meme", "encore", "genre"; Spanish and Portuguese
 * "mi" (Michigan), "o", "en", "em", "da"; Tagalog, Polish and Swahili "na" (not applicable), Tagalog "sa", "po",
 * "pa", "ma", "mag"; and the Polish, Spanish, German, Italian and Swedish function words that are English words
 * or abbreviations too ("nie", "ten", "co", "lo", "son", "con", "die", "hat", "bin", "che", "dove", "ai", "att",
 * "med", "som"). They are
 * filler only in a question written in another language: one with at least `FOREIGN_WORDS_OF_A_FOREIGN_QUESTION`
 * different words, filler words of the other languages below or words a language's list reads as English, that
 * are neither English words nor shorter than three letters ("ca fait 2 ans que je touche pareil", "pano po mag
 * file ng leave sa portal, naman", "dove trovo il cedolino"). In an English question they keep their meaning, and
 * so does one typed in capitals anywhere ("como uso mis beneficios del VA", "pwede po ba mag apply as PA").
 */
export const MIXED_LANGUAGE_FILLER_WORDS: readonly string[] = [
  ...words(`ca au si il y c va sa meme encore genre mi o en em na da po pa ma mag`),
  // Polish ("nie", "bo", "ten", "nas", "jak", "co", "np")
  ...words(`aby ale ani bede bo bys choc cos ich ja jak jest mna moze mu nam nas nie nim ono pod sam sama soba spod ta
    taka taki tam ten za zas co ci wy np az`),
  // Spanish ("lo", "soy", "con", "van", "son", "ira", "aca", "vale", "tb", "mira")
  ...words(`ante antes con contra era eras ha han lo mas nomas os pal podia pos pus salvo sea sean seas sera sere
    solo son soy tan tanto tons van varias ira aca ps vale tb mira dime dame dale tal genial hombre claro
    perfecto abrazos ostia tendre`),
  // Ukrainian and Russian ("yak", "ti", "v", "ot"; "vot" is voluntary overtime, "eto" earned time off)
  ...words(`vot eto pri vam tobi ih iz k ni ot s v vi vo vy z moya nashi nu privet ti tut vid yak`),
  // German ("die", "das", "hat", "bin", "ich", "war", "nicht", "mit": an MIT, "ein": an EIN)
  ...words(`mit ein ist aus dir uber als bevor bin bist das den dich die dies dieses dort eh eine er falls fur gar hast
    hat ins man manche mich mir muss nach nicht nichts nix nun nur ob sei seine seiner sich sind uns vor war
    weil welcher welches wem wen wo`),
  // Italian ("che", "dove", "io", "ho", "ai": AI, "mia": MIA, "della": a name)
  ...words(`dove che chi dal ai tutti ciao boh salve ecco io lei ho sai raga nostro vostro fa dalle di fra poi qua li
    pure ancora sempre mica molto bene mille dire dice dare dato serve mia della sta`),
  // Swedish ("att", "och", "det", "jag", "med", "som", "om", "ska", "vill": a ska band, a will; "far" is "får", may,
  // far more often than a father)
  ...words(`att av ar bra det dig dina ditt far fran ga ge ger gor gora hade hans hon hos inga jag jo ju lite med men
    mig mina mitt ner nog och om redan sedan sig sina ska som tack tar ut var vara vet vill`),
];
export const FOREIGN_WORDS_OF_A_FOREIGN_QUESTION = 2;

/**
 * Function words of the languages employees mix into English at work. Unlike the English function words,
 * they are words a knowledge base may use in its own right: a keyword such as "EL" (emergency leave) or "ESTA" (a
 * state's sick time act) keeps its meaning there (see `Analyzer`).
 */
export const OTHER_LANGUAGE_FILLER_WORDS: readonly string[] = [
  // Taglish ("pano mag-file ng leave", "bakit may tax ako") and Hinglish ("form 16 kab milega"). Words that
  // are also English or HR terms ("tab", "par") are left out; "sa", "pa", "ma", "po" and "mag" are filler only in
  // a question written in another language (see MIXED_LANGUAGE_FILLER_WORDS).
  ...words(`ng ang ako ko ba yung yun lang naman mga din rin daw nga pala kasi pero nang ito dito doon siya
    sya kami tayo kayo sila niya namin natin nila ninyo nyo ano sino saan kailan bakit paano pano ilan
    magkano pwede puwede wala meron mayroon hindi sana talaga`),
  ...words(`kab kaise kitne kitna kitni kya kyu kyun kyon kaun kahan kidhar mera meri mere mujhe humein
    hamara hamari aap aapka apna apni hai hain tha thi hoga hogi hota hoti milega milegi milta milti
    chahiye nahi nahin bhi aur yeh woh mein ko ka ki ke abhi jab kar karna karu karein karte sakta sakte
    sakti hoon raha rahi rahe`),
  // Singlish particles and everyday Malay ("can claim or not ah", "AL boleh carry forward ke"). "ada" and
  // "apa" are left out: ADA and APA are HR terms too.
  ...words(`ah lah leh lor sia meh hor liao anot nia boleh tak ke saya nak mau dah sudah bila berapa macam mana
    siapa bagaimana tidak yang ini itu untuk dengan`),
  // And Spanish, as US employees type it without accents ("como saco mi w2", "cuando es el dia de pago"):
  // words that are also English or HR terms, or whose stem is an English word's ("alli": allies), are left out.
  ...words(`el la los las una unos unas tu usted ustedes ud uds nosotros nosotras ella ellas ellos mis tus sus su
    nuestro nuestra nuestros nuestras le les se te mio tuyo suyo esto este eso esa ese estos estas esos esas
    aquel aquella alguien nada nadie todos toda todas cada cual cuales de del al por para hasta desde sobre
    entre hacia segun durante bajo tras porque pues aunque tambien tampoco entonces luego mientras cuando que
    como cuanto cuanta cuantos cuantas donde adonde quien quienes es eres somos ser estar estoy esta estamos
    estan estaba estaban hay habia haber hemos tengo tiene tienes tenemos tienen tener tenia puedo puede puedes
    podemos pueden poder podria podrian quiero quiere quieres queremos quieren querer quisiera necesito necesita
    necesitas necesitamos necesitan necesitar saber sabe sabes saben sabia hacer hago hace hacen hice hizo ir
    voy vas vamos fue fui sido siendo pasa paso hablar decir digo dijo dijeron ver veo debo debe deben deberia
    tendria seria dar doy muy mucho mucha muchos muchas poco poca ahora hoy manana ayer aqui alla ahi bien
    todavia aun siempre nunca casi asi despues algun alguna algunos ningun ninguna otro otra otros otras mismo
    misma hola buenas buenos buen tardes noches gracias porfa porfis porfavor xfa xfavor oye oiga disculpa
    disculpe perdon saludos bueno okey senor senora senorita pregunta preguntar preguntas duda dudas xq pq porq
    tmb ahorita osea jaja bendiciones pregunto queria necesitaria alguno`),
  // More Spanish as Mexican and US-Hispanic workers text it: forms of "be", "have", "can", "give", "come" and "need"
  // (Mexican "ocupo"), chat words and short forms ("andale", "nel", "grax", "porfas"); "ira" (an IRA), "aca" (the ACA)
  // and "ps" are filler only in a question written in another language (see MIXED_LANGUAGE_FILLER_WORDS).
  ...words(`ademas aki algunas andale aorita cdo cierto conmigo creo cualquier daba damos dando dara daria darme denme
    dicen dieron dije dio disculpen entendi entiendo entons eran estara estare estaria estuve estuvieron
    estuvimos estuvo excepto fueron fuimos fuiste grasias grax guey gustaria haya hayan horita hubiera hubo
    ibamos igual jajaja jeje kiero lleva llevamos llevan llevar llevo mmm namas necesitaba necesitaban necesite
    nel nop ocupa ocupaba ocupamos ocupan ocupar ocupas ocupo orita pasar pasaron pliss podra podre podrias
    ponen poner pongan porfas pude pudieron pudo pueda puedan puedas puse puso querian quise quisieran quiso
    quizas sabemos seran solamente suya tambn tantos tendra tenga tengan teniamos tenian tenido teniendo tmbn
    tonces tuve tuvieron tuvimos tuvo tuya varios vaya vayan vdd veces vendra venga vengan vengo venia venimos
    venir verdad vez viene vienen vienes vinieron xk xke yendo`),
  // Spanish as written in Spain ("me habéis pagado de menos", "vale, gracias", "porfi", "joder, otra vez"): the
  // vosotros forms, chat words and exclamations. Those that are English words or abbreviations too ("vale", "tb",
  // "mira", "dime", "dame", "dale", "tal", "genial", "hombre", "claro", "perfecto", "ostia") are filler only in a
  // question written in another language (see MIXED_LANGUAGE_FILLER_WORDS); "tio" and "tia" (an uncle, an aunt;
  // TIA), and those whose stem is an English word's ("deis": DEI, "holis": Holi and holy, "jamas": JAMA) are
  // left out.
  ...words(`acaso alucino aquello besos bua chulo cona cono contadme cosas cualquiera dabais dadme daran dareis dariais
    darnos debeis debemos deberiais deberiamos deciais decidme decirme decis demasiado digais dijisteis direis
    disculpad disteis enseguida erais estabais estais estareis estariais estariamos esteis estupendo estuvisteis
    explicadme explicame explicar flipando flipas flipo fuisteis grcs guay gusta gustan habeis habiais habra habran
    habreis habria habriais haceis hacemos haciais hagais hala hareis hariais hayais hicieron hiciste hicisteis
    hostia hostias hubierais hubiese hubiesen ibais ireis jajajaja jejeje joder jolin jolines mazo mediante mierda
    mirad mogollon molan molaria movida necesitais necesiteis ninguno okis ostras perdona perdonad perdone podais
    podamos podeis podiais podremos podriais podriamos poneis pongais porfi pudisteis pusisteis qdo querais quereis
    queriais quisierais quisieramos quiza rollo sabeis sabiais sabreis sabria sabrias seais sepais sereis seriais
    soleis tendreis tendremos tendriais tendriamos teneis tengais teniais tuvisteis uff vayais veais veis vengais
    venis vinisteis visteis vosotras vosotros vuestra vuestras vuestro vuestros wenas xfi xfis`),
  // Swahili and Sheng as Kenyan and Ugandan employees type them ("niaje, naomba likizo yangu", "nifanye nini?").
  // Words that are also English, names or HR abbreviations ("pole", "kama", "ni" for National Insurance, "wa",
  // "za", "ama", "poa", "tu") are left out; "au", "si" and "na" are filler only in a question written in another
  // language (see MIXED_LANGUAGE_FILLER_WORDS).
  ...words(`habari niaje sasa asante asanti tafadhali naomba nataka nifanye nini gani lini wapi nani vipi ngapi
    hii hiyo yangu wangu changu langu zangu yako wako yetu wetu kwani ati bado hapa hakuna iko uko ndio hapana
    sisi wewe yeye wao hawa huyu hizi hizo kwa hadi mpaka tena manze msee naeza nikiwa ndiyo hivi`),
  // And te reo Māori greetings and sign-offs as New Zealanders write them in English ("kia ora team",
  // "ngā mihi", "ka pai, cheers"), with the macrons gone.
  ...words(`kia ora tena koe koutou korua nga mihi pai morena arohanui chur`),
  // Portuguese, Brazilian and European, without accents ("quando recebo o salario?", "obrigado pela ajuda").
  ...words(`meu meus pela pelas abraco abracos achei acho acontece aconteceu ainda alem algo alguem alguma algumas
    alguns alo aonde aos apenas aquela aquele aquilo assim atenciosamente bastante beijos beleza bjs blz bom
    bons brigado caro caso certo comigo consegue contigo cumprimentos daquele dela delas demais depois desculpa
    desculpe dessa desta deste deu deve devem devemos deveria devo disse disso disto diz dizer eai ela elas ele
    eles embora enquanto entao eram essa essas estao estava esteve estive estou exato existe faco falar faz
    fazer feito ficou foi funciona gostaria isso isto kkkk lhe lhes mesma mesmo minha minhas muita muitas muito
    muitos nao naquele nem nenhum nenhuma nessa nesse nesta neste ninguem nisso nisto nossa nossas nosso nossos
    num numa obg obgd obrigada obrigado olha olhe onde opa oque outra outras pelo pelos perdao pfv pode podem
    poderia porem portanto posso pouco poucos pra precisa precisam precisamos precisava preciso prezada prezado
    prezados qual qualquer quando quantas quanto quantos quase quem quer quero sabem seu seus somente sua suas
    talvez tambem tbm tchau tem temos tenho teu teus teve tinha tipo tive todo tranquilo tua tuas tudo uma umas
    vai valeu vao vcs veio vejo vem viu voce vou`),
  // Haitian Creole as US care workers type it ("mwen malad jodi a, kiyes pou m rele?").
  ...words(`alo anba anko anpil anvan anwo anyen apre ase avan avek bagay banm bezwen bonjou bonswa byen chak dako devan
    deye donk dwe edem enben enfomasyon epi esk eske fok gendwa genyen gwo jwenn kap kapab kapap kek kelkeswa
    kesyon kijan kijanw kile kiles kimoun kisa kiyes kom kombyen konbe konben konbyen konn konnen konnya
    konprann konsa kote kouman kounya kounye kounyea kounyeya laba menm mesi mesibokou mesye moun mpa mpral mte
    mwen mwens mwn napboule nenpot nou okenn osinon oswa pask paske pesonn petet piti pito plis pou pouki
    poukisa pral prale pwoblem pwochen repons sak sakpase selman seten silvoupl silvouple tanpri tou toujou tre
    twop vle vre vreman youn`),
  // More Tagalog and Hindi: greetings, numbers, "please" and "tell me" ("pakisabi po", "batao na").
  ...words(`agad alam alin apat atin ayan ayos ayun baka bawat beh dahil dalawa dapat diyan dyan gaano gagawin ganito
    ganon ganun ganyan gawin ginawa gustong iba ibang ikaw ilang inyo isang iyan iyo iyon iyong kailangan
    kamusta kanila kanina kanino kanya kapag kaunti kaya kelangan konti kumusta kung kuya lahat lamang magandang
    makita malaman mamaya marami maraming medyo musta napaka nasaan nasan ngayon nito niyan nung nya opo paanong
    paki pakisabi pakitulong panu pito pumunta punta sabihin sagot saka salamat sampu sige siguro siyam sobra
    tama tanong tanungin tapos tatlo teh tol totoo tsaka tulong tulungan ung walang walo yan aapke aapki accha
    acha achcha achha apka apke apki apne arre baad bahot bataiye batana batao bataye bhaiya bina bohat bohot
    bolna chahie chahta chahti chaiye dedo dhanyavad dhanyawad dijiye haan hamare hamein hoge hona inka iska
    iski isko isliye jaldi jyada kaha kaisey karde kardo kare karoon karunga karungi kaunsa kaunsi kese kijiye
    kisi kiske kisko kiya kiye konsa konsi krde kripaya kripya krna kro kuch kuchh kyaa kyuki kyunki lekin lenge
    leni liye lunga magar muje mujhko nai neeche pahle pata paunga pehle phir saath sabhi sahi samajh samjha
    samjhao sath shukriya sirf thik thk thoda thodi toh tumhara tumhari turant unka unki unko upar uska uski
    usko voh waha wahan yaha yahan zyada`),
  // Polish, as typed without diacritics ("czy moge dostac", "gdzie to sprawdzic, dzieki").
  ...words(`albo bardzo beda bedzie biore brac byl byla bylo byly chce chcialabym chcialam chcialbym chcialem chyba czego
    czemu czesc czy czyli czym dla dlaczego dlatego dobry dobrze dokad dostac dostaje dostajemy dostalam dostalem
    dostane dostanie duzo dzieki dziekuje dzis dzisiaj gdyby gdzie hej ile ilosc ilu informacja informacje
    informacji jaka jaki jakich jakie jakiego jakiej jakim jakis jednak jego jej jesli jestem jestes jeszcze
    jezeli jutro juz kazdy kiedy kiedys kogo komu kto ktora ktore ktorego ktorej ktory ktorych ktorym ktos lub
    macie malo mamy masz mialam mialem miedzy mnie mniej moge moich moim moj moja moje mojego mojej mozesz
    mozna musi musisz musze nalezy nic nigdy nikt okej okolo ona oni oraz pani panstwo pojutrze pomoc pomocy
    poniewaz potem potrzebuje powie powiedziec powinien powinienem powinna powinnam pozdrawiam prawie prosze przed
    przez przy pytam pytania pytanie robic rowniez sie siebie skad sobie spoko sprawdze sprawdzic swoj swoja swoje
    swojego szanowna szanowni szanowny takze tamten tego tej teraz tez trzeba tutaj twoj twoja twoje tych tylko
    tym wam wczoraj wedlug wezme wiec wiecej wiedziec wiem wiesz witam wlasnie wszystkie wszystko wtedy wziac
    zamiast zapytac zawsze zeby zrobic zrobie`),
  // Norwegian, Danish and Swedish ("hvor finner jeg", "har jeg krav på", "hej, tack").
  ...words(`alle allerede altsa angaende bara berre ble blev bli blir blitt burde denne derfor dessverre dette dykk dykkar
    egentlig eller enda enn etter fatt fikk finne fordi forresten forstar fortfarande fortsatt fremdeles
    galler ganske gir gjelder gjerne gjor gjorde gjore gjort hadde halla har hei heisann hej hejsan helt henne
    hennes hilsen hjelp hjelpe hur hva hvad hvem hver hvert hvilke hvilken hvilket hvis hvor hvordan hvorfor
    hvornar hvorvidt iallfall idag igar igjen ikke ikkje imorgen ingen inte jeg kanskje korleis kunna kunne kva
    kvar kven kvifor liksom lurte maste meget mellom mener mer mest mindre mycket mye mykje nagot nagra nar
    noen nogen noget ocksa ogsa onsker oss sann selv sier sikkert sitt sjekka sjekke skal skall skjonner
    skulle slik sporre sporsmal stadig takk takker tenkte tok trenger tror tusen uansett uten vad vaert varfor
    vart vedrorende veit veldig venligst vennligst vilka vilken vilket ville visst`),
  // Vietnamese, without its diacritics ("cho em hoi", "duoc khong a?"). Words that are also English or HR
  // terms ("co", "uk", "vs", "hk", "dc", "ak") are left out; "va" and "em" are filler only in a question written
  // in another language (see MIXED_LANGUAGE_FILLER_WORDS).
  ...words(`anh bao baogio baonhieu biet bn cac camon chac cho choem chu chua chungem chungta chungtoi cothe cua
    cung cx dk duoc giup hoac hok kh khinao khong lai lamon lamsao luc mik minh mk moinguoi nen neu nha nhe nhen nhi
    nhieu nhu nhung noi ntn nua odau oki okie ong phai roi sao taisao thenao thoi tks toi trong ua uhm vay visao voi
    vuilong xem xin xinchao xinhoi`),
  // More Indonesian and Malay ("gimana caranya", "mohon info", "terima kasih"); "apa", "km", "bs" and "ga" are
  // left out.
  ...words(`adalah aja akan aku anda apakah aq atau awak bagaimanakah bagi banget beliau belum berapakah bertanya bgmn
    bgt bisa blm bu bukan butuh camana camne cik darimana deh dgn dimana dpt elu encik enggak engkau gimana gk gmana
    gmn gua gw harus hendak ingin iya jadi jd je jg kah kalau kalo kamu kan kapan karena kasih kau kemana kenapa kepada
    kerana kita klo kmu knapa knp kok korang kpn krn lagi lg lho loh lu maaf makasih masih mbak mcm mengapa mengenai
    mereka mesti minta mohon mw nanya ndak ngga nggak nih nk oleh pada pak pengen perlu permisi pernah pgn pingin puan
    punya saja salam sangat sdh sedang selamat sih soal sy tanya tapi tdk tentang terima terimakasih terus tetapi tolong
    trus tuh udah udh utk yg`),
  // Japanese in romaji ("onegaishimasu", "nannichi made desu ka", "sumimasen"); "ni" (National Insurance), "nda"
  // and "wa" (a state) are left out.
  ...words(`arigato arigatou arigatougozaimasu arimasu arimasuka aru asoko atashi boku bokura chotto daijobu daijoubu
    dakara dake dakedo datta dekimasen dekimasu dekimasuka dekinai dekiru deshita desho deshou desu desuka dewa doko
    domo dono dou doumo doushite douyate douyatte doyatte gomen gomennasai hitsuyo hitsuyou hoshii ii iie ikimasu iku
    ikura ikutsu imasu irimasu iru itsu jaa jibun kamo kanojo kedo kedomo keredo kimasu kimi kochira koko konnichiha
    konnichiwa kono kudasai mada masen mashita naidesu nande nanji nannichi nano nanode narimasu naru ndesu ohayo ohayou
    ohayougozaimasu onegai onegaishimasu oshiete otsukare otsukaresama otsukaresamadesu shika shikashi shimasu shiritai
    shita shitai shitaidesu shitsurei sochira soko sono soudesu sugu sukoshi sumimasen suru takusan toka tte uun
    wakaranai wakarimasen wakarimashita watakushi watashi watashitachi yone yori yoroshiku yoroshikuonegaishimasu zenbu`),
  // Dutch and Flemish ("hoeveel dagen krijg ik", "waar kan ik dat vinden", "alvast bedankt"). Words that are also
  // English ("is", "of", "want", "dan", "hoe", "nog"), abbreviations ("ge", "mn", "uw") or English words by their
  // stem ("wil": wilful) are left out.
  ...words(`allemaal alles alsjeblieft alstublieft alvast aub bedankt bij daar dankje dankjewel dankuwel dat deze doei dus
    eens eigenlijk ff geen gewoon gij goedemiddag goedemorgen goedenavond goeiedag goeiemiddag goeiemorgen graag
    groeten groetjes heb hebben hebt heeft hij hoef hoeft hoelang hoeveel idd iemand iets iig ik jij jouw jullie kun
    kunnen kunt mij mijn misschien moet moeten mogen mvg naar niet nodig okee omdat onze ook toch uit veel vind voor
    vraag vraagje vragen waar waarmee waarom waarvoor wanneer waren wel weten wie wij willen worden wordt wrm ze zeg
    zij zijn zou zouden zsm`),
  // Romanian, as typed without diacritics ("cand primesc salariul?", "mersi mult"). Words that are also English
  // ("are", "pot", "cum", "nu"), abbreviations ("dc", "pt", "eu", "ei", "ms", "cu") or English words by their stem
  // ("oare": oar) are left out; "ca", "va", "sa" and "da" are filler only in a question written in another
  // language (see MIXED_LANGUAGE_FILLER_WORDS).
  ...words(`aceasta acest acesta acolo acum adica aici asta atunci avea aveam avem aveti cand cata cati ceva chiar cineva
    cumva daca dece deci despre doar dumneavoastra dvs esti fara fiecare foarte fost imi inca intreb intrebare
    intrebarea intrebari iti mea mersi mersii mie mltm mult multumesc multumim neata nici nimeni nimic niste noastra
    nostri nostru numai pana pentru poate poti primesc primeste primi primim putem puteti putin rog scuzati scuze
    sint stiti stiu sunt suntem sunteti toate toti totusi trb trebui trebuie unei unui voastra voastre vom vostru
    vrea vreau vrei vrem vreti`),
  // More Polish: verb forms, "our" and "your", greetings and apologies ("moglbym", "nasza", "siema", "sorki"); "co",
  // "ci" and "wy" are filler only in a question written in another language (see MIXED_LANGUAGE_FILLER_WORDS), and
  // "tobie" (Toby) is left out.
  ...words(`chcesz chcial chciala cie ciebie dziekujemy elo gdy jakas jakies mial miala mogl moglabym moglbym mozecie mozemy
    musimy naprawde nasz nasza nasze pozdro przepraszam siema siemka sorki sory spytac wasz wasza witaj wszyscy`),
  // And more Polish: past and future forms of "be", "have", "can", "must", "go", "come", "write" and "check",
  // connectives ("niz", "dopiero", "zanim") and chat forms ("hejka", "nwm", "dzk"). "co", "ci", "wy", "np" and "az"
  // are filler only in a question written in another language (see MIXED_LANGUAGE_FILLER_WORDS); "maja" and
  // "tobie" are names too.
  ...words(`bardziej bedziecie bedziemy bedziesz byc bylam bylas bylem byles byli chca chcecie chcemy chcialas chciales
    chcieli chociaz czolem czyj daj dobranoc dopiero dzieks dzk gdyz hejka idzie idziemy idziesz isc jakby
    jechac jedzie jedziesz jemu jestescie jestesmy lecz mialabym mialas mialbym miales miec mieli milego mimo
    moga mogla moglam moglem mogli mozliwe musial musiala musialam musialem musicie musieli musza nad nadal
    najpierw napisac napisalam napisalem napisz napisze narazie naszej natomiast niech niego niej niz nwm
    oczywiscie odkad pisze pojde pomoz pomoze pomozesz poszedlem poszlam powiedzial powiedziala powinienes
    powinnas powinni powinno pozdrowienia przychodze przychodzi przyjde przyjdzie przyjdziesz przyjsc
    przyszedlem przyszlam pytanko robi robie rozumiem rozumiesz serio skoro sprawdz sprawdzcie sprawdzi
    sprawdzilam sprawdzilem strasznie totalnie troszke tzn widze widzisz wiemy witajcie wkrotce zanim zapytam
    zaraz zatem zebym zerknac zerknij zobacz zobacze zobaczyc zostac zostal zostala zostalam zostalem zostali
    zostanie zrobil zrobila zrobilam zrobilem zrozumialem`),
  // Nigerian Pidgin, with Yoruba, Igbo and Hausa particles and greetings ("abeg", "wetin", "biko", "sannu", "ẹ jọ̀ọ́"
  // typed "ejowo"). "dey", "wey" and "sha" are English words, and abbreviations ("ni", "wia", "emi", "sebi",
  // "oshe") and English words by their stem ("domin": dominant, "shi": shy, "melo") are left out.
  ...words(`abeg abegi abi alaafia alafia amma anyi awon barka bawo beeni biko bikonu chei daadaa daalu dalu dem ebee ehen
    ehn ejowo ekaale ekaaro ekaro ekasan eku ekuise eseun eyin gaan gbam gbogbo gini gode haba howfa howfar imela
    iwo jare joor jowo kedi kedu kilode kini kuma lafiya lau maka mek menene nagode nawa ndewo neva ngwa nibo
    nigbawo nke nko nnoo odabo ogbeni onye ooo oun rara sabi saboda sannu shebi shey tani temi unu walahi wallahi
    wanene wetin yaushe yaya zan`),
  // German, as typed in Germany, Austria and Switzerland with the umlauts written out or dropped ("kann ich
  // meinen resturlaub mitnehmen", "wieviel urlaub bekomme ich", "danke"). German function words that are English
  // words or abbreviations too ("die", "hat", "bin", "war", "mit", "ein") are filler only in a question written in
  // another language (see MIXED_LANGUAGE_FILLER_WORDS); "ohne" is read as "without", and "mfg" (manufacturing),
  // "usw" (a union) and "eure" (euro) are left out.
  ...words(`aber auch bei beim bekomme bekommen brauche brauchen bzgl bzw danke dankeschoen dankeschon dann darf dass
    dein deine deinen denn der diese diesen dieser doch duerfen durfen eben eigentlich einen einer etwas euch
    euer evtl frage fragen fuer geht gehts genau gerade gibt gibts grueezi gruess gruezi gruss guten hab habe
    haben habt haette hatte ihm ihn ihnen ihr ihre ihren jein jetzt kann kannst kein keine keinen koennen
    koennte konnte kriege meine meinem meinen meiner meines mochte moechte muessen muesste mussen musst musste
    naja nein noch oder schon sehr seit servus soll sollen sollte tschuess tschuss ueber und unser unsere
    unseren vg vielen viell vllt von waere wann warum weiss welche welchen wenn wer werde werden weshalb wieso
    wieviel wieviele wir wird wirst wissen wofuer wofur woher wohin wollen wollte womit wozu wuerde wurde zu
    zum zur`),
  // Ukrainian and Russian, typed in Latin letters or in Cyrillic (read in Latin letters: "що можна" is "shcho
  // mozhna"): "chy", "shcho", "mozhna", "skilky", "pozhaluysta", "dyakuyu". Those that are English words, letters,
  // names or abbreviations too ("yak", "ti", "v", "s", "ni", "ot", "vot", "eto", "tobi") are filler only in a
  // question written in another language (see MIXED_LANGUAGE_FILLER_WORDS), as every function word of this list is
  // in a message typed in Cyrillic.
  ...words(`blagodaryu bude budet budlaska budut bula bulo buv cey cherez chomu chto chtoby chy cya dazhe dlya dobriden
    dobriy dobroe dobrogo dobryden dobryi dobryy duzhe dyakuju dyakuyu eshche eshchyo esli eti etot eyo gde
    hochemo hochete hochu hotela hotelos hotim ikh ili kakaya kakie kakim kakoe kakoi kakoy khochu khotel
    khotela kogda koli koly kuda kudy laska lishe meni menia menja menya mezhdu miy mizh mne mnoy mnoyu moego
    moemu moey mogo mogu moie moiemu moieyi moye moyi moyo mozhe mozhem mozhemo mozhet mozhete mozhna mozhno
    mozhu nado nash nasha nashe nashego nashogo navishcho nuzhen nuzhna nuzhno otkuda pered pidkazhit
    pidkazhyte pislya pitannya pochemu podskazhi podskazhite posle potribna potribno pozhalsta pozhaluista
    pozhalujsta pozhaluysta privit pryvit pytannya sche scho seychas shche shcho shchob sho shob shto shtoby
    skazhit skazhite skilki skilky skolko spasibo sviy svoy svoya svoyu takozh takzhe tebe tebya tezh tilki
    tilky tolko tozhe treba tviy tvoie tvoy tvoya uzhe vash vasha vashe vashego vashi vashogo vitayu vona voni
    vono vopros vzhe yaka yake yaki yakiy yakogo yakoyi yakshcho yaksho yakyi yakyy yego yih yikh yim yiyi yogo
    yoho zachem zdes zdrasti zdravstvuite zdravstvuy zdravstvuyte zhe znaju znayu zvidki zvidky`),
  ...ITALIAN_FILLER_WORDS,
  ...FRENCH_FILLER_WORDS,
  ...SWEDISH_FILLER_WORDS,
];
