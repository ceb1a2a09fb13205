/** Characters XML forbids even escaped (C0 controls other than tab and line ends, U+FFFE/U+FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text with the characters XML cannot hold removed (a stray control character pasted into a title). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text made safe inside XML/HTML text and double-quoted attributes. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
