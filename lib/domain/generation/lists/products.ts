// Well-known products by kind: spacecraft, rockets, aircraft, vehicles,
// devices and software.
import { list, type NameList } from "./list";

export const PRODUCTS: NameList[] = [
  list("space", "product", "spacecraft", `Sputnik 1 | Vostok 1 | Apollo 11 | Apollo 13 | Apollo 8 | Friendship 7 |
    Freedom 7 | Voyager 1 | Voyager 2 | Pioneer 10 | Hubble Space Telescope | International Space Station | Mir | Skylab |
    Salyut 1 | Space Shuttle Columbia | Space Shuttle Challenger | Space Shuttle Discovery | Space Shuttle Endeavour |
    Space Shuttle Atlantis | Luna 2 | Luna 9 | Lunokhod 1 | Viking 1 | Cassini–Huygens | New Horizons |
    Curiosity | Perseverance | James Webb Space Telescope | Chandrayaan-3 | Chang'e 4 | Tiangong space station |
    Crew Dragon | Rosetta | Vostok 6 | Gemini 4 | Apollo 17`),
  list("space", "product", "rocket", `Saturn V | Saturn IB | Saturn I | Titan II GLV | Mercury-Redstone | Mercury-Atlas |
    R-7 Semyorka | Soyuz | Proton | N1 | Energia | Ariane 5 | Ariane 6 | Falcon 9 | Falcon Heavy | Space Launch System |
    Starship | Long March 5 | Delta IV Heavy | Vega | V-2`),
  list("technology", "product", "aircraft", `Wright Flyer | Spirit of St. Louis | Supermarine Spitfire | Boeing 747 | Concorde |
    Airbus A380 | Douglas DC-3 | Lockheed SR-71 Blackbird | Messerschmitt Me 262 | Hindenburg | Boeing 707 | Airbus A320 |
    Antonov An-225 Mriya | Bell X-1 | Hawker Hurricane | North American P-51 Mustang | Boeing B-29 Superfortress |
    Avro Lancaster | Sopwith Camel | Tupolev Tu-144 | Lockheed C-130 Hercules`),
  list("technology", "product", "vehicle", `Ford Model T | Volkswagen Beetle | Mini | Stephenson's Rocket | Puffing Billy | Locomotion No. 1 |
    Flying Scotsman | Mallard | RMS Titanic | SS Great Britain | SS Great Eastern | Cutty Sark | HMS Victory | Toyota Corolla |
    Tesla Model S | Trabant | Citroën 2CV | Fiat 500 | Land Rover Defender | Stourbridge Lion | Catch Me Who Can |
    Salamanca | Charlotte Dundas | Clermont`),
  list("technology", "product", "device", `iPhone | iPad | Macintosh | IBM Personal Computer | Walkman | PlayStation | Game Boy |
    Kindle | BlackBerry | Nokia 3310 | Apple II | Commodore 64 | ZX Spectrum | ENIAC | Colossus | Enigma machine |
    Difference Engine | Analytical Engine | Raspberry Pi | Nintendo Switch | Xbox | Apple Watch`),
  list("technology", "product", "software", `Microsoft Windows | macOS | Linux | Android | iOS | Unix | MS-DOS | Microsoft Office |
    Microsoft Word | Microsoft Excel | Adobe Photoshop | Google Chrome | Mozilla Firefox | Safari | WordPress |
    Netscape Navigator | Internet Explorer | Skype | WhatsApp | Zoom | Spotify`),
];
