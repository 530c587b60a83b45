/**
 * The trades a resident may search for, as data: each has a key (stored with each trader), the label the
 * register and the site use, and the other words people type for it. Matching folds case, accents,
 * punctuation and a trailing plural "s", so "Roofers", "roofer" and "ROOF" all find roofing.
 * To add a trade or a word, edit this list; nothing else changes.
 */
export interface Trade {
  /** Stored with each trader in trader_trades; never shown. */
  key: string;
  /** The name shown to residents and used in the register file. */
  label: string;
  /** Other words for the same trade (the label and the key match too). */
  synonyms: readonly string[];
}

export const TRADES: readonly Trade[] = [
  {
    key: 'roofing',
    label: 'Roofing',
    synonyms: ['roofer', 'roof', 'roof repairs', 'flat roofing', 'slater', 'tiled roofs'],
  },
  {
    key: 'guttering',
    label: 'Guttering and fascias',
    synonyms: ['gutter', 'gutters', 'gutter cleaning', 'fascia', 'fascias', 'soffit', 'soffits', 'roofline'],
  },
  { key: 'plumbing', label: 'Plumbing', synonyms: ['plumber', 'leaks', 'taps', 'pipes'] },
  {
    key: 'heating',
    label: 'Heating and boilers',
    synonyms: [
      'heating engineer',
      'gas engineer',
      'gas',
      'gas fitter',
      'boiler',
      'boiler repairs',
      'central heating',
      'gas safe',
      'radiators',
      'heat pump',
    ],
  },
  { key: 'electrical', label: 'Electrical', synonyms: ['electrician', 'electrics', 'sparky', 'rewiring', 'wiring'] },
  {
    key: 'building',
    label: 'Building',
    synonyms: ['builder', 'general builder', 'extensions', 'extension', 'conversions'],
  },
  {
    key: 'brickwork',
    label: 'Brickwork and pointing',
    synonyms: ['bricklayer', 'bricklaying', 'pointing', 'repointing', 'walls'],
  },
  { key: 'carpentry', label: 'Carpentry and joinery', synonyms: ['carpenter', 'joiner', 'joinery', 'woodwork'] },
  { key: 'plastering', label: 'Plastering', synonyms: ['plasterer', 'rendering', 'render', 'skimming'] },
  {
    key: 'decorating',
    label: 'Painting and decorating',
    synonyms: ['painter', 'decorator', 'painting', 'painter and decorator', 'wallpapering'],
  },
  {
    key: 'driveways',
    label: 'Driveways and paving',
    synonyms: ['driveway', 'paving', 'block paving', 'patio', 'patios', 'tarmac', 'resin driveways'],
  },
  {
    key: 'gardening',
    label: 'Gardening and landscaping',
    synonyms: ['gardener', 'garden', 'landscaper', 'landscaping', 'lawns', 'hedge cutting'],
  },
  {
    key: 'tree-surgery',
    label: 'Tree surgery',
    synonyms: ['tree surgeon', 'trees', 'tree', 'arborist', 'tree felling'],
  },
  { key: 'fencing', label: 'Fencing', synonyms: ['fence', 'fencer', 'fence panels', 'gates'] },
  {
    key: 'windows-doors',
    label: 'Windows and doors',
    synonyms: ['windows', 'window', 'sash windows', 'doors', 'door', 'double glazing', 'glazing', 'glazier', 'upvc'],
  },
  { key: 'locksmith', label: 'Locksmith', synonyms: ['locks', 'lock', 'lockout', 'locksmiths'] },
  { key: 'kitchens', label: 'Kitchens', synonyms: ['kitchen', 'kitchen fitter', 'kitchen fitting', 'worktops'] },
  {
    key: 'bathrooms',
    label: 'Bathrooms',
    synonyms: ['bathroom', 'bathroom fitter', 'showers', 'wet rooms', 'wet room'],
  },
  { key: 'tiling', label: 'Tiling', synonyms: ['tiler', 'tiles', 'wall tiling', 'floor tiling'] },
  {
    key: 'flooring',
    label: 'Flooring and carpets',
    synonyms: ['floor', 'floors', 'carpet', 'carpets', 'carpet fitter', 'laminate'],
  },
  { key: 'chimney', label: 'Chimney sweeping', synonyms: ['chimney sweep', 'sweep', 'chimneys', 'chimney repairs'] },
  {
    key: 'damp',
    label: 'Damp proofing',
    synonyms: ['damp proof', 'damp', 'condensation', 'mould', 'timber treatment'],
  },
  { key: 'insulation', label: 'Insulation', synonyms: ['loft insulation', 'cavity wall insulation', 'loft', 'lofts'] },
  { key: 'solar', label: 'Solar panels', synonyms: ['solar', 'solar pv', 'photovoltaic', 'battery storage'] },
  { key: 'drainage', label: 'Drainage', synonyms: ['drains', 'drain', 'blocked drains', 'drain clearance'] },
  { key: 'scaffolding', label: 'Scaffolding', synonyms: ['scaffolder', 'scaffold'] },
  {
    key: 'handyman',
    label: 'Handyman services',
    synonyms: ['handyman', 'odd jobs', 'property maintenance', 'home repairs'],
  },
  {
    key: 'security',
    label: 'Security and alarms',
    synonyms: ['burglar alarm', 'alarms', 'alarm', 'cctv', 'door entry'],
  },
  {
    key: 'pest-control',
    label: 'Pest control',
    synonyms: ['pests', 'rats', 'mice', 'wasps', 'wasp nest', 'exterminator'],
  },
  {
    key: 'cleaning',
    label: 'Cleaning',
    synonyms: ['cleaner', 'window cleaning', 'window cleaner', 'windows cleaned', 'carpet cleaning', 'oven cleaning'],
  },
  {
    key: 'removals',
    label: 'Removals and storage',
    synonyms: ['removal', 'removal company', 'storage', 'house clearance'],
  },
  {
    key: 'mobility',
    label: 'Mobility and stairlifts',
    synonyms: [
      'stairlift',
      'stairlifts',
      'stair lift',
      'stair lifts',
      'mobility aids',
      'mobility scooters',
      'grab rails',
    ],
  },
  {
    key: 'appliances',
    label: 'Appliance repairs',
    synonyms: ['appliance repair', 'washing machine repairs', 'white goods'],
  },
  {
    key: 'vehicle-repairs',
    label: 'Vehicle repairs and MOT',
    synonyms: ['garage', 'mechanic', 'mot', 'car repairs', 'servicing'],
  },
];
