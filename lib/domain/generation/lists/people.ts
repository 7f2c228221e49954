// Well-known people by domain and role family: wrong answers a teacher would
// offer for a person of the same kind in a text of the same field.
import { list, type NameList } from "./list";

export const PEOPLE: NameList[] = [
  list("politics", "person", "politician", `Angela Merkel | Emmanuel Macron | Olaf Scholz | Vladimir Putin | Joe Biden |
    Donald Trump | Barack Obama | Boris Johnson | Theresa May | Tony Blair | Gordon Brown | David Cameron | Rishi Sunak |
    Keir Starmer | Margaret Thatcher | Justin Trudeau | Narendra Modi | Xi Jinping | Recep Tayyip Erdoğan | Ilham Aliyev |
    Volodymyr Zelenskyy | Nikol Pashinyan | Kassym-Jomart Tokayev | Shavkat Mirziyoyev | Shehbaz Sharif | Giorgia Meloni |
    Pedro Sánchez | Ursula von der Leyen | Jacinda Ardern | Benjamin Netanyahu | Mark Rutte | Viktor Orbán | Donald Tusk |
    Nicola Sturgeon | Alex Salmond | Donald Dewar | Hakan Fidan | Mevlüt Çavuşoğlu`),
  list("politics", "person", "head-of-state", `Joe Biden | Donald Trump | Emmanuel Macron | Vladimir Putin | Xi Jinping |
    Recep Tayyip Erdoğan | Ilham Aliyev | Volodymyr Zelenskyy | Frank-Walter Steinmeier | Sergio Mattarella | Charles III |
    Elizabeth II | Felipe VI | Naruhito | Luiz Inácio Lula da Silva | Cyril Ramaphosa | Kassym-Jomart Tokayev |
    Shavkat Mirziyoyev | Emomali Rahmon | Alexander Lukashenko | Andrzej Duda | Abdel Fattah el-Sisi | Ali Khamenei |
    Droupadi Murmu | Vahagn Khachaturyan`),
  list("history", "person", "head-of-state", `George Washington | Thomas Jefferson | Abraham Lincoln | Theodore Roosevelt |
    Woodrow Wilson | Franklin D. Roosevelt | Harry S. Truman | Dwight D. Eisenhower | John F. Kennedy | Lyndon B. Johnson |
    Richard Nixon | Gerald Ford | Jimmy Carter | Ronald Reagan | George H. W. Bush | Bill Clinton | George W. Bush | Charles de Gaulle | Mustafa Kemal Atatürk | Heydar Aliyev | Mikhail Gorbachev |
    Boris Yeltsin | Nelson Mandela | Josip Broz Tito | Gamal Abdel Nasser`),
  list("history", "person", "politician", `William Pitt the Elder | Otto von Bismarck | Winston Churchill | Benjamin Franklin |
    Cardinal Richelieu | Klemens von Metternich | Maximilien Robespierre | Oliver Cromwell | Vladimir Lenin | Joseph Stalin |
    Benjamin Disraeli | William Gladstone | Robert Walpole | Jawaharlal Nehru | Mahatma Gandhi | Leon Trotsky |
    Alexander Hamilton | Camillo Benso, Count of Cavour | Giuseppe Garibaldi | Duke of Newcastle`),
  list("history", "person", "monarch", `Genghis Khan | Kublai Khan | Ögedei Khan | Charlemagne | Alexander the Great |
    Julius Caesar | Augustus | Napoleon Bonaparte | Louis XIV | Louis XV | Henry VIII | Elizabeth I | Queen Victoria |
    George II | George III | Peter the Great | Catherine the Great | Suleiman the Magnificent | Mehmed II | Attila |
    Timur | Akbar | Cyrus the Great | Ramesses II | Frederick the Great | Philip II of Spain | Ivan the Terrible |
    Justinian I | Constantine the Great | Saladin | Batu Khan | Hulagu Khan | Möngke Khan | Güyük Khan | Chagatai Khan |
    Maria Theresa`),
  list("history", "person", "military", `Napoleon Bonaparte | Duke of Wellington | Horatio Nelson | Ulysses S. Grant |
    Robert E. Lee | Hannibal | Subutai | Jebe | Louis-Joseph de Montcalm | James Wolfe | Edward Braddock | Jeffery Amherst |
    Erwin Rommel | Bernard Montgomery | Georgy Zhukov | Joan of Arc | Khalid ibn al-Walid | Douglas MacArthur |
    George S. Patton | Alexander Suvorov | Gustavus Adolphus | John Churchill, 1st Duke of Marlborough | Scipio Africanus |
    William Wallace | Robert the Bruce | Ferdinand Foch | Muqali`),
  list("general", "person", "scientist", `Isaac Newton | Albert Einstein | Marie Curie | Charles Darwin | Galileo Galilei |
    Nikola Tesla | Louis Pasteur | Gregor Mendel | Niels Bohr | Michael Faraday | James Clerk Maxwell | Rosalind Franklin |
    Alan Turing | Stephen Hawking | Johannes Kepler | Nicolaus Copernicus | Dmitri Mendeleev | Antoine Lavoisier |
    Ernest Rutherford | Max Planck`),
  list("physics", "person", "scientist", `Isaac Newton | Albert Einstein | Galileo Galilei | James Clerk Maxwell |
    Michael Faraday | Niels Bohr | Max Planck | Werner Heisenberg | Erwin Schrödinger | Paul Dirac | Richard Feynman |
    Enrico Fermi | Ernest Rutherford | Marie Curie | Johannes Kepler | Christiaan Huygens | Robert Hooke | Blaise Pascal |
    Archimedes | Wolfgang Pauli | Ludwig Boltzmann | Hendrik Lorentz | Lise Meitner | Stephen Hawking | Peter Higgs |
    Joseph-Louis Lagrange | William Rowan Hamilton | Pierre-Simon Laplace | André-Marie Ampère | Alessandro Volta |
    Charles-Augustin de Coulomb | James Prescott Joule | Heinrich Hertz | Murray Gell-Mann`),
  list("biology", "person", "scientist", `Charles Darwin | Gregor Mendel | Louis Pasteur | Robert Hooke |
    Antonie van Leeuwenhoek | Carl Linnaeus | Alfred Russel Wallace | Rosalind Franklin | James Watson | Francis Crick |
    Barbara McClintock | Jean-Baptiste Lamarck | Robert Koch | Alexander Fleming | Lynn Margulis | Rachel Carson |
    Ernst Mayr | Theodor Schwann | Matthias Schleiden | Rudolf Virchow | Konstantin Mereschkowski | Melvin Calvin |
    Jan Ingenhousz | Joseph Priestley | Jane Goodall | E. O. Wilson | Craig Venter | Jennifer Doudna`),
  list("mathematics", "person", "scientist", `Euclid | Pythagoras | Archimedes | Carl Friedrich Gauss | Leonhard Euler |
    Pierre de Fermat | Bernhard Riemann | Srinivasa Ramanujan | Alan Turing | Gottfried Wilhelm Leibniz | Eratosthenes |
    Marin Mersenne | Christian Goldbach | David Hilbert | Emmy Noether | Kurt Gödel | Georg Cantor | Henri Poincaré |
    Évariste Galois | Niels Henrik Abel | Sophie Germain | Andrew Wiles | Terence Tao | G. H. Hardy | John von Neumann |
    Paul Erdős | Ada Lovelace | René Descartes | Fibonacci | Diophantus | Hypatia | Peter Gustav Lejeune Dirichlet |
    Adrien-Marie Legendre | Muhammad ibn Musa al-Khwarizmi`),
  list("technology", "person", "engineer", `James Watt | Thomas Newcomen | Thomas Savery | Richard Trevithick |
    George Stephenson | Robert Stephenson | Isambard Kingdom Brunel | Matthew Boulton | Nicolaus Otto | Rudolf Diesel |
    Karl Benz | Gottlieb Daimler | Thomas Edison | Nikola Tesla | Alexander Graham Bell | Guglielmo Marconi |
    Orville Wright | Wilbur Wright | Henry Ford | Charles Parsons | Denis Papin | Hero of Alexandria | Charles Babbage |
    Tim Berners-Lee | John Logie Baird | Oliver Evans | Eli Whitney | Samuel Morse | Werner von Siemens | Frank Whittle |
    Gustave Eiffel | George Corliss | Arthur Woolf | John Smeaton`),
  list("space", "person", "astronaut", `Neil Armstrong | Buzz Aldrin | Michael Collins | Yuri Gagarin | Alan Shepard |
    John Glenn | Valentina Tereshkova | Sally Ride | Jim Lovell | Frank Borman | William Anders | Gus Grissom | Ed White |
    Roger Chaffee | Pete Conrad | Alan Bean | Alexei Leonov | Gene Cernan | Harrison Schmitt | John Young | Charles Duke |
    David Scott | James Irwin | Edgar Mitchell | Chris Hadfield | Tim Peake | Yang Liwei | Scott Kelly | Mae Jemison |
    Wally Schirra | Scott Carpenter | Gordon Cooper | Deke Slayton | Eileen Collins | Peggy Whitson`),
  list("space", "person", "scientist", `Wernher von Braun | Sergei Korolev | Robert H. Goddard | Konstantin Tsiolkovsky |
    Hermann Oberth | Gene Kranz | Christopher C. Kraft Jr. | Katherine Johnson | Margaret Hamilton | Carl Sagan |
    Edwin Hubble | Robert Gilruth | Maxime Faget | James E. Webb | George Mueller | Johannes Kepler`),
  list("business", "person", "business", `Warren Buffett | Bill Gates | Steve Jobs | Elon Musk | Jeff Bezos |
    Mark Zuckerberg | Larry Page | Sergey Brin | Tim Cook | Satya Nadella | Jack Ma | Henry Ford | John D. Rockefeller |
    Andrew Carnegie | J. P. Morgan | Richard Branson | Oprah Winfrey | Indra Nooyi | Sheryl Sandberg | Larry Ellison |
    Bernard Arnault | Carlos Slim | Amancio Ortega | Ingvar Kamprad | Michael Dell | Jensen Huang | Mary Barra |
    Howard Schultz | Walt Disney | Ratan Tata`),
  list("business", "person", "economist", `Adam Smith | John Maynard Keynes | Karl Marx | Milton Friedman | Friedrich Hayek |
    David Ricardo | Thomas Piketty | Joseph Stiglitz | Paul Krugman | Amartya Sen | Simon Kuznets | Thomas Malthus |
    John Stuart Mill | Joseph Schumpeter | Vilfredo Pareto | Corrado Gini | Alfred Marshall | Paul Samuelson |
    Gary Becker | Angus Deaton | Esther Duflo | Abhijit Banerjee | Daron Acemoglu | Janet Yellen | Ben Bernanke |
    Anthony Atkinson | Branko Milanović | Emmanuel Saez | Gabriel Zucman | Max O. Lorenz`),
  list("law", "person", "jurist", `John Marshall | Oliver Wendell Holmes Jr. | Ruth Bader Ginsburg | Thurgood Marshall |
    Lord Denning | Earl Warren | Antonin Scalia | Sandra Day O'Connor | William Blackstone | Hugo Grotius | Montesquieu |
    John Roberts | Brenda Hale | Tom Bingham | Edward Coke | Hans Kelsen`),
  list("culture", "person", "actor", `Meryl Streep | Tom Hanks | Judi Dench | Ian McKellen | Helen Mirren |
    Laurence Olivier | Alec Guinness | Benedict Cumberbatch | Daniel Craig | Sean Connery | Audrey Hepburn |
    Marilyn Monroe | Humphrey Bogart | Katharine Hepburn | Denzel Washington | Cate Blanchett | Maggie Smith |
    Anthony Hopkins | Michael Caine | Emma Thompson | Kate Winslet | Leonardo DiCaprio | Patrick Stewart |
    Gillian Anderson | Olivia Colman | Charlie Chaplin`),
  list("culture", "person", "writer", `William Shakespeare | Charles Dickens | Jane Austen | Leo Tolstoy | Fyodor Dostoevsky |
    Mark Twain | Ernest Hemingway | Virginia Woolf | George Orwell | J. R. R. Tolkien | J. K. Rowling | Agatha Christie |
    Homer | Dante Alighieri | Miguel de Cervantes | Victor Hugo | Franz Kafka | James Joyce | Toni Morrison |
    Gabriel García Márquez | H. G. Wells | Arthur C. Clarke | Isaac Asimov | Mary Shelley | Douglas Adams |
    Terry Pratchett | Orhan Pamuk | Johann Wolfgang von Goethe | Emily Brontë | Oscar Wilde`),
  list("culture", "person", "artist", `Leonardo da Vinci | Michelangelo | Raphael | Rembrandt | Vincent van Gogh |
    Pablo Picasso | Claude Monet | Salvador Dalí | Frida Kahlo | Johannes Vermeer | J. M. W. Turner | Caravaggio |
    Sandro Botticelli | Henri Matisse | Andy Warhol | Édouard Manet | Paul Cézanne | Gustav Klimt | Edvard Munch |
    Francisco Goya | Diego Velázquez | Jackson Pollock | Titian | Albrecht Dürer`),
  list("culture", "person", "musician", `Wolfgang Amadeus Mozart | Ludwig van Beethoven | Johann Sebastian Bach |
    Frédéric Chopin | Pyotr Ilyich Tchaikovsky | Elvis Presley | John Lennon | Paul McCartney | Bob Dylan | David Bowie |
    Freddie Mercury | Michael Jackson | Madonna | Beyoncé | Taylor Swift | Elton John | Aretha Franklin |
    Louis Armstrong | Frank Sinatra | Jimi Hendrix | Bob Marley | Adele | Johnny Cash | Ella Fitzgerald | Miles Davis |
    Giuseppe Verdi | Richard Wagner | Antonio Vivaldi`),
  list("religion", "person", "religious", `Jesus | Muhammad | Moses | Abraham | Gautama Buddha | Confucius | Martin Luther |
    John Calvin | Pope Francis | Pope John Paul II | Saint Peter | Paul the Apostle | Augustine of Hippo |
    Thomas Aquinas | 14th Dalai Lama | Guru Nanak | Zoroaster | Mother Teresa | Francis of Assisi | Rumi |
    Ali ibn Abi Talib | Desmond Tutu | John Wesley | Laozi`),

  // Sport: one list per discipline, so a chess coach is offered chess coaches.
  list("sport", "person", "athlete", `Lionel Messi | Cristiano Ronaldo | Pelé | Diego Maradona | Johan Cruyff |
    Zinedine Zidane | Franz Beckenbauer | Thierry Henry | Kylian Mbappé | Erling Haaland | Mohamed Salah | Harry Kane |
    Robert Lewandowski | Luka Modrić | Andrés Iniesta | Gianluigi Buffon | Paolo Maldini | Wayne Rooney | David Beckham |
    Steven Gerrard | Didier Drogba | George Weah | Neymar | Ronaldinho | Kaká | Bobby Charlton | George Best |
    Ferenc Puskás | Alfredo Di Stéfano | Lev Yashin | Eusébio | Marta | Megan Rapinoe | Alexia Putellas | Mia Hamm`, "football"),
  list("sport", "person", "coach", `Alex Ferguson | Pep Guardiola | José Mourinho | Jürgen Klopp | Arsène Wenger |
    Carlo Ancelotti | Rinus Michels | Arrigo Sacchi | Bob Paisley | Bill Shankly | Brian Clough | Matt Busby |
    Vicente del Bosque | Didier Deschamps | Joachim Löw | Diego Simeone | Marcelo Bielsa | Luis Enrique | Mikel Arteta |
    Ernst Happel | Helenio Herrera | Fatih Terim | Sarina Wiegman | Mauricio Pochettino | Antonio Conte | Louis van Gaal |
    Hansi Flick`, "football"),
  list("sport", "person", "athlete", `Usain Bolt | Eliud Kipchoge | Mo Farah | Haile Gebrselassie | Kenenisa Bekele |
    Paula Radcliffe | Carl Lewis | Jesse Owens | Michael Johnson | Florence Griffith-Joyner | Sebastian Coe | Steve Ovett |
    Hicham El Guerrouj | Emil Zátopek | Abebe Bikila | Kelvin Kiptum | Brigid Kosgei | Faith Kipyegon | Sifan Hassan |
    Tirunesh Dibaba | David Rudisha | Shelly-Ann Fraser-Pryce | Allyson Felix | Jakob Ingebrigtsen | Wilson Kipsang |
    Dennis Kimetto | Tigst Assefa`, "athletics"),
  list("sport", "person", "coach", `Patrick Sang | Renato Canova | Glen Mills | Bill Bowerman | Arthur Lydiard |
    Percy Cerutty | Gabriele Rosa | Jerry Schumacher | Colm O'Connell | Stephen Francis | Peter Coe | Gary Lough |
    Franz Stampfl | Bud Winter`, "athletics"),
  list("sport", "person", "athlete", `Tiger Woods | Jack Nicklaus | Arnold Palmer | Gary Player | Phil Mickelson |
    Rory McIlroy | Jordan Spieth | Brooks Koepka | Dustin Johnson | Justin Rose | Sergio García | Ernie Els | Vijay Singh |
    Seve Ballesteros | Nick Faldo | Tom Watson | Ben Hogan | Annika Sörenstam | Scottie Scheffler | Jon Rahm |
    Lee Westwood | Padraig Harrington | Louis Oosthuizen | Graeme McDowell | Zach Johnson | Jim Furyk | Nelly Korda |
    Lydia Ko | Bubba Watson`, "golf"),
  list("sport", "person", "athlete", `Roger Federer | Rafael Nadal | Novak Djokovic | Serena Williams | Venus Williams |
    Steffi Graf | Martina Navratilova | Chris Evert | Billie Jean King | Björn Borg | John McEnroe | Pete Sampras |
    Andre Agassi | Andy Murray | Rod Laver | Carlos Alcaraz | Jannik Sinner | Iga Świątek | Naomi Osaka | Margaret Court |
    Monica Seles | Boris Becker | Aryna Sabalenka`, "tennis"),
  list("sport", "person", "coach", `Toni Nadal | Ivan Lendl | Patrick Mouratoglou | Brad Gilbert | Darren Cahill |
    Nick Bollettieri | Marián Vajda | Goran Ivanišević | Severin Lüthi | Paul Annacone | Amélie Mauresmo |
    Juan Carlos Ferrero | Tomasz Wiktorowski | Judy Murray`, "tennis"),
  list("sport", "person", "athlete", `Michael Jordan | LeBron James | Kobe Bryant | Magic Johnson | Larry Bird |
    Kareem Abdul-Jabbar | Shaquille O'Neal | Stephen Curry | Kevin Durant | Tim Duncan | Wilt Chamberlain | Bill Russell |
    Dirk Nowitzki | Giannis Antetokounmpo | Nikola Jokić | Hakeem Olajuwon | Luka Dončić | Yao Ming | Diana Taurasi |
    Lisa Leslie`, "basketball"),
  list("sport", "person", "coach", `Phil Jackson | Gregg Popovich | Red Auerbach | Pat Riley | Steve Kerr |
    Mike Krzyzewski | John Wooden | Erik Spoelstra | Doc Rivers | Larry Brown | Don Nelson | Lenny Wilkens | Jerry Sloan |
    Chuck Daly | Dean Smith`, "basketball"),
  list("sport", "person", "athlete", `Magnus Carlsen | Garry Kasparov | Anatoly Karpov | Bobby Fischer |
    Viswanathan Anand | Vladimir Kramnik | Mikhail Tal | José Raúl Capablanca | Emanuel Lasker | Alexander Alekhine |
    Mikhail Botvinnik | Tigran Petrosian | Boris Spassky | Judit Polgár | Hou Yifan | Ding Liren | Fabiano Caruana |
    Hikaru Nakamura | Teimour Radjabov | Shakhriyar Mamedyarov | Paul Morphy | Wilhelm Steinitz | Vasily Smyslov |
    Ian Nepomniachtchi`, "chess"),
  list("sport", "person", "coach", `Mark Dvoretsky | Artur Yusupov | Peter Heine Nielsen | Simen Agdestein |
    Igor Bondarevsky | Alexander Koblents | Vladimir Zak | Yuri Razuvaev | Jacob Aagaard | Boris Gelfand |
    Elizbar Ubilava | R. B. Ramesh | Garry Kasparov`, "chess"),
  list("sport", "person", "athlete", `Lewis Hamilton | Michael Schumacher | Ayrton Senna | Alain Prost | Max Verstappen |
    Sebastian Vettel | Fernando Alonso | Niki Lauda | Juan Manuel Fangio | Jackie Stewart | Jim Clark | Nigel Mansell |
    Mika Häkkinen | Kimi Räikkönen | Nico Rosberg | Jenson Button | Damon Hill | Graham Hill | Stirling Moss |
    Charles Leclerc`, "motor-racing"),
];
