// ACLED interaction codes (codebook notes, "Actors / inter codes"): the two inter codes, lowest
// first, as a two-digit number; an event with one actor only is X0 (10, 20, ... 80).

/** Interaction code of two inter codes (order-independent); 0 for a missing actor. */
export function interaction(inter1: number, inter2: number): number {
  const a = Number.isInteger(inter1) && inter1 >= 1 && inter1 <= 8 ? inter1 : 0;
  const b = Number.isInteger(inter2) && inter2 >= 1 && inter2 <= 8 ? inter2 : 0;
  if (!a && !b) return 0;
  if (!a || !b) return (a || b) * 10;
  return Math.min(a, b) * 10 + Math.max(a, b);
}
