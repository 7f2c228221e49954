// Well-known works by domain and kind: books, films, series, songs, albums,
// paintings, documents (treaties, acts, declarations) and court cases.
import { list, type NameList } from "./list";

export const WORKS: NameList[] = [
  list("culture", "work", "series", `Star Trek | Blake's 7 | The X-Files | Red Dwarf | Torchwood | The Avengers |
    Thunderbirds | The Quatermass Experiment | Sherlock | Game of Thrones | Breaking Bad | The Sopranos |
    Coronation Street | EastEnders | Top Gear | Monty Python's Flying Circus | Fawlty Towers | Downton Abbey |
    The Prisoner | Babylon 5 | Battlestar Galactica | Stranger Things | Friends | The Simpsons | The Twilight Zone |
    Black Mirror | Dad's Army | Only Fools and Horses | Blackadder | The Crown`),
  list("culture", "work", "film", `Casablanca | Citizen Kane | The Godfather | Star Wars | Jaws | Titanic | Psycho |
    Vertigo | Lawrence of Arabia | 2001: A Space Odyssey | The Wizard of Oz | Gone with the Wind | Schindler's List |
    Pulp Fiction | The Dark Knight | Inception | Avatar | Apollo 13 | Gravity | Interstellar | The Matrix | Blade Runner |
    Alien | E.T. the Extra-Terrestrial | Jurassic Park | Back to the Future | Dr. No | Goldfinger | Metropolis |
    Seven Samurai | Spirited Away | Parasite | King Kong`),
  list("culture", "work", "book", `Pride and Prejudice | War and Peace | Moby-Dick | Don Quixote | Nineteen Eighty-Four |
    Animal Farm | The Great Gatsby | To Kill a Mockingbird | Crime and Punishment | Anna Karenina | Jane Eyre |
    Wuthering Heights | Great Expectations | Oliver Twist | A Tale of Two Cities | Frankenstein | Dracula |
    The Lord of the Rings | The Hobbit | Ulysses | Les Misérables | One Hundred Years of Solitude |
    The Catcher in the Rye | Brave New World | The Time Machine | The War of the Worlds | Robinson Crusoe |
    Gulliver's Travels | Middlemarch | Madame Bovary`),
  list("culture", "work", "song", `Bohemian Rhapsody | Imagine | Yesterday | Hey Jude | Like a Rolling Stone | Respect |
    Stairway to Heaven | Smells Like Teen Spirit | Billie Jean | Let It Be | Purple Haze | Heroes | Wonderwall |
    Yellow Submarine | Blowin' in the Wind | What a Wonderful World | My Way | Good Vibrations | Dancing Queen |
    Space Oddity | Johnny B. Goode | Strawberry Fields Forever | Rolling in the Deep | Like a Prayer |
    (I Can't Get No) Satisfaction | Waterloo`),
  list("culture", "work", "album", `Abbey Road | Sgt. Pepper's Lonely Hearts Club Band | The Dark Side of the Moon |
    Thriller | Rumours | Revolver | Nevermind | OK Computer | Pet Sounds | Back in Black | The Joshua Tree |
    Led Zeppelin IV | A Night at the Opera | Blonde on Blonde | Kind of Blue | Hotel California | Born to Run | The Wall |
    Purple Rain | Highway 61 Revisited | Exile on Main St. | London Calling | The Velvet Underground & Nico | Lemonade |
    Random Access Memories`),
  list("culture", "work", "painting", `Mona Lisa | The Last Supper | The Starry Night | Guernica | The Scream |
    Girl with a Pearl Earring | The Night Watch | The Birth of Venus | Las Meninas | The Persistence of Memory |
    Water Lilies | Sunflowers | The Kiss | American Gothic | The Creation of Adam | Impression, Sunrise |
    Liberty Leading the People | The Garden of Earthly Delights | Arnolfini Portrait | The Third of May 1808 |
    Nighthawks | The Fighting Temeraire | The Hay Wain | Wanderer above the Sea of Fog | The Great Wave off Kanagawa`),
  list("religion", "work", "book", `Bible | Quran | Torah | Talmud | Bhagavad Gita | Rigveda | Pali Canon | Book of Mormon |
    Guru Granth Sahib | Avesta | Tao Te Ching | Analects | Upanishads | Book of Common Prayer | Sahih al-Bukhari`),
  list("physics", "work", "book", `Philosophiæ Naturalis Principia Mathematica | Dialogue Concerning the Two Chief World Systems |
    Two New Sciences | Opticks | A Treatise on Electricity and Magnetism | A Brief History of Time |
    On the Revolutions of the Heavenly Spheres | Astronomia nova | The Feynman Lectures on Physics |
    Relativity: The Special and the General Theory | Sidereus Nuncius | De Magnete`),
  list("biology", "work", "book", `On the Origin of Species | The Selfish Gene | Silent Spring | The Double Helix |
    Micrographia | Systema Naturae | The Descent of Man | The Voyage of the Beagle | What Is Life? |
    Experiments on Plant Hybridization | The Blind Watchmaker | Molecular Biology of the Cell`),
  list("business", "work", "book", `The Wealth of Nations | Das Kapital | The General Theory of Employment, Interest and Money |
    Capital in the Twenty-First Century | The Road to Serfdom | Capitalism and Freedom |
    On the Principles of Political Economy and Taxation | An Essay on the Principle of Population |
    The Theory of Moral Sentiments | The Spirit Level | The Affluent Society | The Price of Inequality`),

  // Documents: treaties, acts, declarations.
  list("politics", "work", "document", `Universal Declaration of Human Rights | Helsinki Final Act | Charter of the United Nations |
    North Atlantic Treaty | Treaty of Lisbon | Treaty of Kars | Treaty of Moscow | Minsk Protocol | Good Friday Agreement |
    Paris Agreement | Kyoto Protocol | Camp David Accords | Oslo Accords | Dayton Agreement | Belovezha Accords |
    Alma-Ata Protocol | Treaty of Lausanne | Treaty of Sèvres | Scotland Act 1998 | Government of Wales Act 1998 |
    Acts of Union 1707 | Magna Carta | Bill of Rights 1689 | Constitution of the United States |
    United States Declaration of Independence | Istanbul Convention | Shusha Declaration`),
  list("history", "work", "document", `Magna Carta | Peace of Westphalia | Treaty of Versailles | Treaty of Paris |
    Treaty of Utrecht | Treaty of Aix-la-Chapelle | Treaty of Tordesillas | Treaty of Ghent |
    United States Declaration of Independence | Royal Proclamation of 1763 | Treaty of Nanking | Edict of Nantes |
    Treaty of Brest-Litovsk | Treaty of Lausanne | Treaty of Karlowitz | Treaty of Nerchinsk | Yassa | Domesday Book |
    Ninety-five Theses | Emancipation Proclamation | Bill of Rights 1689 | Treaty of Fontainebleau | Albany Plan |
    Treaty of Easton`),
  list("law", "work", "document", `Treaty of Rome | Maastricht Treaty | Treaty of Lisbon | Treaty of Amsterdam |
    Treaty of Nice | Single European Act |
    Charter of Fundamental Rights of the European Union | European Convention on Human Rights |
    Universal Declaration of Human Rights | Treaty of Paris | Merger Treaty | Schengen Agreement | Magna Carta |
    Constitution of the United States | United States Bill of Rights | Human Rights Act 1998 | Napoleonic Code |
    Geneva Conventions | Rome Statute | Vienna Convention on the Law of Treaties | Statute of Westminster 1931 |
    Scotland Act 1998 | European Communities Act 1972 | Charter of the United Nations`),
  list("law", "work", "case", `Van Gend en Loos | Costa v ENEL | Francovich v Italy | Cassis de Dijon | Factortame |
    Marbury v. Madison | Brown v. Board of Education | Roe v. Wade | Donoghue v Stevenson | Miranda v. Arizona |
    Internationale Handelsgesellschaft | Defrenne v Sabena | Procureur du Roi v Dassonville | Bosman ruling`),
];
