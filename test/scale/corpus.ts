// A synthetic news corpus for the store, worker and scale tests and the scale benchmark: short
// invented notes, varied in place, actors, kind of event, numbers and day, so that the coder codes
// events from them. Deterministic for a given size and seed. No real reporting is used.

export interface CorpusDocument { id: string; title: string; text: string; published_at: string; source: string }

const PLACES = [
  ['Nakuru', 'Kenya'], ['Kisumu', 'Kenya'], ['Eldoret', 'Kenya'], ['Mombasa', 'Kenya'], ['Garissa', 'Kenya'],
  ['Kano', 'Nigeria'], ['Maiduguri', 'Nigeria'], ['Jos', 'Nigeria'], ['Kaduna', 'Nigeria'], ['Ibadan', 'Nigeria'],
  ['Goma', 'Democratic Republic of Congo'], ['Bunia', 'Democratic Republic of Congo'], ['Gao', 'Mali'], ['Mopti', 'Mali'],
  ['Djibo', 'Burkina Faso'], ['Kaya', 'Burkina Faso'], ['Beledweyne', 'Somalia'], ['Kismayo', 'Somalia'],
  ['Dhaka', 'Bangladesh'], ['Chittagong', 'Bangladesh'], ['Lahore', 'Pakistan'], ['Quetta', 'Pakistan'],
  ['Aleppo', 'Syria'], ['Idlib', 'Syria'], ['Kharkiv', 'Ukraine'], ['Kherson', 'Ukraine'], ['Mandalay', 'Myanmar'],
  ['Port-au-Prince', 'Haiti'], ['Cali', 'Colombia'], ['Culiacan', 'Mexico'],
] as const;

const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const GROUPS = ['traders', 'students', 'teachers', 'farmers', 'nurses', 'transport workers', 'residents'];
const GRIEVANCES = ['fuel prices', 'unpaid salaries', 'rising food prices', 'a new tax', 'power cuts', 'land evictions'];

/** One note of the given kind; `n` picks place, numbers and words. */
const KINDS: ((n: number, place: string, country: string, day: string) => { title: string; text: string })[] = [
  (n, place, country, day) => ({
    title: `Protest over ${GRIEVANCES[n % GRIEVANCES.length]} in ${place}`,
    text: `Hundreds of ${GROUPS[n % GROUPS.length]} marched through ${place}, ${country}, on ${day} to protest against ${GRIEVANCES[n % GRIEVANCES.length]}. The demonstration ended peacefully outside the regional offices, where organisers handed over a petition.`,
  }),
  (n, place, country, day) => ({
    title: `Gunmen kill villagers near ${place}`,
    text: `Unidentified gunmen killed ${NUMBERS[n % NUMBERS.length]} civilians in an attack on a village near ${place}, ${country}, on ${day}, local officials said. The attackers set fire to several houses before fleeing.`,
  }),
  (n, place, country, day) => ({
    title: `Soldiers and militants clash in ${place}`,
    text: `Soldiers clashed with militants in ${place}, ${country}, on ${day}, leaving ${NUMBERS[(n + 3) % NUMBERS.length]} people dead, the army said in a statement. Fighting lasted several hours.`,
  }),
  (n, place, country, day) => ({
    title: `Police fire tear gas at rioters in ${place}`,
    text: `Police fired tear gas at rioters who burned tyres and looted shops in ${place}, ${country}, on ${day}. Officers arrested ${NUMBERS[(n + 5) % NUMBERS.length]} people, a police spokesman said.`,
  }),
];

/** `size` notes; every `copyEvery`-th note is a syndicated copy of the one before (same event, other wording). */
export function syntheticCorpus(size: number, options: { seed?: number; copyEvery?: number } = {}): CorpusDocument[] {
  const seed = options.seed ?? 1;
  const out: CorpusDocument[] = [];
  for (let i = 0; i < size; i++) {
    const copyEvery = options.copyEvery ?? 0;
    const isCopy = copyEvery > 0 && i > 0 && i % copyEvery === 0;
    const n = isCopy ? i - 1 : i;
    const [place, country] = PLACES[(n * 7 + seed) % PLACES.length]!;
    // Spread over ten years so that (place, day, actors) repeat only every 10,950 notes.
    const date = new Date(Date.UTC(2016, 0, 1) + ((n * 37 + seed * 11) % 3650) * 86_400_000);
    const published = date.toISOString().slice(0, 10);
    const kind = KINDS[(n + seed) % KINDS.length]!(n, place, country, WEEKDAYS[(date.getUTCDay() + 6) % 7]!);
    // A closing line numbered per note keeps every note's text distinct (copies keep their original's).
    const body = `${kind.text} Officials gave no further details in statement ${n + 1}.`;
    const text = isCopy ? `${body} Reporting by the Example Desk.` : body;
    out.push({ id: `syn-${seed}-${i}`, title: kind.title, text, published_at: published, source: isCopy ? 'Example Wire' : 'Example News' });
  }
  return out;
}

export const toJsonl = (docs: CorpusDocument[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
