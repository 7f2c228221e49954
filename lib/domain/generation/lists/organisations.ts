// Well-known organisations by domain and kind: companies, parties, teams,
// broadcasters, international bodies, courts, agencies.
import { list, type NameList } from "./list";

export const ORGANISATIONS: NameList[] = [
  list("politics", "organisation", "party", `Labour Party | Conservative Party | Liberal Democrats | Scottish National Party |
    Democratic Party | Republican Party | Christian Democratic Union | Social Democratic Party of Germany |
    Alliance 90/The Greens | Justice and Development Party | Republican People's Party | Nationalist Movement Party |
    New Azerbaijan Party | United Russia | Indian National Congress | Bharatiya Janata Party | African National Congress |
    Chinese Communist Party | Liberal Party of Canada | Fianna Fáil | Sinn Féin | Plaid Cymru | Scottish Green Party |
    Likud | Fidesz | Law and Justice | National Rally | Podemos | Five Star Movement | Swiss People's Party |
    Liberal Democratic Party`),
  list("general", "organisation", "international", `United Nations | North Atlantic Treaty Organization | European Union |
    Organization of Turkic States | Shanghai Cooperation Organisation | Commonwealth of Independent States |
    Organization for Security and Co-operation in Europe | African Union | Association of Southeast Asian Nations |
    World Health Organization | International Monetary Fund | World Bank | World Trade Organization |
    Organization of the Petroleum Exporting Countries | Council of Europe | Group of Seven | G20 |
    Commonwealth of Nations | Arab League | Organisation of Islamic Cooperation | BRICS | Economic Cooperation Organization |
    Collective Security Treaty Organization | Gulf Cooperation Council | Organization of American States | Mercosur |
    Interpol | International Atomic Energy Agency | UNESCO | UNICEF | International Committee of the Red Cross`),
  list("politics", "organisation", "government", `House of Commons | House of Lords | Scottish Parliament | Senedd |
    Northern Ireland Assembly | European Parliament | European Commission | Council of the European Union |
    European Council | United States Congress | United States Senate | United States House of Representatives |
    Bundestag | Bundesrat | State Duma | Grand National Assembly of Türkiye | National Assembly of Azerbaijan | Knesset |
    Lok Sabha | National People's Congress | National Diet | Storting | Riksdag | Sejm | Cortes Generales | Dáil Éireann`),
  list("law", "organisation", "government", `European Commission | European Parliament | Council of the European Union |
    European Council | European Central Bank | European Court of Auditors | House of Commons | House of Lords |
    United States Congress | Bundestag | Scottish Parliament | European Ombudsman`),
  list("law", "organisation", "court", `Court of Justice of the European Union | European Court of Human Rights |
    International Court of Justice | International Criminal Court | Supreme Court of the United States |
    Supreme Court of the United Kingdom | Federal Constitutional Court | Conseil d'État | Court of Session |
    High Court of Justiciary | General Court | Permanent Court of Arbitration | Court of Arbitration for Sport |
    Constitutional Court of Türkiye | Court of Appeal | International Tribunal for the Law of the Sea | EFTA Court`),
  list("history", "organisation", "military", `Continental Army | British Army | Royal Navy | Grande Armée | Wehrmacht |
    Red Army | Janissaries | French Foreign Legion | Royal Air Force | Luftwaffe | United States Army |
    United States Marine Corps | Praetorian Guard | Varangian Guard | Kheshig | Swiss Guard | Knights Templar |
    Teutonic Order | Knights Hospitaller | Black Watch | Coldstream Guards | Rogers' Rangers | Virginia Regiment`),
  list("business", "organisation", "company", `Apple | Microsoft | Amazon | Alphabet | Meta Platforms | Tesla | Walmart |
    ExxonMobil | Shell | BP | Saudi Aramco | Toyota | Volkswagen | Samsung Electronics | Nestlé | Unilever |
    Procter & Gamble | The Coca-Cola Company | PepsiCo | McDonald's | Siemens | BASF | Bayer | Novartis | Roche | Pfizer |
    Johnson & Johnson | HSBC | JPMorgan Chase | Goldman Sachs | Berkshire Hathaway | Alibaba Group | Tencent | Sony |
    Nike | IKEA | LVMH | Inditex | Bank of America | Credit Suisse | Deutsche Bank | Barclays`),
  list("business", "organisation", "company", `CATL | LG Energy Solution | Panasonic | BYD | Northvolt | SK On | Samsung SDI |
    Tesla | Volkswagen | Stellantis | General Motors | Ford Motor Company | Renault | Solaris Bus & Coach | Volvo Cars |
    Siemens | Umicore | Albemarle`),
  list("technology", "organisation", "company", `Apple | Microsoft | Google | Amazon | IBM | Intel | Samsung | Sony | Siemens |
    General Electric | Boeing | Airbus | Tesla | Toyota | Volkswagen | Huawei | TSMC | Nvidia | Nokia | Ericsson |
    Philips | Hitachi | Panasonic | Rolls-Royce Holdings | Boulton and Watt | Westinghouse Electric Company |
    General Motors | Ford Motor Company | Honda | Bosch`),
  list("space", "organisation", "company", `SpaceX | Blue Origin | Boeing | Lockheed Martin | Grumman | North American Aviation |
    McDonnell Aircraft | Rocketdyne | Douglas Aircraft Company | Virgin Galactic | Rocket Lab | Arianespace |
    United Launch Alliance | Thales Alenia Space | General Dynamics`),
  list("space", "organisation", "government", `NASA | European Space Agency | Roscosmos | Japan Aerospace Exploration Agency |
    Indian Space Research Organisation | China National Space Administration | CNES | German Aerospace Center |
    UK Space Agency | Canadian Space Agency | Italian Space Agency | Turkish Space Agency |
    National Advisory Committee for Aeronautics | Israel Space Agency | Korea Aerospace Research Institute`),
  list("business", "organisation", "international", `International Monetary Fund | World Bank | World Trade Organization | OECD |
    Organization of the Petroleum Exporting Countries | World Economic Forum | Bank for International Settlements |
    United Nations Development Programme | International Labour Organization | Asian Development Bank |
    European Bank for Reconstruction and Development | European Investment Bank | New Development Bank |
    African Development Bank`),
  list("business", "organisation", "central-bank", `Federal Reserve | European Central Bank | Bank of England | Bank of Japan |
    People's Bank of China | Deutsche Bundesbank | Swiss National Bank | Reserve Bank of India | Bank of Canada |
    Reserve Bank of Australia | Central Bank of the Republic of Türkiye | Banque de France | Sveriges Riksbank |
    Central Bank of Russia | Norges Bank | Central Bank of Azerbaijan`),
  list("general", "organisation", "university", `University of Oxford | University of Cambridge | Harvard University |
    Stanford University | Massachusetts Institute of Technology | Princeton University | Yale University |
    University of Edinburgh | Imperial College London | ETH Zurich | Sorbonne University | Heidelberg University |
    University of Tokyo | Tsinghua University | Peking University | University of Bologna | University of Glasgow |
    California Institute of Technology | Columbia University | University of Chicago | Humboldt University of Berlin |
    Boğaziçi University | Baku State University | Middle East Technical University`),
  list("biology", "organisation", "institute", `Wellcome Sanger Institute | Pasteur Institute | Max Planck Society |
    Salk Institute | Cold Spring Harbor Laboratory | Woods Hole Oceanographic Institution |
    Monterey Bay Aquarium Research Institute | Scripps Institution of Oceanography | European Molecular Biology Laboratory |
    Francis Crick Institute | Broad Institute | National Institutes of Health | Howard Hughes Medical Institute |
    Rothamsted Research | Royal Botanic Gardens, Kew | Smithsonian Institution`),
  list("physics", "organisation", "institute", `CERN | Fermilab | SLAC National Accelerator Laboratory |
    Los Alamos National Laboratory | Lawrence Berkeley National Laboratory | Brookhaven National Laboratory |
    Rutherford Appleton Laboratory | Cavendish Laboratory | Institute for Advanced Study | Perimeter Institute | DESY |
    Niels Bohr Institute | Argonne National Laboratory | Oak Ridge National Laboratory | ITER | Royal Society`),
  list("culture", "organisation", "broadcaster", `BBC | ITV | Channel 4 | Channel 5 | Sky | CNN | NBC | CBS | ABC | Fox | PBS |
    HBO | Netflix | Al Jazeera | RTÉ | ZDF | ARD | France Télévisions | NHK | CBC | Deutsche Welle | RAI | TRT |
    Euronews | S4C | STV | Voice of America`),
  list("culture", "organisation", "band", `The Beatles | The Rolling Stones | Queen | Led Zeppelin | Pink Floyd | ABBA | U2 |
    Radiohead | Coldplay | Oasis | Nirvana | The Who | The Kinks | Fleetwood Mac | Metallica | AC/DC | R.E.M. |
    The Beach Boys | Genesis | Blur | Arctic Monkeys | Daft Punk | Kraftwerk | Black Sabbath | The Clash | Sex Pistols |
    Eagles | BTS`),
  list("religion", "organisation", "religious", `Catholic Church | Church of England | Eastern Orthodox Church |
    Russian Orthodox Church | Society of Jesus | Franciscans | Dominican Order | Church of Scotland | Salvation Army |
    Church of Jesus Christ of Latter-day Saints | Anglican Communion | Coptic Orthodox Church |
    Presidency of Religious Affairs | World Council of Churches | Church of the East`),

  // Sport.
  list("sport", "organisation", "international", `FIFA | UEFA | International Olympic Committee | World Athletics | FIBA |
    International Cricket Council | World Rugby | FIA | International Tennis Federation | FIDE | CONMEBOL | CONCACAF |
    Asian Football Confederation | Confederation of African Football | World Anti-Doping Agency |
    International Paralympic Committee | World Aquatics | Union Cycliste Internationale |
    Association of Tennis Professionals | Women's Tennis Association`),
  list("sport", "organisation", "league", `Premier League | La Liga | Bundesliga | Serie A | Ligue 1 | Eredivisie |
    Major League Soccer | Süper Lig | Scottish Premiership | Primeira Liga | Campeonato Brasileiro Série A |
    Saudi Pro League | Women's Super League | National Women's Soccer League`, "football"),
  list("sport", "organisation", "league", `National Basketball Association | EuroLeague | Women's National Basketball Association |
    National Football League | National Hockey League | Major League Baseball | Indian Premier League |
    Premier League | La Liga | Bundesliga | Serie A | Ligue 1`),
  list("sport", "organisation", "team", `Real Madrid | FC Barcelona | Manchester United | Manchester City | Liverpool |
    Chelsea | Arsenal | Tottenham Hotspur | Bayern Munich | Borussia Dortmund | Juventus | AC Milan | Inter Milan |
    Paris Saint-Germain | Ajax | Benfica | FC Porto | Celtic | Rangers | Galatasaray | Fenerbahçe | Beşiktaş |
    Atlético Madrid | Sevilla | Napoli | AS Roma | Olympique de Marseille | Boca Juniors | River Plate | Flamengo |
    Santos | Newcastle United | Everton | Aston Villa | Qarabağ FK`, "football"),
  list("sport", "organisation", "team", `Los Angeles Lakers | Boston Celtics | Chicago Bulls | Golden State Warriors |
    Miami Heat | San Antonio Spurs | New York Knicks | Brooklyn Nets | Houston Rockets | Dallas Mavericks |
    Toronto Raptors | Philadelphia 76ers | Milwaukee Bucks | Denver Nuggets | Phoenix Suns | Cleveland Cavaliers`, "basketball"),
  list("sport", "organisation", "team", `Scuderia Ferrari | McLaren | Mercedes-AMG Petronas | Red Bull Racing | Williams Racing |
    Team Lotus | Renault F1 Team | Brabham | Tyrrell Racing | Alpine F1 Team | Aston Martin F1 Team | Sauber |
    Benetton Formula | Jordan Grand Prix`, "motor-racing"),
];
