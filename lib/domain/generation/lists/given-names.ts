// Common given names that say a person's sex, for choices that keep to it: a mother's name among men's names
// ("Kevin Bacon's mother, _____": Daniel Stern, David Koepp) is ruled out by anyone. Only names used almost wholly
// for one sex are listed; a name not listed says nothing.
const FEMALE = `Abigail Ada Adele Agatha Agnes Alice Alison Amanda Amelia Amy Ana Anastasia Andrea Angela Angelina Ann Anna Anne
  Annette Antonia Ariana Audrey Barbara Beatrice Bella Bernadette Beth Betty Beverly Brenda Bridget Brooke Caroline Carol
  Carolyn Catherine Cecilia Celeste Charlotte Cheryl Christina Christine Claire Clara Claudia Colette Cynthia Daisy Danielle
  Deborah Denise Diana Diane Dolores Donna Doris Dorothy Edith Eleanor Elena Elisabeth Elizabeth Ella Ellen Eloise Elsa
  Emily Emma Erica Erin Esther Eva Eve Evelyn Fatima Fiona Florence Frances Gabriela Gemma Georgia Gloria Grace Hannah
  Harriet Heather Helen Helena Hilda Hillary Ingrid Irene Isabel Isabella Jacqueline Jane Janet Janice Jennifer Jessica
  Jill Joan Joanna Josephine Joyce Judith Judy Julia Julie Juliet Karen Katherine Kathleen Kathryn Kate Katie Kelly
  Kirsten Kristen Laura Lauren Leah Linda Lisa Louise Lucy Lydia Madeleine Madonna Margaret Maria Marie Marina Marion
  Martha Mary Maya Megan Melanie Melissa Meryl Michelle Miriam Monica Nancy Natalie Natasha Nicole Nina Olga Olivia
  Pamela Patricia Paula Pauline Penelope Rachel Rebecca Rita Rosa Rose Ruth Sabrina Sally Samantha Sandra Sarah Sharon
  Sheila Shirley Sofia Sophia Sophie Stephanie Susan Suzanne Sylvia Tamara Teresa Theresa Tina Tracy Ursula Valerie
  Vanessa Victoria Virginia Wendy Yvonne Zoe`;
const MALE = `Aaron Adam Adrian Alan Albert Alexander Alfred Andrew Anthony Antonio Arthur Barack Benjamin Bernard Bill Bob
  Brian Bruce Carl Carlos Charles Christopher Colin Craig Daniel David Dennis Dick Donald Douglas Duncan Edgar Edmund
  Edward Edwin Eric Ernest Eugene Frank Franklin Fred Frederick Gary Geoffrey George Gerald Gordon Graham Gregory
  Harold Harry Henry Herbert Howard Hugh Ian Isaac Jack Jacob James Jason Jeffrey Jeremy Jerry Jim Jimmy Joe John
  Johnny Jonathan Joseph Juan Justin Keith Kenneth Kevin Larry Lawrence Leonard Louis Luke Malcolm Mark Martin Matthew
  Michael Mohammed Muhammad Nathan Neil Nicholas Oliver Oscar Patrick Paul Peter Philip Ralph Raymond Richard Robert
  Roger Ronald Roy Russell Ryan Samuel Scott Sean Sergei Simon Stanley Stephen Steven Stuart Thomas Timothy Tom Tony
  Victor Vincent Vincenzo Vladimir Walter Wayne William Yusuf Zachary Mickey Kyle Brad Dustin Rory Kurt Ray Rick Ron Steve
  Ted Todd Troy Warren Jerry Earl Ramon Hans Ernest Niels Ulysses Lyndon Dwight Theodore Jimmy`;

const sexes = new Map<string, "f" | "m">([...FEMALE.split(/\s+/).filter(Boolean).map((n) => [n, "f"] as const), ...MALE.split(/\s+/).filter(Boolean).map((n) => [n, "m"] as const)]);

/** The sex a given name says, if it is a common one used almost wholly for one sex. */
export function sexOfGivenName(name: string): "f" | "m" | undefined {
  return sexes.get(name);
}
