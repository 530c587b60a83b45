import { AREAS } from '../../lib/alerts/areas.ts';
import { CHANNELS } from '../../lib/alerts/channels.ts';
import type { AlertFilter } from '../../lib/alerts/listing.ts';
import type { AlertQueryError } from '../../lib/alerts/page.ts';
import { Button } from '../ui/Button.tsx';
import { Select } from '../ui/Select.tsx';

const AREA_OPTIONS = [
  { value: '', label: 'Anywhere in Hertfordshire' },
  ...AREAS.filter((a) => a.id !== 'hertfordshire' && a.id !== 'national').map((a) => ({ value: a.id, label: a.name })),
];
const CHANNEL_OPTIONS = [{ value: '', label: 'Any way' }, ...CHANNELS.map((c) => ({ value: c.id, label: c.name }))];

interface Props {
  filter: AlertFilter;
  errors: readonly AlertQueryError[];
}

/** Narrows the list by district and by how the scam comes: a GET form, so it works without JavaScript. */
export function AlertFilterForm({ filter, errors }: Props) {
  const error = (field: 'area' | 'channel') => errors.find((e) => e.field === field)?.message;
  return (
    <form className="alert-filter" method="get" action="/alerts/" noValidate>
      <Select
        id="area"
        label="Your area"
        hint="Alerts for all of Hertfordshire and the whole UK are always shown."
        options={AREA_OPTIONS}
        value={filter.area ?? ''}
        error={error('area')}
      />
      <Select
        id="channel"
        label="How the scam came"
        options={CHANNEL_OPTIONS}
        value={filter.channel ?? ''}
        error={error('channel')}
      />
      <Button>Show alerts</Button>
    </form>
  );
}
