// Well-known places by kind. Countries, cities and continents come from the
// gazetteer (lists/index.ts adds them); these are the kinds it does not hold.
import { list, type NameList } from "./list";

export const PLACES: NameList[] = [
  list("geography", "place", "river", `Nile | Amazon | Yangtze | Mississippi | Danube | Rhine | Volga | Thames | Seine |
    Loire | Rhône | Elbe | Oder | Vistula | Dnieper | Don | Ganges | Indus | Mekong | Yellow River | Tigris | Euphrates |
    Congo | Niger | Zambezi | Orinoco | Paraná | Missouri | Colorado River | Saint Lawrence River | Ob | Yenisei | Lena |
    Amur | Kura | Aras | Meuse | Moselle | Main | Neckar | Po | Tiber | Ebro | Tagus | Douro | Shannon | Severn | Ohio River |
    Hudson River | Murray River`),
  list("geography", "place", "range", `Alps | Pyrenees | Carpathian Mountains | Apennines | Caucasus Mountains |
    Ural Mountains | Himalayas | Andes | Rocky Mountains | Appalachian Mountains | Atlas Mountains | Tian Shan |
    Altai Mountains | Hindu Kush | Karakoram | Zagros Mountains | Taurus Mountains | Scandinavian Mountains |
    Jura Mountains | Vosges | Black Forest | Harz | Dinaric Alps | Sierra Nevada | Khentii Mountains`),
  list("geography", "place", "mountain", `Mount Everest | K2 | Mont Blanc | Matterhorn | Mount Kilimanjaro | Mount Elbrus |
    Mount Ararat | Denali | Aconcagua | Mount Fuji | Mount Olympus | Eiger | Ben Nevis | Mount Etna | Mount Vesuvius |
    Zugspitze | Jungfrau | Mount Kenya | Mount Rainier | Kangchenjunga | Annapurna | Mount Kosciuszko | Mount Cook |
    Piz Bernina | Säntis | Mount Shasta`),
  list("geography", "place", "sea", `Atlantic Ocean | Pacific Ocean | Indian Ocean | Arctic Ocean | Southern Ocean |
    Mediterranean Sea | North Sea | Baltic Sea | Black Sea | Caspian Sea | Red Sea | Caribbean Sea | South China Sea |
    Arabian Sea | Adriatic Sea | Aegean Sea | Irish Sea | Norwegian Sea | Barents Sea | Sea of Japan | Bering Sea |
    Tasman Sea | Coral Sea | Gulf of Mexico | Persian Gulf | Bay of Bengal | Bay of Biscay | English Channel |
    Sea of Azov | Ionian Sea | Tyrrhenian Sea | Wadden Sea | Gulf of California`),
  list("geography", "place", "lake", `Lake Constance | Lake Geneva | Lake Baikal | Lake Victoria | Lake Superior |
    Lake Michigan | Lake Huron | Lake Erie | Lake Ontario | Lake Tanganyika | Lake Malawi | Lake Titicaca | Lake Ladoga |
    Lake Balaton | Lake Como | Lake Garda | Lake Zurich | Lake Lucerne | Loch Ness | Dead Sea | Great Salt Lake |
    Lake Chad | Lake Neuchâtel | Lake Maggiore | Lake Van | Lake Sevan | IJsselmeer | Lake Issyk-Kul`),
  list("geography", "place", "island", `Greenland | Madagascar | Borneo | Sumatra | Honshu | Great Britain | Sicily |
    Sardinia | Corsica | Crete | Tasmania | Java | Hokkaido | Newfoundland | Baffin Island | Long Island | Isle of Man |
    Isle of Skye | Majorca | Bali | Zanzibar | Galápagos Islands | Canary Islands | Faroe Islands | Azores | Orkney |
    Shetland | Jersey | Rhodes | Capri | Svalbard | Sakhalin`),
  list("geography", "place", "region", `Bavaria | Saxony | Catalonia | Andalusia | Lombardy | Tuscany | Normandy |
    Brittany | Provence | Alsace | Flanders | Wallonia | Quebec | Ontario | British Columbia | California | Texas |
    Florida | Alaska | Queensland | New South Wales | Siberia | Punjab | Bengal | Kashmir | Tibet | Xinjiang |
    Patagonia | Anatolia | Rhineland | Ruhr | Graubünden | Tyrol | Silesia | Transylvania | Manchuria | Inner Mongolia |
    Lower Saxony | North Rhine-Westphalia | Baden-Württemberg | Scottish Highlands`),
  list("geography", "place", "region", `Sahara | Gobi Desert | Kalahari Desert | Atacama Desert | Arabian Desert |
    Mojave Desert | Taklamakan Desert | Karakum Desert | Namib | Great Victoria Desert | Thar Desert | Sonoran Desert`),
  list("general", "place", "building", `Eiffel Tower | Colosseum | Taj Mahal | Great Wall of China | Big Ben |
    Tower of London | Buckingham Palace | Statue of Liberty | Sydney Opera House | Parthenon | Brandenburg Gate |
    Moscow Kremlin | Louvre | Alhambra | Palace of Versailles | Neuschwanstein Castle | Burj Khalifa |
    Empire State Building | Leaning Tower of Pisa | Stonehenge | Topkapı Palace | Maiden Tower | Petronas Towers |
    Golden Gate Bridge | Tower Bridge | Palace of Holyroodhouse | Edinburgh Castle | Palace of Westminster | White House`),
  list("religion", "place", "building", `Hagia Sophia | St. Peter's Basilica | Notre-Dame de Paris | Westminster Abbey |
    Sistine Chapel | Kaaba | Al-Aqsa Mosque | Dome of the Rock | Western Wall | Golden Temple | Angkor Wat | Borobudur |
    Sagrada Família | Canterbury Cathedral | Cologne Cathedral | Blue Mosque | Church of the Holy Sepulchre |
    St Paul's Cathedral | Milan Cathedral | Potala Palace | Masjid al-Haram`),
  list("religion", "place", "city", `Jerusalem | Mecca | Medina | Vatican City | Varanasi | Bodh Gaya | Amritsar | Lhasa |
    Rome | Canterbury | Santiago de Compostela | Lourdes | Karbala | Najaf | Qom | Mashhad | Fátima | Assisi | Bethlehem |
    Nazareth | Konya`),
  list("history", "place", "city", `Constantinople | Rome | Athens | Sparta | Carthage | Alexandria | Babylon | Baghdad |
    Samarkand | Bukhara | Karakorum | Merv | Jerusalem | Damascus | Venice | Florence | Kyiv | Novgorod | Quebec City |
    Montreal | Louisbourg | Williamsburg | Philadelphia | Boston | Xi'an | Kaifeng | Córdoba | Toledo | Granada | Nishapur |
    Urgench | Zhongdu`),
  list("history", "place", "country", `Roman Empire | Byzantine Empire | Ottoman Empire | Mongol Empire | Holy Roman Empire |
    Achaemenid Empire | Khwarazmian Empire | Qing dynasty | Ming dynasty | Song dynasty | Jin dynasty | Western Xia |
    Kievan Rus' | Golden Horde | Yuan dynasty | Mughal Empire | Safavid Iran | Russian Empire | Austria-Hungary |
    Kingdom of Prussia | Kingdom of Great Britain | New France | Spanish Empire | British Empire | Carolingian Empire |
    Seljuk Empire | Timurid Empire | Abbasid Caliphate | Umayyad Caliphate | Kingdom of France | Habsburg Monarchy |
    Qara Khitai | Dutch Republic`),
  list("history", "place", "battle-site", `Waterloo | Gettysburg | Hastings | Agincourt | Austerlitz | Stalingrad |
    Verdun | Thermopylae | Yorktown | Saratoga | Trafalgar | Gallipoli | Ypres | Culloden | Bannockburn | Cannae |
    Gaugamela | Manzikert | Lepanto | Borodino | Sedan | Dunkirk | Plains of Abraham | Fort Duquesne | Fort Necessity`),
  list("space", "place", "celestial", `Moon | Mars | Venus | Mercury | Jupiter | Saturn | Uranus | Neptune | Pluto | Sun |
    Earth | Titan | Europa | Io | Ganymede | Callisto | Halley's Comet | Ceres | Vesta | Andromeda Galaxy | Milky Way |
    Alpha Centauri | Sirius | Phobos | Deimos | Enceladus`),
  list("space", "place", "building", `Cape Canaveral | Kennedy Space Center | Baikonur Cosmodrome |
    Vandenberg Space Force Base | Plesetsk Cosmodrome | Vostochny Cosmodrome | Guiana Space Centre |
    Jiuquan Satellite Launch Center | Satish Dhawan Space Centre | Tanegashima Space Center | Wallops Flight Facility |
    Johnson Space Center | Marshall Space Flight Center | Goddard Space Flight Center | Starbase`),

  // Sport venues.
  list("sport", "place", "stadium", `Wembley Stadium | Old Trafford | Anfield | Camp Nou | Santiago Bernabéu Stadium |
    Allianz Arena | San Siro | Signal Iduna Park | Parc des Princes | Stade de France | Maracanã Stadium |
    Estadio Azteca | La Bombonera | Celtic Park | Ibrox Stadium | Emirates Stadium | Stamford Bridge | Etihad Stadium |
    Tottenham Hotspur Stadium | Johan Cruyff Arena | Estádio da Luz | Hampden Park | Millennium Stadium |
    Tofiq Bahramov Republican Stadium | Baku Olympic Stadium`, "football"),
  list("sport", "place", "stadium", `Olympiastadion Berlin | London Stadium | Stade de France | Beijing National Stadium |
    Luzhniki Stadium | Hayward Field | Letzigrund | Stadio Olimpico | Bislett Stadium | Japan National Stadium |
    Estadio Olímpico Universitario | King Baudouin Stadium | Stade Louis II | Panathenaic Stadium`, "athletics"),
  list("sport", "place", "stadium", `Silverstone Circuit | Monza Circuit | Circuit de Monaco | Circuit de Spa-Francorchamps |
    Suzuka International Racing Course | Nürburgring | Indianapolis Motor Speedway | Interlagos Circuit |
    Baku City Circuit | Circuit Gilles Villeneuve | Hungaroring | Circuit de la Sarthe | Daytona International Speedway |
    Yas Marina Circuit | Circuit of the Americas`, "motor-racing"),
  list("sport", "place", "stadium", `Madison Square Garden | TD Garden | United Center | Chase Center | Arthur Ashe Stadium |
    Rod Laver Arena | Lord's | Melbourne Cricket Ground | Eden Gardens | Twickenham Stadium | Yankee Stadium |
    Fenway Park | Wrigley Field | Rose Bowl`),
];
