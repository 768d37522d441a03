// Colours of ACLED's six event types (also the order of the legend).
export const TYPE_COLORS = {
  'Battles': '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#8e44ad',
  'Riots': '#c9a400',
  'Protests': '#1f77b4',
  'Strategic developments': '#2ca02c',
};
export const OTHER_COLOR = '#7f7f7f';
export const colorOf = (type) => TYPE_COLORS[type] ?? OTHER_COLOR;
