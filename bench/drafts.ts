/**
 * Benchmark drafts: realistic support replies, some with escalating phrases, assembled
 * deterministically (seeded) to the lengths the issue names.
 */
const SENTENCES = [
  'Hi Maria, thanks for getting in touch about order 48213.',
  'I understand how frustrating it is to wait for a parcel that was promised last week.',
  'Please calm down, that is our policy and there is nothing I can do.',
  "I'm really sorry about the double charge on your card.",
  'As I already said, you should have checked the tracking page first.',
  'I have asked the warehouse to send a replacement today, and it should reach you by Friday.',
  "We're sorry, but refunds are impossible after 30 days.",
  'Could you confirm the address you used at checkout?',
  'Unfortunately the problem is on the courier side, not ours.',
  'I will personally follow up with the billing team and email you tomorrow morning.',
  "That's not my department, you need to contact sales.",
  'Is there anything else I can help you with today?',
  'You misunderstood the terms of the subscription.',
  'Our policy is to refund you in full when an item arrives damaged.',
  "I'm busy right now, please hold.",
  'Thank you for your patience while we looked into this.',
];

export function draft(length: number, seed = 7): string {
  let x = seed;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  let out = '';
  while (out.length < length) {
    out += SENTENCES[Math.floor(next() * SENTENCES.length)]!;
    out += next() < 0.2 ? '\n\n' : ' ';
  }
  return out.slice(0, length);
}
