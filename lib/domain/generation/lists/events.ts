// Well-known events by domain and kind: wars, battles, elections,
// tournaments, disasters, space programmes.
import { list, type NameList } from "./list";

export const EVENTS: NameList[] = [
  list("history", "event", "war", `Seven Years' War | Hundred Years' War | Thirty Years' War | War of the Spanish Succession |
    War of the Austrian Succession | American Revolutionary War | Napoleonic Wars | French Revolutionary Wars |
    American Civil War | Crimean War | First World War | Second World War | Korean War | Vietnam War |
    Franco-Prussian War | War of 1812 | Mexican–American War | Spanish–American War | Russo-Japanese War |
    Peloponnesian War | Punic Wars | Wars of the Roses | English Civil War | Second Boer War | King George's War |
    Queen Anne's War | King William's War | Pontiac's War | Gulf War | Cold War | First Karabakh War |
    Second Karabakh War | Mongol invasion of Europe | Mongol conquest of China`),
  list("history", "event", "battle", `Battle of Hastings | Battle of Waterloo | Battle of Gettysburg | Battle of Agincourt |
    Battle of Trafalgar | Battle of Stalingrad | Battle of the Somme | Battle of Verdun | Battle of Britain |
    Battle of Austerlitz | Battle of Thermopylae | Battle of Marathon | Battle of Gaugamela | Battle of Cannae |
    Battle of Tours | Battle of Manzikert | Battle of Kosovo | Battle of Lepanto | Battle of Vienna | Battle of Leipzig |
    Battle of Saratoga | Siege of Yorktown | Battle of the Plains of Abraham | Battle of Fort Necessity |
    Battle of the Monongahela | Battle of Jumonville Glen | Siege of Fort William Henry | Battle of Carillon |
    Battle of Ain Jalut | Battle of Mohi | Battle of Legnica | Battle of the Kalka River | Battle of Bunker Hill |
    Battle of Midway | Battle of Kursk | Battle of Culloden | Battle of Bannockburn | Battle of Shusha`),
  list("politics", "event", "election", `2016 United Kingdom European Union membership referendum |
    1997 Scottish devolution referendum | 2014 Scottish independence referendum | 1979 Scottish devolution referendum |
    2016 United States presidential election | 2020 United States presidential election |
    1997 United Kingdom general election | 2019 United Kingdom general election | 2017 French presidential election |
    2023 Turkish presidential election | 2024 Azerbaijani presidential election | 2021 German federal election |
    2024 Indian general election | 1999 Scottish Parliament election`),
  list("general", "event", "disaster", `Black Death | Great Fire of London | 1906 San Francisco earthquake | Chernobyl disaster |
    Fukushima nuclear disaster | 2004 Indian Ocean earthquake and tsunami | Great Famine | Hurricane Katrina |
    Spanish flu | Bhopal disaster | Deepwater Horizon oil spill | Dust Bowl | 1755 Lisbon earthquake |
    1883 eruption of Krakatoa | COVID-19 pandemic | Aberfan disaster | Exxon Valdez oil spill | Sinking of the Titanic`),
  list("space", "event", "programme", `Project Mercury | Project Gemini | Apollo program | Skylab | Apollo–Soyuz |
    Space Shuttle program | Vostok programme | Voskhod programme | Soyuz programme | Artemis program | Luna programme |
    Shenzhou program | Gaganyaan | Salyut programme | Ranger program | Surveyor program | Lunar Orbiter program |
    Apollo Applications Program | Pioneer program | Viking program | Voyager program | Mariner program |
    Constellation program`),

  // Sport tournaments, by discipline where a discipline has its own.
  list("sport", "event", "tournament", `FIFA World Cup | UEFA Champions League | UEFA European Championship | Copa América |
    Africa Cup of Nations | FA Cup | UEFA Europa League | FIFA Women's World Cup | Copa Libertadores | AFC Asian Cup |
    DFB-Pokal | Copa del Rey | Coppa Italia | Coupe de France | Turkish Cup | EFL Cup`, "football"),
  list("sport", "event", "tournament", `Berlin Marathon | London Marathon | Boston Marathon | New York City Marathon |
    Chicago Marathon | Tokyo Marathon | Valencia Marathon | World Athletics Championships | Diamond League |
    European Athletics Championships | Commonwealth Games | Prefontaine Classic | Weltklasse Zürich | Bislett Games |
    Golden Gala | Olympic Games`, "athletics"),
  list("sport", "event", "tournament", `Wimbledon Championships | US Open | French Open | Australian Open | Davis Cup |
    Billie Jean King Cup | ATP Finals | Indian Wells Open | Miami Open | Madrid Open | Italian Open |
    Queen's Club Championships | Laver Cup | WTA Finals | Monte-Carlo Masters`, "tennis"),
  list("sport", "event", "tournament", `World Chess Championship | Candidates Tournament | Chess Olympiad |
    Tata Steel Chess Tournament | Norway Chess | Sinquefield Cup | Chess World Cup | Linares chess tournament |
    Dortmund Sparkassen Chess Meeting | Grand Chess Tour | Hastings International Chess Congress | London Chess Classic |
    Vugar Gashimov Memorial`, "chess"),
  list("sport", "event", "tournament", `Monaco Grand Prix | British Grand Prix | Italian Grand Prix | Belgian Grand Prix |
    Japanese Grand Prix | São Paulo Grand Prix | Azerbaijan Grand Prix | Indianapolis 500 | 24 Hours of Le Mans |
    Daytona 500 | Dakar Rally | Monte Carlo Rally | Canadian Grand Prix | Australian Grand Prix | Hungarian Grand Prix`,
  "motor-racing"),
  list("sport", "event", "tournament", `NBA Finals | EuroBasket | FIBA Basketball World Cup | NCAA Division I men's basketball tournament |
    EuroLeague Final Four | Olympic basketball tournament | NBA All-Star Game | WNBA Finals | FIBA Women's Basketball World Cup |
    Basketball Champions League | FIBA AmeriCup | FIBA Asia Cup`, "basketball"),
  list("sport", "event", "tournament", `The Masters | U.S. Open | The Open Championship | PGA Championship | Ryder Cup |
    Presidents Cup | Players Championship | Solheim Cup | Women's PGA Championship | Tour Championship |
    Memorial Tournament | Arnold Palmer Invitational | WGC-Bridgestone Invitational | Quail Hollow Championship |
    Farmers Insurance Open | Phoenix Open | Scottish Open | BMW PGA Championship`, "golf"),
  list("sport", "event", "tournament", `Olympic Games | Paralympic Games | Commonwealth Games | Asian Games | Tour de France |
    Giro d'Italia | Super Bowl | World Series | Rugby World Cup | Cricket World Cup | Ryder Cup | The Masters |
    Six Nations Championship | The Ashes | Stanley Cup | European Games | Islamic Solidarity Games`),
];
