// Names for the citizen the city puts on its screens. The city could be
// anywhere, so the names come from many languages, none chosen for a laugh.
export const GIVEN_NAMES = [
  'Alex', 'Mira', 'Jonas', 'Leyla', 'Samuel', 'Aiko', 'Noor', 'Luca', 'Fatou', 'Emil',
  'Hana', 'Mateo', 'Ines', 'Ravi', 'Zofia', 'Kwame', 'Lena', 'Yusuf', 'Marta', 'Chen',
  'Amara', 'Tobias', 'Sofia', 'Daniel', 'Nadia', 'Kai', 'Elif', 'Jan', 'Priya', 'Omar',
] as const;

export const FAMILY_NAMES = [
  'Berger', 'Okafor', 'Novak', 'Yilmaz', 'Lindqvist', 'Moreau', 'Haddad', 'Kowalski', 'Tanaka', 'Schmidt',
  'Mensah', 'Rossi', 'Petrov', 'Nguyen', 'Fischer', 'Silva', 'Kaya', 'Meyer', 'Olsen', 'Park',
  'Hoffmann', 'Diallo', 'Costa', 'Wagner', 'Ibrahim', 'Lang', 'Varga', 'Weiss', 'Santos', 'Becker',
] as const;

export function pick<T>(list: readonly T[], n: number): T {
  const item = list[Math.abs(Math.floor(n)) % list.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
