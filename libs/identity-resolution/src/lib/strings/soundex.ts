// Letter → digit table of American Soundex; 0 marks vowels and h/w/y, which separate codes.
const CODES = '01230120022455012623010202';

/**
 * American Soundex of an ASCII-folded, lower-case name ('' when it has no letters).
 * Used only for blocking keys, where a coarse phonetic code keeps misspelt names together.
 */
export function soundex(name: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < name.length && out.length < 4; i++) {
    const c = name.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) continue;
    const code = CODES[c - 97];
    if (out.length === 0) {
      out = String.fromCharCode(c);
      last = code;
      continue;
    }
    if (code !== '0' && code !== last) out += code;
    // h and w do not separate equal codes; vowels do.
    if (c !== 104 && c !== 119) last = code;
  }
  return out.length === 0 ? '' : out.padEnd(4, '0');
}
