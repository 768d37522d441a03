// `sitrep alerts add|list|remove|deliveries`: saved filters over events and where their matches go.
import { dbLocation, parseCommandArgs, type Command } from '../command.js';
import { checkRuleInput } from '../../alerts/rule-input.js';
import { openStore } from '../../store/index.js';
import type { AlertRule } from '../../store/alerts.js';

const OPTIONS = {
  name: { type: 'string' }, country: { type: 'string' }, admin1: { type: 'string' }, bbox: { type: 'string' },
  'event-type': { type: 'string' }, 'sub-event-type': { type: 'string' }, actor: { type: 'string' },
  'min-fatalities': { type: 'string' }, webhook: { type: 'string' }, secret: { type: 'string' }, output: { type: 'string' },
  rule: { type: 'string' }, json: { type: 'boolean' },
} as const;

function describe(r: AlertRule): string {
  const filters = [
    r.country && `country=${r.country}`, r.admin1 && `admin1=${r.admin1}`, r.bbox && `bbox=${r.bbox.join(',')}`,
    r.eventType && `event_type=${r.eventType}`, r.subEventType && `sub_event_type=${r.subEventType}`,
    r.actorText && `actor~${r.actorText}`, r.minFatalities !== null && `fatalities>=${r.minFatalities}`,
  ].filter(Boolean).join(' ') || '(every event)';
  const to = [r.webhookUrl && `webhook ${r.webhookUrl}`, r.output && (r.output === '-' ? 'stdout' : `file ${r.output}`)].filter(Boolean).join(', ');
  return `#${r.id} ${r.name}: ${filters} → ${to}`;
}

export const command: Command = {
  summary: 'alert rules: add, list, remove; and their deliveries',
  usage: `usage:
  sitrep alerts add --name <name> [--country C] [--admin1 A] [--bbox west,south,east,north]
                    [--event-type T] [--sub-event-type S] [--actor text] [--min-fatalities N]
                    [--webhook URL [--secret S]] [--output <file>|-]
      a webhook gets a POST of the event as JSON, signed: X-Sitrep-Signature: sha256=HMAC(secret, body)
      (a secret is generated and printed when none is given); --output appends one JSON line per match
  sitrep alerts list [--json]
  sitrep alerts remove <id>
  sitrep alerts deliveries [--rule <id>] [--json]      the delivery log`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS);
    const [action, ...args] = positionals;
    const store = await openStore(dbLocation(values.db));
    try {
      switch (action) {
        case 'add': {
          const check = checkRuleInput({
            name: values.name, country: values.country, admin1: values.admin1, bbox: values.bbox, event_type: values['event-type'],
            sub_event_type: values['sub-event-type'], actor: values.actor, min_fatalities: values['min-fatalities'],
            webhook: values.webhook, secret: values.secret, output: values.output,
          });
          if (!check.ok) { console.error(`sitrep alerts add: ${check.error}`); return 2; }
          const rule = await store.alerts.addRule(check.rule);
          if (values.json) console.log(JSON.stringify(rule));
          else {
            console.log(`added ${describe(rule)}`);
            if (rule.webhookUrl && !values.secret) console.log(`webhook secret (keep it to verify X-Sitrep-Signature): ${rule.secret}`);
          }
          return 0;
        }
        case 'list': {
          const rules = await store.alerts.listRules();
          if (values.json) console.log(JSON.stringify(rules.map(({ secret: _s, ...r }) => r)));
          else console.log(rules.length ? rules.map(describe).join('\n') : 'no alert rules');
          return 0;
        }
        case 'remove': {
          const id = Number(args[0]);
          if (!Number.isInteger(id)) { console.error('sitrep alerts remove: give the id of a rule (see `sitrep alerts list`)'); return 2; }
          if (!(await store.alerts.removeRule(id))) { console.error(`sitrep alerts remove: no rule #${id}`); return 1; }
          console.log(`removed rule #${id}`);
          return 0;
        }
        case 'deliveries': {
          const list = await store.alerts.deliveries(values.rule ? Number(values.rule) : undefined, 1000);
          if (values.json) { console.log(JSON.stringify(list)); return 0; }
          for (const d of list) {
            console.log(`#${d.id} rule ${d.ruleId} event ${d.eventId}: ${d.status} after ${d.attempts} attempt(s)${d.lastError ? ` — ${d.lastError}` : ''}`);
          }
          if (!list.length) console.log('no deliveries');
          return 0;
        }
        default:
          console.error(`sitrep alerts: say what to do: add, list, remove or deliveries\n\n${this.usage}`);
          return 2;
      }
    } finally {
      await store.close();
    }
  },
};
