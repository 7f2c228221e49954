// Owns the everyday words of spoken English, most frequent first: the
// 10,000 most frequent words of the English subtitles of OpenSubtitles 2016,
// as counted by Hermit Dave's FrequencyWords (github.com/hermitdave/FrequencyWords,
// content/2016/en/en_50k.txt, commit b4618471a851365c64a5f81a6bf3990fdc72ab00),
// keeping plain lower-case words only (9984 of them).
//
// Licence: the word list is CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/),
// adapted here (non-words and contractions dropped); this file, as an adaptation, is
// CC BY-SA 3.0 too. The code that reads it is the project's own.
//
// Used to tell a word anyone would guess ("freedom of ___" -> speech, "the ___ is
// supported" -> community) from a term the article teaches ("thylakoid", "inertia").

const WORDS = `you i the to a it and that of is in what we me this he for my on have your do no was not are don be know can
with but all so just here there they like get she go if right out about up him at now one come oh her how well
will want got yeah think see as who good why did let from his yes when going l an time back okay look us where
them take would were then or had been tell our man some say really gonna hey could didn by has something too
need more way down make never very only over people because little please love give should sorry said mean off
am any two thank even much doing sure thing these help first into anything still sir life nothing find god day
work again must their won stop maybe call wait before other away talk after night home uh than thought put
great last those better everything told new always things long keep leave years money does doesn around name
father guy place feel ever guys old made isn big which nice girl hello believe done ok lot fine someone thanks
house wanted coming kind every stay left mother through being enough may course dad happened wrong listen bad
came understand three today world another hear remember might ask own same kill show else talking found care
son car next getting try looking woman dead hi went many friend mind hell wasn mom boy best yourself morning
together saw trying job without real baby family room move already wouldn live seen miss most shit actually
once heard brother head ready happy huh hold such called both used knew men haven idea wife yet took fuck also
pretty days since while whole tomorrow start use door bit matter bring meet tonight guess run alone everyone
school gone hard myself wanna play problem end saying open couldn friends fucking ago killed looks few gotta
ah anyone phone hope lost excuse face um until die turn police heart wants says true worry soon business case
later each watch year hand having beautiful doctor eat sit probably thinking late forget young second kids kid
pay crazy water death working under stuff minute part person everybody damn drink gave change exactly happen
shut five knows eyes hit far aren easy whatever its hands taking times check minutes music inside sleep means
somebody mine deal different asked makes point afraid body anyway dear four shall ain chance close making
waiting party daughter comes word against fun number married hurt story set wish least quite important girls
husband fire nobody fight children rest moment week read stand game cut sister speak child side women supposed
started between hours goes blood though truth lady anymore behind almost shot gets war break walk yours able
reason trouble met city town trust mr brought died question buy office half bye high free s welcome couple
either hurry telling stupid honey power wow tried bed front cool answer playing seems boys send gun line team
news months captain save full hate sometimes become whoa lord along dog outside food light order hot funny
clear needs six country alive pick em fact ahead black boss living lose feeling leaving cause dinner shouldn
promise king running plan taken sort book ma sent anybody hour white small alright sick parents uncle lives
safe perfect poor ass shoot scared special serious himself red perhaps touch earth john sounds company past
cannot possible bitch ha sound sighs hair human drive luck asking top win glad daddy control o cold ten air
happens master jack till dance sex others hospital street hang fast words follow seem murder finally lie dream
catch write evening meeting sweet hmm sense lucky known laughs jesus bet voice sign million quiet felt rather
careful somewhere longer beat return laughing coffee date pull secret calling less t looked worked weeks fault
gentlemen fall given seeing song weren straight calm changed mad loved takes road learn drop wonderful future
ladies explain chuckles clean throw early yesterday step turned feet piece picture land quick wonder worth
darling questions absolutely president eye giving ooh none dude moving state ones speaking figure goodbye sam
strange strong act wedding law kiss works report tired pain marry pass wake kidding general missing ship
needed choice class weird worried officer decided amazing busy kept worse happening mistake chief ya forgive
age sell michael mouth caught finish during clothes ride birthday meant born watching building dark eh system
sing film court tv movie month wear train lying seven totally imagine hotel evidence security completely
suppose instead christmas unless information bag hasn certainly attack broke round expect near blue terrible
thinks definitely forever frank station except table message history swear george fool talked ring buddy
entire lovely floor sun handle army david d joe spend charlie across finished marriage letter ran seriously
paid bought york attention anywhere dangerous peace simple forgot situation middle rock test lead protect club
fear fair present idiot join interesting tom bill box sitting short ball single group using enjoy normal boat
count bastard crime key force horse lunch american quickly paper charge mike surprise space fell honor eight
accident wearing fish bar ground problems government miles relax crying bank cover major stopped interested
hide stick sea tea area agree difficult personal deep dress service certain trip radio blow smart mark star
record offer america prison angry peter soul rich list gold afternoon whether y agent missed proud detective
fix respect public fighting girlfriend drunk park killing saved brain forward sad cell mess standing smell fly
killer tough scene card english dare broken m mary hungry church ice window paul share third laugh calls often
within spent feels lieutenant cry mum visit honest seat mama teacher relationship moved pleasure camera
starting bloody lived college judge cops position sake screaming boyfriend wall teach neither prove loves
besides realize private ben impossible walking carry accept especially liked french art machine green involved
became cop la mm wine apartment upset cute village holy congratulations jail likes sleeping joke evil lawyer
field contact obviously store quit dying queen shop hundred professor continue whose driving appreciate madam
doubt wrote plane cash island cat slow huge decision beer difference thousand beginning christ push south gift
lt glass eating tree bear stuck colonel rules north bus seconds dreams partner grab victim dirty computer
truck promised reach upon singing board shoes gives staying fat planet henry suddenly mmm putting search lots
immediately wind arrest jump support magic owe crap holding continues usually kitchen summer arms de patient
aunt experience heaven james paris grow passed rid harry river everywhere listening knock escape cheers aah
bother er address foot yo moon turns mate drinking grand worst match nervous final choose smoke orders
otherwise books blame press ls decide drugs hadn max themselves smile type ow gay picked mission favor nick
named arrived allowed action c duty price guard pictures risk innocent danny legs notice learned begin enemy
played kick race suit jimmy ourselves allow fit yep director shh surprised pregnant nine further dollars mrs
spot cross arm upstairs herself steal feelings brothers rings chicken names grunts apart twice department
according silly bob hero gas closed admit destroy sergeant alex guilty low leg taste waste tony earlier
awesome fired london west bunch battle study bigger mention writing helping bell ray sold ways stage written
keeping hole locked lock weapon jim places helped indeed energy treat burn stole hiding form above sky gasps
breakfast band figured seemed empty fresh prince track spirit complete reading nose favorite memory sarah
laughter roll witness starts double however bathroom e build bomb pressure flight interest flowers goddamn
following whom dogs steve itself throat cost danger closer asshole neck van raise acting mommy plans adam
shooting beg narrator losing ridiculous suspect bottle warm beauty nature medical apparently asleep guns video
rain camp shame driver keys bird built crowd extra heavy simply famous pants majesty keeps level tommy faith
animals commander wild richard showed awful lay deserve excellent client plenty consider excited engine billy
pop ringing animal hoping responsible jane wondering devil weekend stone sweetheart large military cook skin
knife common grace papers drug willing necessary whoever blind flying german beach hat walked nor lights local
stars although code main grunting faster hall opportunity bullshit corner fuckin cars johnny agreed cup lies
knowing justice due rose leaves princess folks bottom apologize ghost tight lee dick grandma restaurant
language weapons east fellow note leader several tells clearly health shows correct angel hanging stories jake
pulled rule cousin advice beyond held hardly pardon milk dancing groans gotten spoke speed understood file
tape practice taught among murdered emergency ought somehow bridge coach martin inspector minister states
applause possibly conversation hearing national account breath shouting crew lied meat cake strength natural
career plus dressed sight vote powerful copy nonsense student dropped trial freedom breathe market doc
soldiers serve photo manager robert eddie towards biggest horrible arrested size bringing noticed fantastic
papa operation greatest nearly chinese cheering checked trick breaking older sweetie teeth pack monster ideas
center forgotten travel hurts belong grandpa target games science planning project remain united paying feed
numbers fake chris prepared aw credit suicide records investigation nurse oil criminal soldier recognize loud
plays original heads shirt example strike pray chair invited fill survive jealous universe discuss command
easier super training incredible pretend condition challenge bobby prepare truly balls roger perfectly ticket
nowhere honestly comfortable meaning view program brown dry wash turning concerned society cards prefer nuts
stolen release birth onto sunday research usual guest amy ln ugly lift opinion began destroyed character
mountain heat surely movies ho tie finding sheriff whoo pieces bro color dumb unfortunately mister letting
ours charles daniel n bodies believed matters sword threw ended screams france exist ryan lab bullet proof
base aware bucks cream noise total selling kim gang happiness afford re brilliant joy letters students
breathing anna female realized opened draw aye created whenever male bite slept shower stayed social create
followed ends audience purpose kevin fate handsome england eric disappeared lately weak falling friday suggest
lonely saturday screw dan introduce gentleman b medicine ancient settle responsibility thousands fucked birds
enter opening forced ugh brave split weight ordered unit pig horses desk finger tiny expecting pool focus
garden received property slowly naked mayor flat issue brings british pal interview fan signal lines brian
silence surgery harm sees staff al chef jeff insane easily signed weather distance failed san add cares
process season access spanish model spare recently discovered wet ohh fingers loose path russian expected
member babe returned style pete kinda alarm sending based covered fbi japanese sugar roof streets funeral
bright damage jerry stomach bread remind lake snow castle speech manage heading ed block shake opens buried dr
doors thoughts thomas simon dig kate post showing drinks reality soft harder football spread ill coat ruined
scott ears chest andy success sooner madame safety maria permission fancy spring cos outta theory gate journey
tickets expensive paint lover nope dave mood members storm page hidden cheese priest regret contract thief
divorce lesson personally eggs community subject rent revenge trade nights sudden forest bless changes rush
ate trees santa basically da details owner doctors william amount barely artist pocket cancer pair caused alan
ruin dating grandfather painting bike loss liar goin hill winter points assistant murderer legal nah larry
growing tears runs lisa buying exciting farm cheap tongue toilet reasons genius square secretary europe
connection scare victims bones rough downstairs bedroom obvious cases professional university walter tour
player silver pity pleased clock memories parts rachel grew ocean burning dna invite foreign planned ashamed
avoid boring crash lower bath romantic repeat fortune secrets century warning jason insurance airport
complicated grown suck familiar reached rome higher mentioned gosh results filled woods temple likely rights
younger belongs knowledge map competition finds photos indistinct yelling defense carefully useless guests
goodness per bleep including jobs china event humans glasses annie attacked waited stops period shape beeping
proper depends telephone celebrate request fixed political assume grant affair sexy led matt grave officers
giant plant eventually fought hired site pounds speaks delicious statement millions rise jacket kelly badly
tall alice mercy ll whore saving f suffer switch deliver royal meal direction families odd walls sexual forces
particular data horn golden chase powers attorney official rat pizza confused faces positive becomes shock
soup emily offered wherever yourselves courage doin answers yellow patients raised changing location jerk
chocolate image regular screwed hunt carrying taxi watched appear knocking piss committed disgusting clever
wound arthur plate television gods lips monday picking freak traffic headed india dawn leo poison charges sat
kicked scary mystery indian pure bang disease italian march drove laura role shots butt victory below touched
dealing trap nation healthy babies shopping stood desire aside midnight physical jury checking appointment
songs awake carl honour swim dies mail phil vacation tim source factory enemies palace hearts crack talent
neighborhood jenny clark threat chose ear miracle grandmother firm winner ted joking central license moves
luke advantage gary monkey smells burned mirror managed bleeding wood dean union christian beating rick
groaning violence claire pills suffering council protection cooking passing susan prime hook pissed sisters
motherfucker concern laid effect remove studio terms guards load washington treasure bags heh disappear rob
spell mountains iron rescue treatment desert capable result arrive decent modern smith thou piano sean
grateful friendship sue candy fred bride unbelievable available flower extremely clears bone closes becoming
refuse stronger value louis pulling tied junior chuck april stealing riding twenty false remains carter metal
tip monsieur throwing holiday smoking rate performance germany kyle lf fallen curious borrow emma governor
someday silent vehicle toast illegal loving pride champagne former warn stranger lucy uniform josh appears
tear cab presence panting fail hundreds properly escaped scream falls woke hunting dust wise solve desperate
hung edge therefore witch mostly media claim rice egg punch cast eve intelligence deeply rooms convinced
ordinary winning directly cow surface steps cigarette popular fourth hated japan hm destiny treated thy signs
score americans marks technology dragon considered pilot notes africa brains staring files receive sin
mistakes emperor separate released goal youth precious cleaning carried pot houses wolf chicago boom served
california row r penny ahh section dump text jackson karen spoken blew prisoner chuckling issues zero armed
wheel lily merry exchange coast jamie grade talks shift hank bastards direct knees cure mustn sacrifice beast
pie wide convince material creature chattering eaten engaged julie trace sons button parking darkness
ambulance internet range taylor expert rare freeze sale robin drag successful juice exact tests solution amen
tower chances marty mass alien schedule stairs morgan charming nasty fruit bored spy amanda searching senior
garage defend anger clue magazine sometime zone victor shoulder reports circumstances progress unusual rude
snake bravo trapped g chosen effort elevator tires helps sentence sucks equipment beloved attitude friendly
moments newspaper literally warrant mexico county joey loser series closing pushed workers leads vision helen
actor negative sharp curse shadow earn gorgeous fishing spending id seek passion route julia reporter leading
troops explosion squad kingdom rocks understanding puts screen collect fashion wave climb pen incident jones
kinds bull highness chain hitler clients device similar debt connected witnesses customers campaign maggie
thee hug alcohol hire announcer conference studying blows cameras international virgin federal education
hitting fully fed politics rape mummy kissed border wire prize sports circle thrown hates object wishes
robbery thunder gordon provide rope salt bay h scoffs commit joined flesh writer trash reward glory authority
tiger percent remembered valley estate learning yard elizabeth tank confidence ricky lack alert films facts
normally despite wanting apple knocked skills patrick marie approach saint chick ships services doll duck
stock mental library failure movement bow stan lets tail secure begins senator nightmare theater sand
reputation accepted jackie disappointed slip emotional pink fellas j terrific setting maid agency highly
childhood opposite policy sara panic design chat events task terry stands parties chatter barry previously
wings p gee minds belt entirely guarantee wasting blowing current naturally garbage behave anne embarrassing
extraordinary thin custody demon coincidence ignore solid attempt revolution abandoned agreement windows
empire sally useful guts violent mac disaster cutting settled hits advance pushing asks andrew intend perform
stays subtitles guitar teaching detail damned behavior delivery gather gasping ability district counting
actual cruel deny shoe slave coward sobbing dozen hunter doug pathetic culture bury latest explanation
committee hollywood hurting daily swing shy u background identity urgent beeps wins chasing swimming channel
jumped johnson navy bound species blake vegas prisoners struggle mask quietly howard stopping fever molly
assure mixed jean impressive hong unique loan whistle drew barking punishment threatened production capital
kills billion agents trusted cheating dollar potential sensitive quarter donna duke bowl bullets museum june
cheer italy kitty germans dish gunshot thursday closet greg dirt unknown crown shout fella wounded frightened
greater nothin linda confess couch mobile dreaming accused demand express transfer joint firing episode
basement whispering laws roman aboard pa article steady impressed betty guide sandwich favour flash wallet
mighty sides crossed breaks bruce quality miserable warned kong concert singer rolling tuesday lane
embarrassed refused roy sec ghosts argue baseball title boots joseph commissioner pee fifth charity drama
anytime voices online ceremony justin package jo angela jordan trained believes massive shine ages comrade
abby noble pussy supply tone kidnapped customer sweat approaching possibility los flag entered civil degrees
ve nathan plastic gear katie nuclear afterwards surrender suffered impression self creatures bust suspicious q
servant terribly cheat bars exhales gym arrange assault parker trail costs crisis collection partners diamond
adult bible tricks crimes league orange jokes imagination kissing neighbor blast suits protecting recall
considering arranged balance teddy golf reported defeat theme erm comfort wing sacred reaction betrayed
enjoying offering conditions margaret legend grass print messages virus fox launch siren deserves entrance
greetings hopefully religion butter homework stress insist practically cap survived tyler jay wipe specific
everyday bat mix designed torture carol deck messed decisions rabbit option texas accent tax beaten rip oliver
dumped mysterious jewish wilson growling bud therapy vincent lifetime selfish bills stephen crush attractive
heavily cats champion skull carlos version painful mistress touching catherine fuel term toward lou albert
bond shown ali attend describe ross plain experiment idiots monk particularly burns removed charlotte
scientists lion lad exercise purse wasted el marcus kenny cave prints standard systems wore tunnel jeremy
blessed steel ending division fans sheep classic realise nephew financial sauce pretending influence network
jesse contest walks murders cabin jungle neighbors vampire throughout drawing confirm exit spit generation
begging crystal mile batman status edward degree frankly smiling buck brand inform toy x scratch jews tribe
reminds centre generous gross barbara script cancel nina enjoyed surrounded confirmed nerve seal bug divorced
russia response recent surveillance religious spirits loaded gain trigger clinic filthy ken struck tina
concentrate patience traitor heck teams hail port fetch beef routine outfit turkey related stones dramatic
confession ease chloe unhappy deputy rebecca principal lucas fields foolish cells wayne stake link industry
valuable units players tracks yup landing delivered costume vice frankie pleasant injured argument distant
derek clicks proceed motion worries someplace construction uses spain aim cigarettes western todd satisfied
starving seats cleaned sounded russell raped vince holly pattern thus nail banks beth skip charged electricity
sophie lend warrior fairy gentle affairs anniversary berlin presents beside st citizens visiting identify
temperature booth tokyo pet sport davis bail ouch miller randy interrupt underneath tune dylan prayer
conscience answering headquarters wounds waves forth reckon drank whispers busted placed awkward coughing
heroes cock phones chip frozen guilt lousy chill mouse dealer backup blown homes cooper pour paradise beings
bishop trunk tradition smaller salad officially complex average dennis cleared basic replace eva incredibly
hannah cliff greek behalf ian rotten gray jessica punk strip lewis brad thick underground actions boxes
documents packed footsteps diamonds pipe downtown nancy reasonable goodnight machines recording deaf sample
equal nearby digging laundry environment le cage wives robot strangers habit holes wrap owns goods na vic
returning wednesday belly gifts benefit twelve souls auntie sink intelligent earl cried robbed beep motive
dropping mistaken tries circus territory timing ron fifty pit apology exam aii festival actress effects ward
boston activity worker hills mickey determined landed unlike policeman answered favourite angels bothering
shelter criminals existence w figures prevent atmosphere virginia loyal product fools meantime testing limit
election angeles hopes freaking underwear michelle lessons resist casey pulse farewell electric slap ann yell
clouds doorbell adventure developed oscar passport cia hammer hood judgment complain lawyers heavens homicide
patrol earned flow hers cheated appeared traveling fence worrying jess uncomfortable flew noon occasion rats
merely flies personality instructions ellen smooth fantasy classes produce odds hoped li plants pope thirty
lovers martha august signature marrying wondered lois individual charm chairman listened slipped gus frame
invented precisely francisco sets jeez pays foster relief captured cloud corpse reveal organization jennifer
annoying host photograph transport theatre oxygen colour gambling citizen beneath liz holds impact offense
confident hid slightly producer apply kit knight ad escort interests blah invitation terrorist ex discover
obey anthony clay claims woo informed somethin messing represent minor tragedy dishes bombs gates grey math
options shed pigs procedure monitor ethan authorities harvey keith punished spin facing clown nate bells
necklace countries mud stanley studied dates jonathan profile angle furniture engagement moron karl exists
shark worthy bo ripped humanity bottles extreme chop snap dont francis accounts shawn respond comin ii tastes
sales stubborn unable beats july imagined meanwhile stable technically scientific granny iike malcolm succeed
pole dancer footage studies increase acts previous pat stretch highest romance chips bush jacob daughters mars
helicopter companies blocks pitch wheels carrie absolute passes coke cared instance matches schools lemon
shocked exhausted caroline headache matthew rubbish divine moaning rita session fascinating marshall pin
chamber commercial granted grabbed liver penis sync attacks thirsty engineer walker toby supper jumping
buzzing fifteen sneak liquor dreamed drill thieves experienced juan threatening alley hop serving destruction
junk compared rocket begun elder opera highway fighter kicking typical cries shell alpha teachers liberty oi
punish surgeon consequences protected fabulous shared bum academy investigate fort capture ruth dragged widow
emotions reverend eternal insult olivia comment artists arts soap prick suspects scale gettin maya grief
naughty florida nerves remote moral disturb troubles lightning knee sandy deeper supplies testify slut yay
album defendant goddess bend creepy washed elena miami makeup loyalty groups powder gene lads diet parent
counts jam salary alibi latin relatives cole steven joining drives population peaceful bitter gimme ambassador
locker internal praise talkin victoria propose aaron southern trauma shore monsters wealth nicely honeymoon
random blade indians invisible intense painted brief whiskey core aid fits joan louise driven screeching sins
tent cooked blonde intention abuse guessing forms poetry active twins jet serial talented resistance ashley
tools beard wailing tits required investigating strategy helpful goat waters separated arguing bitches award
safely corn choices williams pro upper attached mothers wicked caesar ye zoe rangers net shoulders tattoo tend
britain stroke novel chaos stabbed burnt socks k solved canada votes colleague scientist admiral beans fu tale
string sends fights dressing warehouse plates tracking elephant natalie maintain hostage potatoes lazy
relationships owen sydney porn branch objection lap depressed possession september visitors occurred monica
von nicole recorded tap superior chin promises soda rub images commission harold cinema happily covering
transferred muscle poem korea jin appeal shaking steak survival craig sharing superman wendy musical heal
raymond pages magnificent julian philip profit enormous jersey symbol raw fond madness development cookies
sail han tooth gloves alexander herr checks review basketball management roads tube feeding rifle bears log
causing admire appropriate pos toys russians quarters bee squeeze exposed connect cities centuries manner
freezing blessing shane entry cable pan native marco cents critical constantly differently waiter global buzz
judges brick deadly pork pile expression clan facility employees reception catching ram explained statue
satellite diana polish pound communication nelson fridge characters moscow recommend leaders abandon
foundation anxious areas stepped buildings remarkable drawn appearance levels banging proposal sammy combat
slide resources colleagues conversations delay wars labor burden manners awfully entering actors payment
creating humming mall shortly visited paperwork lamb halfway item testimony hip prom patch assignment motel
fraud homeless dessert injury web obsessed betray drops bout sack soil badge mount washing sticks christine
meters motor gloria returns description battery ultimate complaint cowboy unfortunate proved kings meetings
privacy forbidden wisdom contrary treating lookin torn searched abroad crane leak pill suitcase vodka mel
norman eagle colors fires chemical catholic eats baron soccer ace brush retired illness sang flip tons twist
october marine chapter lo measure chicks mia racing radar soviet cuts editor magical temporary affect
structure recover marshal sonny bid palm inner handed whistling pub fingerprints analysis throne barn
suspected wears bothered finest rage fleet rounds roses irish introduced damaged tragic pierre budget booked v
rocky humor softly employee medication willie lauren multiple neil booze sis felix turtle nut coin currently
yards slaves basis nowadays effective ivan discussion temper plot creative casino poker quinn farmer achieve
counter bits require fucker planes sticking logan recognized khan delighted provided repair rising chan colin
janet advanced causes various engines cookie necessarily demons lame preparing th baker massage graham antonio
entertainment bucket owned whip forgiveness delicate solar adrian pockets hercules spider prayers phase
passengers diary blanket comedy height dive tennis korean breasts comrades gabriel smash sunshine vast dope
gently computers permit wade raining mason jazz undercover swallow towel fried function suggested whirring
bunny polite acted assumed niece prosecutor aliens fund leslie crossing sorts operate ralph harper dutch
harris audition senses holmes pump region diane weakness tested constant amongst discovery paintings added
lincoln clicking wrapped lance needle mi coughs executive halt petty praying sealed terrified en pops nest
gravity interfere kidnapping travis gathered limited backwards mario excellency demands wagon absurd con
largest carson burst uhh newspapers kisses riley weed sober intended nails registered boo complaining eli
concept shining vessel halloween avenue suggesting grows zoo growls packing stink regarding dammit hooked
recovered leather christina mexican homer worn liam sheet boot reverse permanent assuming boats di ellie
grandson raising shield drown conduct luggage worlds ashes promotion carla australia menu bacon diego spoil
giggles immunity recognise northern completed method scenes warren parade tire laughed potato celebrating
ancestors unfair safer indistinctly elliot lungs misunderstanding tag radiation independent happier focused
requires admitted technique republic valentine jewelry understands nanny yen ronnie poisoned sire cart yells
thanksgiving tissue shooter operations jew arrival root galaxy november organized corrected shadows gossip
bloke skill alike amber buddies conspiracy seth deserved groom directed gibbs dana cherry explode hunger
spencer scotland rumors ideal adults belonged dough terror evan traditional dismissed ford ham holidays
announce yang priority inch tense mo mankind click rumbling forgetting european pillow bugs scan rehearsal
poet celebration ruby cattle severe drawer denied sore unconscious lighter sheets et stations clothing
questioning jen lands immediate ay killers register broad comic lamp stab dignity wreck explains borrowed pm
foul relative inn coma corporal noah bureau servants basket barney daisy tara develop horror closest spiritual
closely types skinny disturbing troy oath detectives terrorists christopher steam shave kang larger solo
cemetery grounds bump singh approve personnel jenna audrey splendid scum parked si mob pearl vital connor
concerns brandon faithful limits combination rex beam louder impress sunny judy tracy alliance photographs
sings taxes ou benny identified counselor nap francs conflict arrives assistance retreat produced mitch
candidate supreme rubber inspired infected bingo leonard autopsy kent carpet puppy oops toes voted gut coffin
vietnam instant ash scandal elsewhere ally arrow debbie misery cotton sebastian suite lecture planets economy
pam stare guardian gig investment archer egypt fooled martial humble nora heroin deposit allison continued
medal advise overnight cellphone fairly gum inches shouts stinks include sighing lean jill deaths swell
december physically franklin samantha cows rusty commitment masters lana dale lit threaten gina hut practical
samples reporting fathers drowned mitchell elements honking rear photographer excitement ranch fee sixth
bonnie tool objects chanting heather profession document journalist injuries yu bait adorable unexpected
alicia breast rely megan vulnerable insisted idol specifically sorrow hopeless jules pale roommate toss cursed
luckily struggling counsel teenage laying react cannon dated penalty sarge spotted announcement cocaine
crashed embrace spike determine satan allen silk israel anonymous floating dunno hon relieved operating walt
communicate eastern theft visitor marked acid located planted andrea purple excuses pierce sid apologies fuss
fooling bargain feast boarding collar attracted revealed symptoms existed rosa envy crashing flame visual fame
stuart del clara handled perfume protest psycho emotion duncan believing ahem leon display un content melissa
donald pepper skirt harsh remaining cruise requested oldest posted embassy crushed scar compare rhythm dining
efforts heels dug adopted ninja myth honored wished shove formed defeated tables dedicated certificate defence
copies trevor drum infection aggressive kurt scotch clubs relations communist fears darn iraq candles frog
chess arse belief cabinet stuffed described mere whimpering rumor eleven ms lung rap watson primary error
debate filming arrangements sum sweep era vault liquid romeo forbid positions assigned aircraft smarter
realised gunfire dull chap fry brazil tapes islands sirens vanessa cargo fist persons psychic sucker discussed
denise oven hatred bench worthless loses envelope kindness helmet twin warriors anderson sailor ladder shitty
replaced duties barrel turtles wolves african kung connie surprises roaring im folk banana alternative
designer dial ton bleed screwing curtis tension climbing raid chirping narrow veronica couples january scout
attacking deer dorothy grip cameron strikes tin surprising arriving paranoid executed tender upside warden
significant quote corporate gunshots subway keen storage cunt vain neat trailer accidentally activities mick
twisted operator enterprise cycle hector importance signing risks improve goose bass volunteer dresses murphy
cooperate models wiped pacific observe ties residence lip asses kindly benjamin gallery spots suspended
bernard helpless electronic motorcycle doubts worship geez graduate sits flames congress execution sandra
affected handling tanks finn filed bare ritual assholes whale depend application blank controlled nigger
claimed faint allah association glorious mikey tub pistol wee pedro destroying threats practicing democracy
campus conclusion filling rascal candle sucked retire attempted genuine rosie principle butcher items sweater
rank mademoiselle strictly compete bold picnic recovery gathering disturbed risky formal somewhat crawl villa
meets fixing switched brakes slight brandy appetite lesbian shepherd wandering giggling established
generations published perspective anyhow losers muffled wha deals hockey chased ned creep harrison discipline
lick coal miranda tomb hush thrilled dummy suggestion addition therapist ranger stella blocked nicky trucks
directions parole cafe wizard fortunately consciousness vanished ceiling institute freddy sector wu stiff
overcome faced handy sunset strict creation boobs brooklyn freddie naive wang passage vera zach whistles
judging spinning reed compliment brutal broadcast chickens prey nations apologise puzzle arrangement bald
nikki cindy invasion boxing eternity plague proves collins se philosophy respected examine prostitute anyways
sharon reaching rory turner instinct cam swore affection vampires bin becky porter dings nazi ministry
tortured manhattan strings erica luxury beers outer gotcha behaviour locate carmen breeze sausage genetic
electrical physics pirate raj bart butler slice kennedy gwen circles rod kidney hiya patty inspiration ginger
cracked destination concrete stream offended rolls dentist drain technical lloyd performed morris intentions
spray maurice rejected declare controls backs organ zack funds tips dudes mates thumb winds trains donkey
blues formula lawrence dizzy decides forty hooker connections desires waking vegetables bra imperial boyd
bachelor marvelous prior airplane stark absence brenda burt ew writes chen tech daylight jewels stores las
wrist roots clerk deed blackmail joel receiving pace lin plug disagree convenient maximum privilege hears
bonus honesty rang jessie debts cellar paige carriage secretly meg furious coins freaked muscles beds hostages
accompany shirley georgia pointed almighty lobby fellows cured scheduled troubled endless scent defending
samurai burger entitled protocol author aha mole fled meals disgrace sleeps bets illusion verdict confusing
mature bruno alison income hans expenses fatal shares owes bore seeking civilization claudia remained bully
element passenger balloon performing clues katherine woody sleepy toe mortal ensure traces lottery reporters
mansion curtain chang tricky cheek harbor farmers rented distracted reminded discussing flood cocktail buddha
reply zombie products kay associate bubble ana sobs generally seed respects celebrity chi engineering contacts
smashed horns disappoint pervert haunted missile rot val fortunate laser rodney spite travelling mill dearest
waitress retirement paula finishing consent phoebe convicted spoiled greet spill methods shrink copper
confessed daphne prices naomi auction brooke chairs follows denny confusion forgiven sweets column bailey hats
euros jon sympathy survivors accurate claus wallace speaker magazines ming values brass adams constable nurses
brat scheme min yi instrumental snakes included heir kirk jan ditch rarely ransom alfred suspicion sources
economic collected elderman offers pointing dealt tae owners hardest lsn tide sung loudly tournament
originally rainbow loads orbit corps platform cloth dawson shotgun ja fur irene february beware gin nigga
richie countess nicholas psychiatrist ruining benefits hee roast repay sworn miguel intimate ego ng collapse
programme minimum password theirs monkeys exception lex sasha cal champ approval manny chemistry negotiate
logic spreading depression seattle dreadful snack painter hallway lindsay domestic survivor wooden bicycle
length austin sperm buttons collecting laptop reference administration shrimp wealthy companion lust hawaii
atlantic andre dime phrase afghanistan cleveland gratitude customs phoenix messenger rupees mona tasty argh
bent drums worm expose website lena marilyn eager sharks lawn instrument applied aids contains sandwiches
ofthe panties teresa arrogant skies civilian signals recipe burke fog greedy muslim dee pregnancy allows
fighters mouths growth elaine assured intel butterfly covers compromise doyle via precise winston apples clyde
legally lola screech seventh pond exclusive z encounter contacted jeans allergic label forehead clearing glenn
gamble jolly publicity dong elvis caleb jung possessed juliet thompson sheila dialogue dreamt proven chains
sickness trousers autumn championship establish disguise inviting accomplished tore unh swamp ballet tales
declared ding avoiding sabrina tremendous passionate madison politicians blair remembers peggy hilarious
essential learnt carries violet buffalo guessed sniffs deceased yea officials educated drake scoundrel
capacity sells cough runway subjects douglas umbrella presentation resort elected innocence gesture lions
nightmares gal nicer curiosity experiments journal shakespeare harmless assist fries regards fiona kidnap
healing ty houston explore isabel experts poverty ribs announced palmer murray luis bounce pounding begged
rolled presented rebel targets rivers jar flu receipt bracelet sniffles tan cathy nearest danced ivy lunatic
peanut seated complaints assassin convention angie coordinates majority vicious float doomed tess fanny ankle
prosecution indicate lydia cape household fireworks torch versus chew orphan echo reservation withdraw factor
wong ba standards ruled hack lenny wyatt roars bees occupied ink draft whatsoever qualified opponent shuttle
shirts drowning leadership rode cleaner bearing approximately minus savings bowling horny ultimately sigh
proposed scores stefan nigel cakes businessman glove tolerate crab elegant cancelled whimpers pirates damon
isaac hint allies pimp auto caring asia shoots memorial sailing blaring es musician sub hugo scares
transmission chad decades rig murmuring uniforms dice contain harvest cd seeds lighting shocking medium
crawling static perry triple que morgue dock explosives breach mcgee ambition tribal email sequence florence
crowded wells suggests unlikely bean ruins congratulate welfare homeland wakes dot spoon manual logical leaf
pencil tucker engage marina jeffrey smack sylvia pursue hal serves salute literature bon cuba reads situations
devoted bartender resting cracking lipstick den cent correctly volume ticking graduated vicky represents
fulfill suitable jealousy murderers beverly arnold fold husbands villain mutual stamp miracles dynamite
offensive colony collapsed dallas portrait depth stall independence neal howdy relaxed communications
scholarship occur slams blaming xena ta spectacular fiction earthquake eliminate witnessed kathy sophisticated
needn sadness watches broadway involve blond phillip traveled popped potter reserve lester shops mercedes
hospitals buys roberts isolated pony perimeter melt stepping principles advertising louie samuel olive mode
smoked reunion revolutionary mandy canceled mulder misses nickname reliable harvard sofa shaw materials
sexually circuit cooperation knives hostile prescription cease messy leap robbie noodles meredith tanya
calendar starve climate thud telegram whores choi wax annual organs honorable mines panel owed riot stunt
hunters magician fart bothers courtesy choir chambers asian bribe balcony pose phoned otto convincing stressed
shorts fragile divided hatch valerie regrets immortal sincere jr carbon noises knocks hobby ji orleans vienna
classified teenager scenario straw picks boris disorder flush rehab simpson haircut unpleasant quid locks
salesman milan graduation whereabouts pulls database creek sensible crucial approved maniac conquer slim mafia
iittle hesitate edgar interrupting bam aunty reggie sole statements cassie deeds quest snoring willy despair
persuade gangster bloom rash tryin experiences jonas projects instincts accuse campbell floors whew ling
scaring hallelujah quicker strongly distress strongest rally fountain fluid melody rio neighbour anxiety
pursuit sakes barbecue priests grid camping biological amateur photography differences weigh cigar evolution
marc tumor landlord ciao settlement flee regard sacrificed harmony creaking swords glue consistent reaches
tricked ignorant kicks races pudding vehicles cousins du agenda armor questioned stewart maker spying backyard
linked girlfriends billions whining heights translation spies dragging exams bands sketch lifted rum peg
choking sadly dam switzerland awhile corridor buster movements shiny rico specialist intact moore pancakes
krishna measures grades erik swiss savage touches interrogation corporation mug scissors cultural initial
fisher integrity hawk dame bert psychological behold racist easter equally griffin needing vengeance bizarre
melanie gil diner terrifying pouring patterns agnes trips railroad prep visits neighbours herman explaining
stevie straighten feared brake sneaking jerusalem evans blamed replacement theo referring piper facebook marge
trophy barnes increased conscious nun betting software embarrass legacy dolls pledge barks attract mutant
laboratory seize deserted wonders quitting abortion identical possibilities sucking drivers throws labour
discount mainly liking resign ireland les observation ernie offices flynn bombing nadia omar travels insulted
dried seoul sting trading industrial encourage feds confidential whisper aww cord crow poisoning dip mentally
cue importantly rattling wig sentimental fork chapel maintenance rudy dash civilians stephanie tanner cottage
pad brennan nailed youngest substance bella lodge einstein salvation kiddo stadium gavin sal garcia oak moans
fabric accountant topic hanged scarf invention chart opposed jade rebels jacques chimes briefcase achieved
pablo expedition salmon tourists organic joyce marching theories whisky queens occasionally choosing custom
dozens chopper thread pension battles iot orphanage herd hanna counted origin inappropriate restore forcing
institution napoleon promising serena attic lasted failing amusing scotty venice relevant orchestra inhales
endure possess reese difficulty accidents regardless altogether coroner gained witches grain springs adore
moses helena tick representative addict cooler tobacco marines objective supervisor sophia roosevelt modest
interviews hugh sullivan cricket update cody pumpkin puppet assembly corrupt squealing deliberately frequency
hence unto cans razor nazis automatic archie villagers cope rushing lobster explosive railway legitimate
vacuum tops digital heartbeat humiliated rains alcoholic satisfaction bodyguard plead sentenced refuses
sweating expense chuckle poland rogue tracked compound cheryl poster divide senate ignored rescued wheelchair
instruments carlo loop weekends toxic joshua baba erin reduce desperately delhi federation au chffffff altar
costumes venus wander smiles concentration gypsy gps charging mumbai guaranteed howling unnecessary gap dvd
marijuana supporting landscape jeep autograph freaks reduced slightest lionel codes hulk flirting scam
beautifully architect metres swedish preserve cult artie freely breed classical guidance stove historical
pressing emotionally non visible curtains issued sites resume hammond execute tearing presume faggot missiles
chorus vagina outstanding underwater knights developing ski feathers su erase bugger delightful superintendent
kane obliged rival subtle stew greece plea anton flavor habits writers motherfuckers inevitable treats mon
essence urge br randall wrestling swallowed belle maiden profits jose iris marcel residents bernie karma
variety insects haul magnetic hangs shelf romans succeeded veins responsibilities pasta housing mice promoted
corruption voting meds rs peak shan towels compassion prophet xiao corners spark michel resident lords elite
warp granddaughter rack dimension bennett ridge devon triumph forensics kai thrill yoga rug doe cups fare
ambitious gasp choke pine sour lounge canal accusing distract heavenly fierce hudson anchor alec creates
purchase adjust pains cardinal videos bubbles slaughter dolly controlling participate respectable robots
arizona wires vest opportunities yoon dexter moonlight zip lovejoy delta seas disco wardrobe pastor bark
allowing adopt casual demonstration abilities bandits pretended poirot twilight obsession fastest particles
kansas prayed tomato strain laurie bolt radical burton parliament restaurants thankful saddle dose sniffing
worms tease calvin kilometers protective congressman handful interior rm ordering chandler stir intent tuna
sock depending shutter outrageous vivian violin backed sensors examination additional smelled relation tasted
duel iittie chester sorted nursing polly susie dj courtney surrounding mechanic precinct instantly buzzer
assets hath submit hairy tuck asylum breakdown reckless frustrated batteries gown grayson frightening ol vet
delayed backing dispatch sayin clip avery rushed stinking regiment expectations gracious challenges
countryside globe avenge ari demanding chow aaah pointless frighten cant treason individuals realm lizzie reid
flowing dealers missy poop haley bonds reynolds selected appointed stain detention fails ella jaw mortgage
finance liu loneliness tourist rides shade robe roland lethal blessings te whereas drunken artificial ducks
hotels climbed craft cracks stunning ants corpses benson esther popcorn dwight edith tails bosses nevertheless
wh inspection handcuffs axe constitution ropes apollo feature abraham favors happiest owl hyah ambush
attending vow buyer shin dances hollow childish satisfy pipes dc refer healed regulations shipment skipper wes
generator swan holland meter shanghai entertain kneel honks untie jae sofia donor remembering eleanor
enforcement info tunnels jelly trusting poems foreman conviction nana consult scored extend ceo unstable
sniper consideration waist po eighth exotic des lyrics canyon punched limo thai cha violation sage
registration lu whack departure resolve accomplish conrad essentially abducted recommended awaits dared invest
syndrome investigator fitting beckett sonia cheaper evacuate arab elders chemicals carnival spaghetti pressed
hoo christians egyptian burial amazed gladly monroe hay sought jefferson bumped surf contracts goals
approached efficient masks racket stacy noisy disposal madrid decade sweden views exploded doo swine paths
lifestyle probation comments thats horizon tray cory blunt claude agh scattered reflection compromised voyage
restless stalking ifyou destined lightly compliments deadline hunch sunlight casualties stack cheeks courtroom
organize occupation godfather sip fag documentary lease tha legendary transplant hamilton pilots colours ne
dang oui joker urine cheque tammy catches printed leonardo timmy mimi danielle shallow feather grounded
unlucky notion wages accomplice arabic mattress condom astronaut reagan lined kin parks manuel opinions
eliminated abused ammunition dagger arresting wheat incoming beasts gabrielle volunteers pals contained matty
bounty foreigners prank reject judith nder framed chatting venture launched shattered jared shields lure ohio
hereby spends fade blocking shorter philadelphia politician rapidly articles hah evelyn chelsea translate
peach listed barbie hissing wretched outcome extent thoughtful turkish define forensic shelly farther klaus
shipping cane flattered lacey sheldon rises physician ironic millionaire ai rider overseas universal notify
terminal disappointment supposedly detroit dancers spilled bollocks garlic porch condemned phantom directors
panicked features confront heel exhibition robbing publish canadian identification deb ra baxter mini
continuing equals pissing spine virtue volcano pinch yacht pigeon advised anita robinson phony keeper waits
meaningless policemen crook stevens hooray etc disappearance neighbourhood accepting greed oxford betrayal
bauer proposition lordship saints humiliating villages hurricane freed delivering barrier slam fees
acknowledge rogers nolan grocery facial wishing submarine towns lynn fury improved jupiter clumsy continent
attraction warming psychology offence grudge spa sustained amelia shaft associates fran coconut antoine
clattering goa grill supported il boil mechanical madman hiring glow bathing techniques bandit responding
utterly fainted ferry notebook defensive scully finch fuse sensation georgie quarrel iet co disappears layer
primitive exposure ellis simone courts nam mei cocks battalion hose baked reserved lid elephants classroom
grasp percy tidy yelled marketing behaving pier strangled misunderstood gilbert camel clap pawn cynthia doom
combined jeannie detect regina collector schmidt spock bites winners platoon brody herb curry angelo beggar
mock gong graves pakistan med naval dodge crappy offend saul clearance marvin javier moustache franco milo
adoption roberto diving nasa risking mushrooms puke gemma zombies petrol oughta fugitive chili sunrise lasts
prettier selection luther marvellous harriet frost rabbi supermarket invested banned teenagers bake vomit pod
til rabbits gardens shells marion ava stash umm queer depressing awards jammed democratic shovel hike
thoroughly predict obligation jewel kenneth salon inheritance talents rene antique nude portal visions treaty
qualities appreciated marta traps overtime muttering alas artistic julius slapped justify exhibit opposition
ape sushi stripper wally buzzes delight vows mint shook camps shifts insulting caution iove stray evolved
buffy devices unlock sufficient yah texts inherited cowards swinging includes popping setup iv injection
intellectual handwriting peculiar hysterical confirmation musicians drift sacrifices swept mills vegetable
mack fatty wired unemployed pinky sixteen fortress warmth morphine veil asset jun definition lori lawsuit
freezer scars languages probe sticky kat reform runner gerald rapid dd expelled acceptable classy employment
karate bomber merchant channels matthews barber trent sherry peasant bananas usa urban epic expand soo
battlefield diseases peasants claiming convict steer joon backpack tramp traced adding recognition sinking
gerry indicates boundaries careless wont dixon blanche skipped patricia thorough heroic losses earrings
formation tomatoes chewing workshop longest bridget thirteen carrier thirst ingredients oz sharply ahhh
examined atomic partnership squirrel narrating instructor tequila peanuts hastings grenade agrees filmed
shannon gregory gabe bradley cosmic poke brett niles aisle ruthless repeating slower mustache increasing jang
cyrus hips cupboard finals eugene casting separation sleeve brent pronounce massacre trials sh temptation
cavalry alongside overwhelming cheerful handing ant whoops sincerely frasier comb whipped arguments caitlyn
inquiry unite kira weep spared demonstrate edition escaping rookie fulfilled preacher towers reign smiled
discreet surgical dental challenging refuge semester franz injustice tossed lone wa rendezvous followers
taller hayes donovan righteous lively aspirin boiling hometown void sadie bruises onions psych virtually
listens elections jingle mule snacks sherman com grease darren moms breathes annoyed programs swap shuts
janice robbers bats purposes interviewed needles crackling properties ramsay dragons cho wesley snaps raja
locals jax glen resignation amounts julio nerd hideous representing tango monty spicy exile sidney bridges
matching murdering stu jackass sabotage comet thinkin container aged drawings branches refrigerator preferred
superb janitor camille granddad beliefs committing sheer rational piggy steele suzanne kilos toni tiffany
carolina definite blink infinite initiative mourning dove imagining poured quantum eun agony squeaking lizard
visa phenomenon jai females slipping requests arena knot armies arjun entertaining freeman filth scrub parish
banker concerning realistic shutting profound clowns russ jasmine males parrot genes ranks irrelevant
henderson assassination doris condoms difficulties fax sponsor dante merlin noted irresponsible bedtime
echoing macgyver vanish eighteen pickup dinosaurs secured discharge mustard invent oooh underestimate bender
jonah boyfriends lent bash restored spaceship enthusiasm activate monks tu transportation ignoring scumbag
junkie je specialty reflect perfection natasha gretchen producers rupert deepest saves werewolf spice greatly
token km senor beck denver innit arrows striking pairs sanctuary associated kitt pause mentor gu antidote
fiance womb caller roller tapping transformed powell purely fracture rebellion holt teaches province theresa
ruling sloppy onion peterson trainer flown scrap traitors immune disabled lemonade yuan designs toad utter
dome brady shack booty tate chun activated robber intern authentic poisonous baltimore boxer lorenzo insanity
interrupted alter hardware guinea sweaty baggage waving elderly acquaintance metro convent fang summit coaches
premises eden interference fourteen strawberry hamlet turk crop rail gardener involves gradually seo bunker
despise fundamental waltz ike nursery slack brooks biology sherlock surviving bitten whales hyun creeps
seasons loosen misfortune hairs savior flirt juliette starring roar cunning crooked communists ninth deceived
distraction clarke acres lilly sounding protein funding whitney detailed snarling hospitality relate tribute
weddings substitute iii millie upbeat maestro retrieve blossom carlton mysteries stakes australian select
overboard jenkins isabelle dom mirrors ching wah bunk artillery laurel abe summoned trumpet attempts whooping
teen tab churchill bacteria libby preston tarzan gangs elbow spells gasoline aspect proving enters relieve
permanently karan pamela shameless atlanta lisbon garrett managing temporarily ungrateful alaska explosions
dwarf stalin hottest seized sights devastated attempting obama housekeeper cozy nuisance authorized regularly
yuri ox involving adventures strangely licence grandparents diagnosis dorm scoop bliss competitive contents
payments nat dismiss specially gotham joanna scouts elementary mechanism skeleton lam dinosaur priya momma
willow obtain hunted ss facilities bushes recommendation partial seduce showers steals conclusions biting
amsterdam teasing triangle neutral sew candidates carved republican fi yale pr flour ira shiva risked
installed wit shaved nickel fritz psychiatric humour await flights wrath devils stern timer slit undo poppy
brigade extension figuring refusing reconsider troop gail cement liang donate coverage maddie nan charts jumps
lens humiliation foods overwhelmed pyramid imaginary attended lump impulse gaze fernando sailors screamed
weekly creator extended splash toll curly reminder petition squadron squeal bathtub foreigner dusty ping
hacked graveyard muslims mild involvement assaulted solitary dynasty donation environmental elaborate
chancellor zeus sewing missus gifted thailand grandchildren yummy freakin moose tougher resolved ammo pentagon
newton terrorism madonna stoned diplomatic terrace grove hen loading felony peel portuguese retarded matched
souvenir hart borders affects snuck successfully marble providing steering boards tactics feeds marsh ar hides
distinguished nypd igor immigration maps slippers ark thor charley microphone lining barracks survey compass
acquired irony turf playground volunteered verse fruits debris audio ruler swift flows confuse tubes naples
smuggling monastery snapped medic discharged meth programmed engineers unbearable boost colored locations
invincible radius keller yankee treasures hogan starfleet balloons addiction rifles colorado civilized
hannibal lucia olympic cafeteria dearly mal peacefully abigail rehearse hull cooks tutor compensation context
mae tipped lulu forests blend tang alexis claws stereo pact rental ecstasy employed geoffrey bombay vibe
compartment transform magistrate speeding henri impatient disappearing duchess solomon peek shines vietnamese
sixty wage ronald rooster moe jurisdiction cartoon glance inventory detected roughly surprisingly daring
prague condolences harassment clinton daly vegetarian damien rib babysitter stroll bricks celebrated eldest
stitch speeches athlete empress wilderness biscuits viewers oppa denial tai kitten vile mining posters brothel
tow shrine rag juvenile lookout summon slavery monitoring caves contempt disrespect symbols mercury slippery
parallel jock mississippi elsa forged penelope wanda exceptional encouraged artery whilst giants merchandise
countless gag flock dani bankrupt portion judged bidding sessions businesses narcotics sensei fantasies
gorilla presidential knots jerome generals potentially handkerchief billie giovanni glimpse locking donnie
potion unacceptable dickhead numerous superhero santiago smokes cereal represented erased currency becca tong
denying blades recorder faking carpenter hum legends stitches challenged pint intervention supernatural
establishment automatically occasions underworld sewer rebuild freaky fletcher penguin kettle addicted mam
mumbling banquet deceive gulf zhang sunk pets shhh regime orphans bbc ignorance vulgar negro hotter crashes
clive paulie apartments tattoos sane tractor lifting trusts lighten cheng headmaster worldwide ban melted
journalists dislike briefing wagner liv memo estimate rays ohhh rates groceries founded hughes psst smallest
jorge sa nightclub telescope brace flute devotion apparent readings renee nico paddy texting newly spear
higgins scooter masterpiece lang experiencing smashing valid broom addresses kara juicy travelled barb ga
cuban ripping ferrari chopped walsh dominic vase phillips absent iran uk mamma pickles fisherman plumber
warner distribution tactical martini sultan repeated banner rahul verify ri ashore drugged nash tessa tardis
competing philippe consultant puppies bangs jerks grapes behaved jasper gibson stud ollie hustle grams butts
shredder procedures toilets prophecy psychologist darwin dynamic shaped thrust goats cripple strap warmer
nikita discretion jude poles mccoy provides mute armstrong understandable observed secondary recruit wrecked
numb preliminary alberto callie fiancee taco informant clapping whites thugs upsetting embarrassment bluffing
professionals jeanne luca clarence complained tigers referred toothbrush nicest dine industries suggestions
labs ripe shorty alvin montana masses conservative peyton google curve processing appreciation lire pharmacy
pupils peoples ethics heating darryl permitted strangle rubbing distorted links cruz advisor negotiations
sentences cautious footprints freshman atlantis admired coup greene screenplay italians malone tenth grim
stalker typing preparation vent blog predicted michelangelo busting employer collective contribution priceless
beacon driveway danish gracias introduction seventeen guru motherfucking relatively bikes pearls peas
imprisoned breeding claw santos tackle forge coats promote font donny guv burgers anders crawford storms
babylon marquis condo vicki expertise violated suspension haunt unpredictable unsub grunt dares commanding ni
producing awaiting draws chilly bluff category scarlett altitude pigeons puff prostitutes vessels francine
snatch intruder disappointing olympics achievement pumping longing academic ernest batch herbert dewey
missions flags virginity floyd clayton tribes mat headaches bakery polar packs moss cigars weaver shouted
cabbage hassan brotherhood ghetto accounting merciful fuckers smelling rocking mwah tempted vanilla microwave
supportive insect norm doorstep investigations torment duh dumping applauding douche refugees norma overheard
stamps scooby comparison altered wool monte merci accusations parlor medieval betsy commands riddle sanchez
expressed geek lowest feng buenos abi requesting unarmed schultz edwards fascist frustrating approaches
avoided historic plasma scholar settling splitting equipped architecture pajamas guarding clamoring coop
daniels grabbing sonic joo carrot homosexual sundays heritage tropical stored shitting tickle taiwan vague
inherit limb sweetest panda glowing filing belongings marianne rapist factories passports fewer sniff
conducted gangsters mallory forthe improvement pennsylvania brazilian superstar admission translated raylan
shaken cherish stages bun stripped orgasm gigantic loans tripped pitiful maureen pike scottish bryan curfew
drone lina mainland mathematics grind jackpot blankets blouse fucks summers logs creaks comedian repairs
hydrogen lists kramer considerable shipped streak reservations fin olga moreover positively heidi exquisite
argued expects workin cuff overall frogs liars texted depths ads oceans barge prostitution scram culprit
torturing delete backstage yuck mayday traded vijay denmark convenience pickle vocal sissy cassandra bourbon
tis marathon chefs triggered starboard reinforcements arctic motto cathedral instructed pauline breakthrough
courageous purchased cuffs cuckoo machinery predator midst soaked syrup mixing feminine traditions flick fitz
insists tying server flooded infant noses raven slick remorse repeatedly crosses flipped ops inmates nuns
fascinated speakers sanders disgust rosemary shelby plaza cultures wheeler butch frankenstein dalton partly
frederick islam morons chimney exclaims wei winnie mara functions garrison manchester butterflies valve
monthly judgement vega scratching stacey burglar zoom humiliate extract falcon amazon raphael unity greeting
essay reader cohen beethoven exercises idle greeks bundle beaver comics surfing muhammad addressed edna
severely crowds congrats scratched likewise asteroid tailor bugging courthouse secondly payback paralyzed
slaughtered vip disk sailed melting yield chu skate publicly demanded cartel propaganda encountered fright
marker starters boiled inaudible allowance cuz easiest airline punching stated tens newest ingrid addison quiz
kimberly gutter investigated printing ribbon foam gestapo experimental adapt scope manipulate relaxing openly
exclaiming truce ravi flora lotus cyril buses gamma bates weeping paolo arise sunglasses tellin crews
imitating heap insight bp diapers kidneys kite kindergarten ida resigned beatrice brendan testament liberal
conductor isabella rue glee fearless weirdo inspire nixon guarded pies equivalent frontier marriages vanity
andrews coral appearances prettiest lava celia ying roles decline smartest trish yogurt protector fei
connecting lan cee muffin briefly meteor jarod funky publisher errand heartless gerard treasury snitch magnus
cristina predators cubs singapore isolation debra transmitter lantern sonya churches yan incapable
temperatures shoo seals seizure crops briggs costa trembling unfinished postcard hating wan verge thighs
leaking conquered stocks halls shaving calf packet decency noel spitting conducting ketchup sponge investors
fa abort metaphor docks pharaoh revving medals cheung portland ju beatles loot canvas loft ensign dripping
determination protects download novels affirmative catastrophe runaway vernon richer bronze brute argentina
notorious cocky suited convoy troubling roam jewellery singers yoo greatness polo skating mist flashlight soy
layers norway carrots karaoke mosque buckle transition martinez whats lime vintage tummy banged stammering
spiders jeong interfering marissa killings pursuing lyle rotting shapes bhai makin deacon weary bulls wrists
mindy cowboys flint hyde philosopher bathe crib sway redemption consolation hog pupil resent fragments grabs
homemade rumours courier fades scanner psychotic stupidity gardner wormhole chauffeur chung galaxies sergei
holiness sly rama acquainted thug mold cary unload vatican earning richest reactor hardy aiming swollen atom
rhyme ramon athens sutton convert headlines cass undress leaning merit simpler baking est lakhs crust cain
removing horatio telly dads favorites preparations geneva ca postpone noticing apocalypse rainy equation
blackout simmons dispute coolest miriam devastating beijing overlapping vicar corey lil invaded heil carly
gravy israeli punches weighs dev slot thumbs rewarded surround calculations stripes asap chores indiana
translator calmly nell bouquet hamburger responded rustling blasted buns incidents regain sterling stinky
publishing takin provoke abu hale shameful sinner urgently bamboo kathleen op erotic crocodile adrenaline
hebrew villains onboard ideals axl repaired contractor gladys cora pots ministers dumpster foryou michele bea
operational shakes solving christianity vaughn reindeer crate raging champions dowry alleged secrecy cradle
practise shampoo punks disturbance fills bikini struggled salty feedback adds clatters liberation fishy couid
bind poorly allan yakuza avatar strategic chocolates skilled snatched rep lorraine dangers getaway poo
contribute margarita particle belts wretch austria noodle gran switching barrett leverage eminence sidewalk
dolphins breaths hq hormones rehearsing istanbul julien jamal thesis cutter handles mai cardiac sierra katrina
broker michigan evidently imitates melinda crank recovering feelin fireplace kilometres teal morality suffers
chops restricted cobra evacuation kirby kumar porsche flatter complications rockets homo wright edmund lila
payroll warfare nero torres lars iife raft limbs crackers keyboard consumed optimistic intercept sausages
milord tito resolution len privately voodoo courses mixture releasing hostess yum ale amendment lacking
concussion timothy hilda velvet operated forming severed targeting shaggy lowered unlocked suspicions rover
pinned sol por cosmos aggression arrests celebrities wales honors blacks heroine employ crabs leash hungarian
ariel willis auditions forgets caitlin extensive magnet homecoming deception montgomery psychopath crows
puerto ups allied motives biscuit ahold partying pending lopez pins burglary stains deciding edie counseling
immense chooses damages faked diagnosed dolphin depart bravery hump bulb regional percentage caravan arch
invade exits fuzzy heated quentin pooja shortcut hypocrite dicks slug statues screws comforting practiced
assemble capsule targeted disc rigged attendant beau tuned berry cruelty clare lillian preserved tyres winters
tart spooky meow abbey finale nay nipples encouraging philly smoothly hitch limp confronted obstacle ajay
misunderstand drifting samson bases perish che lonesome crippled medicines nevada collision hangover reef
asthma manly stool stumbled parachute crude unaware paramedics clone queue nod bled gracie vaccine skiing
maxwell defended hayley serpent starved amusement dubai processed siblings beta sneaky sympathetic milton
cloak playboy bouncing gem dialing kev dye confined harley otis diaper dillon darlin persuaded bong wink
unreasonable contagious manor cassidy agencies decorated monument firmly courtyard apologizing ache mop
heavier shrieks detector thanking frances swat tighter introducing assessment indication macleod chalk
generosity amigo wandered bangkok membership mocking plum refreshing kentucky pneumonia classmates mend
gambler tapped legit cheerleader exploring pd yun apprentice elise loo manuscript tsk farms errands daytime
runnin peep wager drummer initially companions plumbing editing leaked genuinely maze excessive scales buffet
stem lace ko fists dense bypass zeke farming jedi stretched drilling spinal sorrows analyze trim elf criticism
stabbing motivated cutie appointments measured applying nova sawyer operative significance morale judas
socialist disguised dim preach hazard fingernails perception suing arabs greta increases slowing overhead abel
insecure frequently pageant mao cocoa sloan scold eyebrows taliban sparks cinderella weasel pesos mermaid
spontaneous ae console faculty miners thigh quarantine stockholm ro exploding quarterback brittany octopus
aidan josie confirms bombed commence tempting punishing barcelona poking chaps crunch declaration scenery
choked cheeky kidnappers astonishing columbia occasional fling dungeon bonjour implying transformation
unidentified harbour rodeo blinded ufo ada relay zoey focusing dracula pleasures spits oppose luthor
automobile oral cleaners recognised truman closure banking pumped obtained ethel phew virgil tuition freeway
byron squash references emil combine stressful revelation alarms bing suckers ncis elliott drawers tory
caribbean holden virtual advocate macho clearer expanding qi filter yin atoms patsy seminar jed paulo lara
swelling plains kidnapper smelly countdown mourn omega honoured repent veteran mineral saloon semen torpedo
humphrey trudy diversion occurs liable stockings squid nsa paco incompetent consequence marian teller markets
damp viktor ole evaluation cobb tenant reveals alternate hookers munich gospel accompanied organised brag woe
hu milady estimated bummer yvonne dots increasingly tad antibiotics hazel harmed weaker intercourse annoy bree
riches rituals intuition pleases drip patterson tread vance bryce negotiating specimen mattered eileen
toughest siege thorn outsider jets der curb willingly posts csi stranded coleman reminding mornings ricardo
fuller babes motivation luna mushroom comeback tavern pittsburgh fading skinner hawkins stunned cupcake herbs
meaningful prop vinnie gideon froze boone apologized sinclair exploit dora bailed collateral theodore alias
dictionary spelling athletic fireman wo proposing receipts remedy superiors slips uptight separately pow
tornado revolver georges sergio richards restroom darkest pi furthermore eddy crushing inspiring babbling
accusation earliest governments dedication opium frustration martyr shoved worthwhile gandhi cologne patron
external brock shady belgium voyager emerge tonic idiotic dinners venom rattle abnormal raju arrogance maids
bandage critics moody pitcher orderly dent receiver sod mina assassins royalty lindsey leopard oof huang
speculation mckay defy commercials jockey pas referee prospect flattering solitude purity recite raises charms
admitting bottoms stargate fingerprint electronics powerless founder trespassing cod boogie ax evenings darker
welcoming ongoing scrambled morse initials realizing abduction jumper cctv twitter lapd neglected crystals ere
basil studios loaf spotlight beetle headline trench gaining broadcasting dwell perp readers upright notified
turbo clinical trey arson revealing richmond findings sensational ltd learns woof radioactive whitey hwang
tenants goons throats cowardly assumption stationed brighter caviar leah spectacle barrels honourable chet
beaches trout hua lockdown panther dawg converted amnesia dinozzo illegally hound dea prosperity sweeping
cynical phyllis composed tongues unemployment prem signatures hugging vous marguerite tao substantial porno
extraterrestrial threshold presenting milky sensor rags slate privileges iced resurrection mare morrison tyson
objections madeleine reborn inconvenience batter necessity mediterranean hash accidental sinners inclined
louisa zen`;

const RANK = new Map<string, number>();
WORDS.split(/\s+/).forEach((w, i) => {
  if (!RANK.has(w)) RANK.set(w, i + 1);
});

/** The word's rank among everyday spoken words (1 = most frequent), or null when it is not among them. */
export function everydayRank(word: string): number | null {
  return RANK.get(word.toLowerCase()) ?? null;
}
