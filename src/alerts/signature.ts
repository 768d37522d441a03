// The webhook signature: HMAC-SHA256 of the exact request body with the rule's secret, sent as
// `X-Sitrep-Signature: sha256=<hex>` (the GitHub webhook convention, so receivers know the shape).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-sitrep-signature';

export function sign(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Constant-time check of a received signature header against the body. */
export function verify(secret: string, body: string | Buffer, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(sign(secret, body));
  const got = Buffer.from(header);
  return got.length === expected.length && timingSafeEqual(got, expected);
}
