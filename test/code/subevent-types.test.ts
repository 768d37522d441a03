// One hand-written report per ACLED sub-event type: the coder's answer must have that type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, top } from './helpers.js';

const CASES: [string, string][] = [
  ['Government regains territory', 'On 4 March 2024, army troops recaptured the town of Kelvo from rebel fighters after two days of fighting.'],
  ['Non-state actor overtakes territory', 'On 4 March 2024, rebel fighters overran the town of Kelvo and seized control of the district headquarters.'],
  ['Armed clash', 'On 4 March 2024, soldiers clashed with militants near Kelvo, and the exchange of fire lasted two hours.'],
  ['Chemical weapon', 'On 4 March 2024, government aircraft dropped chlorine gas on Kelvo, a chemical attack that sickened dozens.'],
  ['Air/drone strike', 'On 4 March 2024, an airstrike by military warplanes hit a market in Kelvo, killing 3 people.'],
  ['Suicide bomb', 'On 4 March 2024, a suicide bomber blew himself up at a checkpoint in Kelvo, killing 5 soldiers.'],
  ['Shelling/artillery/missile attack', 'On 4 March 2024, rebels shelled residential areas of Kelvo with mortars, killing 2 civilians.'],
  ['Remote explosive/landmine/IED', 'On 4 March 2024, a roadside bomb struck a police vehicle near Kelvo, wounding 4 officers.'],
  ['Grenade', 'On 4 March 2024, unknown men threw a hand grenade into a bar in Kelvo, injuring 6 people.'],
  ['Sexual violence', 'On 4 March 2024, armed men raped two women near Kelvo.'],
  ['Attack', 'On 4 March 2024, gunmen shot dead a farmer in Kelvo village.'],
  ['Abduction/forced disappearance', 'On 4 March 2024, gunmen kidnapped 4 travellers on the road to Kelvo.'],
  ['Excessive force against protesters', 'On 4 March 2024, police opened fire on protesters in Kelvo, and 2 demonstrators were killed.'],
  ['Protest with intervention', 'On 4 March 2024, police dispersed protesters with tear gas in Kelvo.'],
  ['Peaceful protest', 'On 4 March 2024, hundreds of teachers held a protest in Kelvo to demand unpaid salaries.'],
  ['Violent demonstration', 'On 4 March 2024, demonstrators burned tyres and pelted police with stones in Kelvo during a protest over fuel prices.'],
  ['Mob violence', 'On 4 March 2024, a mob lynched a suspected thief in Kelvo market.'],
  ['Agreement', 'On 4 March 2024, the two armed groups signed a peace agreement in Kelvo.'],
  ['Arrests', 'On 4 March 2024, police arrested the opposition leader at his home in Kelvo.'],
  ['Change to group/activity', 'On 4 March 2024, the army deployed troops and reinforcements to Kelvo.'],
  ['Disrupted weapons use', 'On 4 March 2024, bomb disposal experts defused an explosive device found near Kelvo.'],
  ['Headquarters or base established', 'On 4 March 2024, the militia established a new base in Kelvo.'],
  ['Looting/property destruction', 'On 4 March 2024, armed men looted shops and torched houses in Kelvo.'],
  ['Non-violent transfer of territory', 'On 4 March 2024, the militia handed over control of Kelvo to the army without resistance.'],
  ['Other', 'On 4 March 2024, villagers found a mass grave near Kelvo.'],
];

for (const [sub, text] of CASES) {
  test(`sub-event type: ${sub}`, async () => {
    const e = top(await code(text));
    assert.ok(e, `no event for: ${text}`);
    assert.equal(e.sub_event_type, sub);
    assert.equal(e.event_date, '2024-03-04');
    assert.ok(e.evidence.some((x) => x.field === 'sub_event_type'), 'type evidence');
  });
}
