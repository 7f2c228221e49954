// Lower-case terms by domain and family (organelles, forces, particles,
// units ...): wrong answers for a term question, in the singular.
import { list, type NameList } from "./list";

export const CONCEPTS: NameList[] = [
  // Biology.
  list("biology", "concept", "organelle", `nucleus | mitochondrion | ribosome | chloroplast | Golgi apparatus |
    endoplasmic reticulum | lysosome | vacuole | peroxisome | centrosome | centriole | cytoskeleton | plastid |
    chromoplast | leucoplast | amyloplast | cell wall | cell membrane | nucleolus | vesicle | flagellum | cilium`),
  list("biology", "concept", "molecule", `ATP | ADP | NADPH | NADH | glucose | sucrose | starch | cellulose | chlorophyll |
    haemoglobin | insulin | DNA | RNA | cholesterol | carbon dioxide | ethanol | pyruvate | lactic acid | RuBisCO |
    beta-carotene | glycogen | collagen | keratin | lignin`),
  list("biology", "concept", "process", `photosynthesis | cellular respiration | glycolysis | fermentation | mitosis |
    meiosis | transcription | translation | osmosis | diffusion | Calvin cycle | citric acid cycle |
    electron transport chain | photorespiration | endocytosis | exocytosis | protein synthesis | DNA replication |
    transpiration | nitrogen fixation | apoptosis | endosymbiosis | chemosynthesis | phagocytosis`),
  list("biology", "concept", "taxon", `bacteria | archaea | fungi | algae | cyanobacteria | protists | plants | animals |
    diatoms | dinoflagellates | red algae | green algae | glaucophytes | euglenids | apicomplexans | mosses | ferns |
    conifers | flowering plants | molluscs | arthropods | vertebrates`),
  list("biology", "concept", "field", `genetics | ecology | botany | zoology | microbiology | biochemistry | cell biology |
    molecular biology | physiology | anatomy | evolutionary biology | marine biology | taxonomy | immunology |
    neuroscience | mycology`),

  // Physics.
  list("physics", "concept", "force", `gravity | friction | tension | normal force | drag | buoyancy |
    electromagnetic force | strong nuclear force | weak nuclear force | centripetal force | centrifugal force |
    Coriolis force | Lorentz force | spring force | air resistance | thrust | lift | elastic force | electrostatic force |
    van der Waals force | magnetic force`),
  list("physics", "concept", "particle", `electron | proton | neutron | photon | neutrino | quark | gluon | muon | positron |
    Higgs boson | W boson | Z boson | pion | tau | graviton | antiproton | alpha particle | meson | baryon | lepton`),
  list("physics", "concept", "unit", `newton | joule | watt | pascal | volt | ampere | ohm | coulomb | kelvin | hertz |
    metre | kilogram | second | mole | candela | tesla | weber | farad | henry | dyne | erg | horsepower | calorie |
    electronvolt | kilowatt-hour | pound-force | kilogram-force`),
  list("physics", "concept", "quantity", `mass | velocity | acceleration | momentum | energy | work | power | pressure |
    torque | displacement | speed | inertia | impulse | density | weight | angular momentum | kinetic energy |
    potential energy | frequency | wavelength | electric charge | electric current | resistance | temperature`),
  list("physics", "concept", "physical-law", `Newton's first law | Newton's second law | Newton's third law |
    law of universal gravitation | Hooke's law | Coulomb's law | Ohm's law | Boyle's law | Charles's law |
    conservation of energy | conservation of momentum | Kepler's laws | Archimedes' principle | Pascal's law |
    Bernoulli's principle | first law of thermodynamics | second law of thermodynamics | Faraday's law of induction |
    Snell's law | Gauss's law | Lenz's law`),
  list("physics", "concept", "field", `mechanics | optics | thermodynamics | electromagnetism | quantum mechanics |
    relativity | acoustics | astrophysics | nuclear physics | particle physics | condensed matter physics |
    fluid dynamics | statics | dynamics | kinematics | classical mechanics`),

  // Mathematics.
  list("mathematics", "concept", "number-kind", `prime number | composite number | natural number | integer |
    rational number | irrational number | real number | complex number | perfect number | Mersenne prime |
    Fermat number | twin prime | square number | triangular number | Fibonacci number | even number | odd number |
    transcendental number | algebraic number | Carmichael number | pseudoprime | semiprime | Sophie Germain prime |
    Gaussian integer`),
  list("mathematics", "concept", "theorem", `fundamental theorem of arithmetic | prime number theorem | Euclid's theorem |
    Fermat's little theorem | Fermat's Last Theorem | Wilson's theorem | Dirichlet's theorem on arithmetic progressions |
    Pythagorean theorem | Green–Tao theorem | Chinese remainder theorem | Bertrand's postulate |
    fundamental theorem of algebra | fundamental theorem of calculus | Gödel's incompleteness theorems |
    four colour theorem`),
  list("mathematics", "concept", "conjecture", `Goldbach's conjecture | twin prime conjecture | Riemann hypothesis |
    Collatz conjecture | Legendre's conjecture | Polignac's conjecture | Birch and Swinnerton-Dyer conjecture |
    Poincaré conjecture | abc conjecture | Hodge conjecture | Catalan's conjecture | Cramér's conjecture |
    Andrica's conjecture | Brocard's conjecture | Oppermann's conjecture`),
  list("mathematics", "concept", "algorithm", `sieve of Eratosthenes | trial division | AKS primality test |
    Miller–Rabin primality test | Lucas–Lehmer primality test | Euclidean algorithm | Fermat primality test | RSA |
    general number field sieve | Pollard's rho algorithm | quadratic sieve | Solovay–Strassen primality test |
    elliptic curve primality proving | Baillie–PSW primality test`),
  list("mathematics", "concept", "field", `number theory | algebra | geometry | calculus | topology | combinatorics |
    statistics | probability theory | mathematical analysis | group theory | set theory | abstract algebra |
    linear algebra | cryptography | graph theory | algebraic geometry | arithmetic | trigonometry`),

  // Technology.
  list("technology", "concept", "machine", `steam engine | internal combustion engine | diesel engine | petrol engine |
    jet engine | gas turbine | steam turbine | Stirling engine | electric motor | Wankel engine | atmospheric engine |
    beam engine | compound engine | triple-expansion engine | turbofan | rocket engine | water turbine | water wheel |
    windmill | spinning jenny | water frame | spinning mule | Corliss steam engine | uniflow steam engine`),
  list("technology", "concept", "component", `piston | cylinder | boiler | condenser | crankshaft | flywheel |
    centrifugal governor | valve | turbine | connecting rod | firebox | superheater | injector | camshaft | carburettor |
    spark plug | radiator | gearbox | axle | bearing | nozzle | compressor | slide valve | crosshead`),
  list("technology", "concept", "cycle", `Rankine cycle | Carnot cycle | Otto cycle | Diesel cycle | Brayton cycle |
    Stirling cycle | Ericsson cycle | Atkinson cycle | Miller cycle | Kalina cycle | Lenoir cycle | Humphrey cycle`),

  // Business and economics.
  list("business", "concept", "measure", `Gini coefficient | gross domestic product | gross national income | inflation rate |
    unemployment rate | Human Development Index | Lorenz curve | Kuznets curve | Palma ratio | Theil index |
    purchasing power parity | consumer price index | median income | poverty line | Phillips curve | Laffer curve |
    Atkinson index | Hoover index`),
  list("business", "concept", "currency", `euro | US dollar | pound sterling | Japanese yen | Swiss franc | renminbi |
    Indian rupee | Russian ruble | Turkish lira | Azerbaijani manat | Brazilian real | Canadian dollar | Australian dollar |
    Swedish krona | Polish złoty | South Korean won | Mexican peso | Saudi riyal`),

  // Law.
  list("law", "concept", "legal-act", `regulation | directive | decision | recommendation | opinion | statute | ordinance |
    treaty | by-law | decree | act of parliament | statutory instrument | constitution | charter`),
  list("law", "concept", "legal-principle", `direct effect | supremacy | subsidiarity | proportionality | legal certainty |
    legitimate expectation | primacy | indirect effect | state liability | conferral | mutual recognition |
    non-discrimination | precedent | stare decisis | habeas corpus | due process | rule of law | separation of powers`),

  // Religion.
  list("religion", "religion", "religion", `Christianity | Islam | Judaism | Hinduism | Buddhism | Sikhism | Jainism |
    Zoroastrianism | Shinto | Taoism | Confucianism | Bahá'í Faith | Tengrism | Manichaeism | Catholicism |
    Eastern Orthodoxy | Protestantism | Sunni Islam | Shia Islam | Tibetan Buddhism | Shamanism`),
];
