// Name normalisation shared by the geocoder and the country lookup, so that
// "Köpenhamn", "KOPENHAMN" and "Kopenhamn" all meet under one key.

// Letters that Unicode NFD does not decompose into base letter + combining mark,
// so stripping marks alone would leave them untouched ("Łódź" would not match "Lodz").
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/**
 * Case-, diacritic- and punctuation-insensitive key for a place or country name.
 * Apostrophes vanish ("Kuril’sk" = "Kurilsk"); other punctuation becomes a space,
 * so "Washington, D.C." keys as "washington d c".
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđħıßæœþ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
