// Evidence offsets are UTF-8 byte offsets into an article's text (half-open
// [start, end)).  JavaScript strings index UTF-16 code units, so a name after
// a typographic quote (3 bytes, 1 unit), Cyrillic (2 bytes, 1 unit) or an
// emoji (4 bytes, 2 units) sits at a different index than its byte offset.

function utf8Length(cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Returns a function mapping a UTF-8 byte offset of `text` to the UTF-16
 * index of the same position.  An offset inside a character moves forward to
 * the next character boundary; one past the end maps to text.length.
 */
export function byteToIndex(text) {
  const bytes = [0];
  const units = [0];
  let b = 0;
  let u = 0;
  for (const ch of text) {
    b += utf8Length(ch.codePointAt(0));
    u += ch.length;
    bytes.push(b);
    units.push(u);
  }
  return (off) => {
    if (!(off > 0)) return 0;
    if (off >= b) return u;
    let lo = 0;
    let hi = bytes.length - 1;
    while (lo < hi) { // first boundary >= off
      const mid = (lo + hi) >> 1;
      if (bytes[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    return units[lo];
  };
}

/** The characters of `text` between two byte offsets. */
export function sliceBytes(text, start, end, map) {
  const f = map || byteToIndex(text);
  return text.slice(f(start), f(end));
}
