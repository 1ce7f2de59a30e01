import ICAL from 'ical.js';
import {
  dialableNumber,
  emptyPersonInput,
  isKnownTimeZone,
  messagingServices,
  personInputSchema,
} from './person';
import type {
  Email,
  EmailKind,
  MessagingHandle,
  MessagingService,
  PersonInput,
  Phone,
  PhoneKind,
} from './person';

/**
 * The roster as vCard, both ways. Import reads vCard 3.0 (RFC 2426, what Apple Contacts, Outlook
 * and most phones export) and 4.0 (RFC 6350) into people to add, each with the reasons it would
 * be refused, so the UI can show them per card before anything is written. Export writes vCard
 * 4.0 that imports back to the same people.
 *
 * What is read: FN (or, without one, the name assembled from N: family name then given name
 * without a space for Chinese, Japanese and Korean names, given then family name with a space
 * otherwise), NICKNAME or the phonetic name (`X-PHONETIC-*`) or a second FN as the other name,
 * TITLE, ORG's second component as the department, TEL, EMAIL, IMPP and the messaging properties
 * phones write (`X-LINE`, `X-WECHAT` …), TZ when it names an IANA time zone, and NOTE. Everything
 * else is ignored. Availability and qualifications are not in vCard: they are internal roster
 * data, not address-book data, so export leaves them out and import leaves them empty.
 *
 * A file that is not vCard 3.0 or 4.0 (vCard 2.1 from an old phone, a broken card) is refused
 * as a whole with a code and the card number, never half read. Parsing (line folding, escaping,
 * parameters) is ical.js's; splitting the file into cards, checking versions and numbering
 * lines is done here so every refusal can say where it happened.
 *
 * Pure: no DOM, no storage. Decoding the file's bytes is the renderer's job.
 */

/** Most cards one file may hold; a company directory larger than this is imported in parts. */
export const maxVcardCards = 5000;

/** Why a card would be refused (or, for warnings, what was left out). */
export type VcardIssue = {
  /** The card's position in the file, from 1. */
  cardNumber: number;
  /** The person field concerned, or null for the whole card. */
  field: keyof PersonInput | null;
  /**
   * A `roster.validation.*` code, or `time-zone-offset` / `time-zone-unknown` for a TZ that was
   * left out (warnings).
   */
  code: string;
  /** True for what was left out but does not stop the import. */
  isWarning: boolean;
};

/** One card read into a person to add, with its issues. */
export type VcardCandidate = {
  cardNumber: number;
  input: PersonInput;
  issues: VcardIssue[];
};

/** Codes of {@link VcardRefusal}. */
export type VcardRefusalCode =
  /** No `BEGIN:VCARD` in the file. */
  | 'vcard-empty'
  /** More than {@link maxVcardCards} cards. */
  | 'vcard-too-many'
  /** A card without a VERSION line. */
  | 'vcard-version-missing'
  /** A card in a version other than 3.0 and 4.0 (`version` says which). */
  | 'vcard-version-unsupported'
  /** A card that starts but never ends. */
  | 'vcard-unclosed'
  /** Text outside any card. */
  | 'vcard-outside-card'
  /** A line that is not a vCard property (`line` says which). */
  | 'vcard-syntax'
  /** Quoted-printable values, which only vCard 2.1 writers use. */
  | 'vcard-quoted-printable';

/** Why a whole file is refused, and where. */
export type VcardRefusal = {
  code: VcardRefusalCode;
  /** The card (from 1) the problem is in, when it is in one. */
  cardNumber: number | null;
  /** The file line (from 1) of the problem, when known. */
  line: number | null;
  /** The version a `vcard-version-unsupported` card declares. */
  version: string | null;
};

/** What {@link parseVcards} made of a file. */
export type VcardParse =
  { ok: true; candidates: VcardCandidate[] } | { ok: false; refusal: VcardRefusal };

/** What import needs besides the file. */
export type VcardImportContext = {
  /** The time zone of a person whose card names none (the device's). */
  defaultTimeZone: string;
};

/** True when the text starts with a vCard (after a BOM and blank lines), whatever its version. */
export function looksLikeVcard(text: string): boolean {
  const firstLine = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\n|\r/u)
    .find((line) => line.trim() !== '');
  return firstLine !== undefined && /^\s*BEGIN:VCARD\s*$/iu.test(firstLine);
}

/** One logical line (folded lines joined) and the file line it starts on. */
type LogicalLine = { text: string; line: number };

/** A card's lines between BEGIN and END, and where it starts. */
type RawCard = { cardNumber: number; line: number; lines: LogicalLine[] };

/** Joins folded lines: a line starting with a space or tab continues the one before it. */
function unfold(text: string): LogicalLine[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const logical: LogicalLine[] = [];
  source.split(/\r\n|\n|\r/u).forEach((physical, index) => {
    const previous = logical.at(-1);
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && previous !== undefined) {
      previous.text += physical.slice(1);
    } else {
      logical.push({ text: physical, line: index + 1 });
    }
  });
  return logical;
}

/** A refusal without a version. */
function refusal(code: VcardRefusalCode, cardNumber: number | null, line: number | null) {
  return { ok: false as const, refusal: { code, cardNumber, line, version: null } };
}

/** Splits a file into cards, refusing text outside cards and cards that never end. */
function splitCards(
  text: string,
): { ok: true; cards: RawCard[] } | { ok: false; refusal: VcardRefusal } {
  const cards: RawCard[] = [];
  let current: RawCard | null = null;
  for (const logical of unfold(text)) {
    const trimmed = logical.text.trim();
    if (trimmed === '') continue;
    if (/^BEGIN:VCARD$/iu.test(trimmed)) {
      if (current !== null) return refusal('vcard-unclosed', current.cardNumber, current.line);
      if (cards.length >= maxVcardCards) return refusal('vcard-too-many', null, null);
      current = { cardNumber: cards.length + 1, line: logical.line, lines: [] };
    } else if (/^END:VCARD$/iu.test(trimmed)) {
      if (current === null) return refusal('vcard-outside-card', null, logical.line);
      cards.push(current);
      current = null;
    } else if (current === null) {
      return refusal(
        cards.length === 0 ? 'vcard-empty' : 'vcard-outside-card',
        null,
        cards.length === 0 ? null : logical.line,
      );
    } else {
      current.lines.push(logical);
    }
  }
  if (current !== null) return refusal('vcard-unclosed', current.cardNumber, current.line);
  if (cards.length === 0) return refusal('vcard-empty', null, null);
  return { ok: true, cards };
}

/** A content line taken apart: `group.NAME;param;param:value`. */
type ContentLine = { group: string; name: string; params: string[]; value: string };

/** Splits `text` at `separator`, except inside double quotes (parameter values). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let isQuoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"') isQuoted = !isQuoted;
    else if (character === separator && !isQuoted) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Takes a content line apart; null when it has no `:` outside quotes (not a property). */
function readContentLine(text: string): ContentLine | null {
  let isQuoted = false;
  let colon = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"') isQuoted = !isQuoted;
    else if (character === ':' && !isQuoted) {
      colon = index;
      break;
    }
  }
  if (colon <= 0) return null;
  const [qualifiedName = '', ...params] = splitOutsideQuotes(text.slice(0, colon), ';');
  const dot = qualifiedName.lastIndexOf('.');
  return {
    group: dot === -1 ? '' : qualifiedName.slice(0, dot),
    name: qualifiedName.slice(dot + 1).toUpperCase(),
    params,
    value: text.slice(colon + 1),
  };
}

/** Puts a content line back together. */
function writeContentLine(line: ContentLine): string {
  const name = line.group === '' ? line.name : `${line.group}.${line.name}`;
  return [name, ...line.params].join(';') + ':' + line.value;
}

/** The name of a parameter (`TYPE` of `TYPE=cell`), upper case. */
function parameterName(param: string): string {
  return (param.split('=')[0] ?? '').trim().toUpperCase();
}

/** Messaging properties phones and address books write, by the service or label they stand for. */
const messagingProperties: Readonly<Record<string, MessagingService | { label: string }>> = {
  'X-LINE': 'line',
  'X-WECHAT': 'wechat',
  'X-WEIXIN': 'wechat',
  'X-WECOM': 'wecom',
  'X-WXWORK': 'wecom',
  'X-DINGTALK': 'dingtalk',
  'X-FEISHU': 'feishu',
  'X-LARK': 'feishu',
  'X-TEAMS': 'teams',
  'X-MSTEAMS': 'teams',
  'X-SLACK': 'slack',
  'X-SKYPE': { label: 'Skype' },
  'X-SKYPE-USERNAME': { label: 'Skype' },
  'X-QQ': { label: 'QQ' },
  'X-TELEGRAM': { label: 'Telegram' },
  'X-WHATSAPP': { label: 'WhatsApp' },
  'X-SIGNAL': { label: 'Signal' },
  'X-JABBER': { label: 'Jabber' },
  'X-AIM': { label: 'AIM' },
  'X-ICQ': { label: 'ICQ' },
  'X-MSN': { label: 'MSN' },
  'X-YAHOO': { label: 'Yahoo' },
  'X-GOOGLE-TALK': { label: 'Google Talk' },
};

/** Properties import reads; the rest never reach the parser, so their quirks cannot break a card. */
const readProperties = new Set([
  'FN',
  'N',
  'NICKNAME',
  'TITLE',
  'ORG',
  'TEL',
  'EMAIL',
  'IMPP',
  'TZ',
  'NOTE',
  'X-PHONETIC-FIRST-NAME',
  'X-PHONETIC-MIDDLE-NAME',
  'X-PHONETIC-LAST-NAME',
  ...Object.keys(messagingProperties),
]);

/** Single-valued text properties, in which vCard 3.0 escapes `;` and ical.js leaves `\;` as it is. */
const plainTextProperties = new Set(['FN', 'TITLE', 'NOTE', 'EMAIL', 'NICKNAME']);

/** Removes the backslash of every escaped `;`, leaving other escapes (`\\`, `\,`) to ical.js. */
function unescapeSemicolons(value: string): string {
  let result = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] ?? '';
    const next = value[index + 1] ?? '';
    if (character === '\\' && next !== '') {
      result += next === ';' ? ';' : character + next;
      index += 1;
    } else {
      result += character;
    }
  }
  return result;
}

/**
 * A line of a card made ready for ical.js: a bare parameter (`TEL;CELL:`, which some vCard 3.0
 * writers still emit) becomes `TYPE=CELL`; TZ gets `VALUE=text` unless it says otherwise,
 * because vCard 3.0's default UTC-offset type would cut `Asia/Taipei` to `Asia/Ta`; and escaped
 * semicolons in plain text are unescaped, as vCard 3.0 requires writers to escape them.
 */
function prepareLine(line: ContentLine): ContentLine {
  const params = line.params.map((param) => (param.includes('=') ? param : `TYPE=${param}`));
  if (line.name === 'TZ' && !params.some((param) => parameterName(param) === 'VALUE')) {
    params.push('VALUE=text');
  }
  const value = plainTextProperties.has(line.name) ? unescapeSemicolons(line.value) : line.value;
  return { ...line, params, value };
}

/** A property as ical.js parsed it. */
type Property = {
  name: string;
  params: Readonly<Record<string, unknown>>;
  type: string;
  values: readonly unknown[];
};

/** The properties of a parsed card (jCard), checked shape by shape. */
function propertiesOf(jcard: unknown): Property[] | null {
  if (!Array.isArray(jcard) || jcard[0] !== 'vcard' || !Array.isArray(jcard[1])) return null;
  const entries: unknown[] = jcard[1];
  return entries.flatMap((entry): Property[] => {
    if (!Array.isArray(entry)) return [];
    const [name, params, type, ...values] = entry as unknown[];
    if (typeof name !== 'string' || typeof type !== 'string') return [];
    if (typeof params !== 'object' || params === null) return [];
    return [{ name: name.toUpperCase(), params: { ...params }, type, values }];
  });
}

/** Parses one prepared card; null when ical.js refuses it. */
function parseCard(version: string, lines: readonly string[]): Property[] | null {
  const text = ['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD'].join('\r\n');
  try {
    const parsed: unknown = ICAL.parse(text);
    return propertiesOf(parsed);
  } catch {
    return null;
  }
}

/** A component of a structured value (one string, or several joined by a space). */
function componentText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.filter((part): part is string => typeof part === 'string').join(' ');
  }
  return '';
}

/**
 * The text of a property: its values joined by `separator` (multi-valued text). ical.js leaves
 * the values of properties it has no definition for (`X-LINE`, vCard 3.0's IMPP) escaped.
 */
function propertyText(property: Property, separator = ','): string {
  const text = property.values
    .map((value) => (Array.isArray(value) ? value.map(componentText).join(';') : value))
    .filter((value): value is string => typeof value === 'string')
    .join(separator)
    .trim();
  return property.type === 'unknown' ? unescapeText(text) : text;
}

/** The components of a structured property (N, ORG); a single component may come as a string. */
function propertyComponents(property: Property): string[] {
  const [value] = property.values;
  if (Array.isArray(value)) return value.map((part) => componentText(part).trim());
  return [componentText(value).trim()];
}

/** A parameter's values, lower case (`TYPE=cell,voice` and `TYPE=cell;TYPE=voice` alike). */
function parameterValues(property: Property, name: string): string[] {
  const value = property.params[name];
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(','))
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
}

/** A parameter's single text value, as written; null when absent. */
function parameterText(property: Property, name: string): string | null {
  const value = property.params[name];
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : null;
}

/** Removes vCard text escapes from a value ical.js leaves raw (X- properties of unknown type). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/gu, (_, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}

/** Decodes `%XX` sequences; the text as it is when they are malformed. */
function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Characters of a URI kept as they are; everything else is percent-encoded. */
const uriSafeCharacter = /[A-Za-z0-9\-._~!$&'()*+,=:@/]/u;

/** Percent-encodes what a URI cannot hold as it is (spaces, `%`, `;`, non-ASCII). */
function percentEncode(text: string): string {
  return Array.from(text, (character) =>
    uriSafeCharacter.test(character) ? character : encodeURIComponent(character),
  ).join('');
}

/** Scripts whose names are written family name first, without a space. */
const familyFirstScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A display name from name parts: `王` + `小明` → `王小明`; `Ming` + `Wang` → `Ming Wang` (given,
 * middle, family, as Western names are said).
 */
export function assembleName(family: string, given: string, middle = ''): string {
  if (familyFirstScript.test(family) || familyFirstScript.test(given)) {
    return `${family}${middle}${given}`.trim();
  }
  return [given, middle, family].filter((part) => part !== '').join(' ');
}

/** Chinese two-character surnames, so `歐陽娜娜` splits as 歐陽 + 娜娜. */
const compoundSurnames = [
  '歐陽',
  '欧阳',
  '司馬',
  '司马',
  '諸葛',
  '诸葛',
  '上官',
  '司徒',
  '東方',
  '东方',
  '夏侯',
  '皇甫',
  '尉遲',
  '尉迟',
  '公孫',
  '公孙',
  '慕容',
  '長孫',
  '长孙',
  '宇文',
  '令狐',
  '軒轅',
  '轩辕',
  '端木',
  '范姜',
  '張簡',
  '张简',
];

/**
 * Family and given name when they can be told from a display name: a Chinese name of two to four
 * characters (surname first, two-character surnames known), or a Latin name of two words
 * (`Ming Wang` → Wang, Ming). Null otherwise: a wrong split would be worse than none.
 */
export function nameParts(name: string): { family: string; given: string } | null {
  const trimmed = name.trim();
  const characters = Array.from(trimmed);
  if (/^\p{Script=Han}{2,4}$/u.test(trimmed)) {
    const compound = compoundSurnames.find(
      (surname) => trimmed.startsWith(surname) && characters.length > 2,
    );
    const familyLength = compound === undefined ? 1 : 2;
    return {
      family: characters.slice(0, familyLength).join(''),
      given: characters.slice(familyLength).join(''),
    };
  }
  const words = trimmed.split(/\s+/u);
  const [given, family] = words;
  if (
    words.length === 2 &&
    given !== undefined &&
    family !== undefined &&
    words.every((word) => /^[\p{Script=Latin}'.-]+$/u.test(word))
  ) {
    return { family, given };
  }
  return null;
}

/** Messaging services by the names people and apps give them (case, width, spaces ignored). */
const messagingServiceNames: Readonly<Record<string, MessagingService>> = {
  line: 'line',
  wechat: 'wechat',
  weixin: 'wechat',
  微信: 'wechat',
  wecom: 'wecom',
  wechatwork: 'wecom',
  wxwork: 'wecom',
  企業微信: 'wecom',
  企业微信: 'wecom',
  dingtalk: 'dingtalk',
  dingding: 'dingtalk',
  釘釘: 'dingtalk',
  钉钉: 'dingtalk',
  feishu: 'feishu',
  lark: 'feishu',
  飛書: 'feishu',
  飞书: 'feishu',
  teams: 'teams',
  msteams: 'teams',
  microsoftteams: 'teams',
  slack: 'slack',
  other: 'other',
  其他: 'other',
};

/** A name reduced to what people mean: width, case, spaces, `_` and `-` ignored. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
}

/**
 * The messaging service a name stands for (`WeChat`, `微信`, `企業微信`, `Lark`, `other`), or null
 * for a name that is not one of {@link messagingServices}.
 */
export function messagingServiceOfName(name: string): MessagingService | null {
  const key = nameKey(name);
  return Object.hasOwn(messagingServiceNames, key) ? (messagingServiceNames[key] ?? null) : null;
}

/** IMPP URI schemes of the known services, and the one export writes for each. */
const serviceSchemes: Readonly<Record<MessagingService, string>> = {
  line: 'line',
  wechat: 'wechat',
  wecom: 'wecom',
  dingtalk: 'dingtalk',
  feishu: 'feishu',
  teams: 'msteams',
  slack: 'slack',
  // Apple's scheme for a service it does not know, named by X-SERVICE-TYPE.
  other: 'x-apple',
};

/** Schemes that say nothing about the service, which X-SERVICE-TYPE then names. */
const genericSchemes = new Set(['', 'x-apple', 'im']);

/** Readable names of other IMPP schemes, used as the handle's label. */
const schemeLabels: Readonly<Record<string, string>> = {
  skype: 'Skype',
  xmpp: 'XMPP',
  sip: 'SIP',
  aim: 'AIM',
  ymsgr: 'Yahoo',
  msnim: 'MSN',
  icq: 'ICQ',
  qq: 'QQ',
  tg: 'Telegram',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
  gtalk: 'Google Talk',
};

/** The service a scheme names, or null. */
function serviceOfScheme(scheme: string): MessagingService | null {
  const found = messagingServices.find(
    (service) => service !== 'other' && serviceSchemes[service] === scheme,
  );
  if (found !== undefined) return found;
  return scheme === 'weixin' ? 'wechat' : scheme === 'wxwork' ? 'wecom' : null;
}

/** A messaging handle from an IMPP property. */
function handleFromImpp(property: Property): MessagingHandle {
  const value = propertyText(property);
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/su.exec(value);
  const scheme = (match?.[1] ?? '').toLowerCase();
  const handle = percentDecode(match?.[2] ?? value).trim();
  const serviceType = parameterText(property, 'x-service-type');
  const byScheme = serviceOfScheme(scheme);
  if (byScheme !== null) return { service: byScheme, handle, label: serviceType ?? '' };
  if (genericSchemes.has(scheme)) {
    const named = serviceType === null ? null : messagingServiceOfName(serviceType);
    if (named !== null && named !== 'other') return { service: named, handle, label: '' };
    return { service: 'other', handle, label: serviceType ?? '' };
  }
  return { service: 'other', handle, label: serviceType ?? schemeLabels[scheme] ?? scheme };
}

/** The kind of a TEL by its TYPE parameter: cell first, then work, home, else other. */
function phoneKindOf(types: readonly string[]): PhoneKind {
  if (types.some((type) => type === 'cell' || type === 'mobile' || type === 'iphone')) {
    return 'mobile';
  }
  if (types.includes('work')) return 'work';
  if (types.includes('home')) return 'home';
  return 'other';
}

/** The kind of an EMAIL by its TYPE parameter. */
function emailKindOf(types: readonly string[]): EmailKind {
  if (types.includes('work')) return 'work';
  if (types.includes('home') || types.includes('personal')) return 'personal';
  return 'other';
}

/**
 * The parameter export writes the number with exactly as it was typed (spaces, extension
 * wording), since a `tel:` URI holds only the dialable digits. Other apps ignore it (RFC 6350
 * §6.10: unknown X- parameters are ignored); import prefers it while its digits match the URI.
 */
const phoneTextParameter = 'x-crisisroom-display';

/** A phone from a TEL property: `tel:` URIs unwrapped, `;ext=` as ` ext. `. */
function phoneFromTel(property: Property): Phone {
  const value = propertyText(property);
  let number = value;
  if (property.type === 'uri' || /^tel:/iu.test(value)) {
    const [main = '', ...uriParams] = value.replace(/^tel:/iu, '').split(';');
    const extension = uriParams
      .map((param) => /^ext=(.+)$/iu.exec(param)?.[1])
      .find((found) => found !== undefined);
    number = percentDecode(main) + (extension === undefined ? '' : ` ext. ${extension}`);
  }
  const typed = parameterText(property, phoneTextParameter);
  if (typed !== null && dialableNumber(typed) === dialableNumber(number)) number = typed;
  return { kind: phoneKindOf(parameterValues(property, 'type')), number: number.trim() };
}

/** A UTC offset as vCard writes it (`+08:00`, `-0500`, `Z`, `UTC+8`). */
const utcOffsetPattern = /^(?:(?:UTC|GMT)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$|^Z$/iu;

/**
 * The time zone a TZ value names: an IANA name as it is; a zero offset as `UTC`. Another offset
 * cannot be mapped (one offset is many zones with different daylight-saving rules), nor can a
 * free text name; both leave the zone out with a warning.
 */
function timeZoneOf(value: string): { zone: string } | { warning: string } {
  const trimmed = value.trim();
  const offset = utcOffsetPattern.exec(trimmed);
  if (offset !== null) {
    const isZero =
      offset[0].toUpperCase() === 'Z' || (Number(offset[2]) === 0 && Number(offset[3] ?? 0) === 0);
    return isZero ? { zone: 'UTC' } : { warning: 'time-zone-offset' };
  }
  if (isKnownTimeZone(trimmed)) return { zone: trimmed };
  // vCard 3.0 text form: `+08:00; CST; Asia/Shanghai`. An Area/Location name is preferred over
  // an abbreviation, which Intl may know as another zone (CST is North American).
  const known = trimmed
    .split(';')
    .map((part) => part.trim())
    .filter((part) => !utcOffsetPattern.test(part) && isKnownTimeZone(part));
  const named = known.find((part) => part.includes('/')) ?? known[0];
  return named === undefined ? { warning: 'time-zone-unknown' } : { zone: named };
}

/** Issue codes the person schema uses; zod's own messages (sentences) become `invalid`. */
function issueCode(message: string): string {
  return /^[a-z]+(?:-[a-z]+)*$/u.test(message) ? message : 'invalid';
}

/** The person field an issue path starts with. */
function fieldOfPath(path: readonly PropertyKey[]): keyof PersonInput | null {
  const [head] = path;
  return typeof head === 'string' && Object.hasOwn(personInputSchema.shape, head)
    ? (head as keyof PersonInput)
    : null;
}

/** Reads a parsed card into a person to add. */
function candidateFrom(
  cardNumber: number,
  properties: readonly Property[],
  context: VcardImportContext,
): VcardCandidate {
  const issues: VcardIssue[] = [];
  const input = emptyPersonInput(context.defaultTimeZone);
  const all = (name: string) => properties.filter((property) => property.name === name);
  const first = (name: string) => all(name).map((property) => propertyText(property))[0] ?? '';

  const fullNames = all('FN')
    .map((property) => propertyText(property))
    .filter((name) => name !== '');
  const [family = '', given = '', middle = ''] = all('N').map(propertyComponents)[0] ?? [];
  input.name = fullNames[0] ?? assembleName(family, given, middle);

  const phonetic = assembleName(
    first('X-PHONETIC-LAST-NAME'),
    first('X-PHONETIC-FIRST-NAME'),
    first('X-PHONETIC-MIDDLE-NAME'),
  );
  const nicknames = all('NICKNAME')
    .map((property) => propertyText(property, ', '))
    .filter((name) => name !== '');
  // A nickname first, then the phonetic name, then a second FN (vCard 4.0 writes one per language).
  const otherFullName = fullNames.find((name) => name !== input.name) ?? '';
  input.otherName = nicknames[0] ?? (phonetic !== '' ? phonetic : otherFullName);

  input.title = first('TITLE');
  const organization = all('ORG').map(propertyComponents)[0] ?? [];
  input.department = organization
    .slice(1)
    .filter((unit) => unit !== '')
    .join(' / ');

  input.phones = all('TEL')
    .map(phoneFromTel)
    .filter((phone) => phone.number !== '');
  input.emails = all('EMAIL').flatMap((property): Email[] => {
    const address = propertyText(property);
    return address === ''
      ? []
      : [{ kind: emailKindOf(parameterValues(property, 'type')), address }];
  });
  input.messaging = properties.flatMap((property): MessagingHandle[] => {
    if (property.name === 'IMPP') {
      const handle = handleFromImpp(property);
      return handle.handle === '' ? [] : [handle];
    }
    if (!Object.hasOwn(messagingProperties, property.name)) return [];
    const meaning = messagingProperties[property.name];
    const handle = propertyText(property);
    if (handle === '' || meaning === undefined) return [];
    return typeof meaning === 'string'
      ? [{ service: meaning, handle, label: '' }]
      : [{ service: 'other', handle, label: meaning.label }];
  });

  const zone = all('TZ').map((property) => propertyText(property))[0];
  if (zone !== undefined && zone !== '') {
    const found = timeZoneOf(zone);
    if ('zone' in found) input.timeZone = found.zone;
    else issues.push({ cardNumber, field: 'timeZone', code: found.warning, isWarning: true });
  }
  input.notes = all('NOTE')
    .map((property) => propertyText(property))
    .filter((note) => note !== '')
    .join('\n\n');

  const checked = personInputSchema.safeParse(input);
  if (!checked.success) {
    const reported = new Set<string | null>();
    for (const issue of checked.error.issues) {
      const field = fieldOfPath(issue.path);
      if (!reported.has(field)) {
        issues.push({ cardNumber, field, code: issueCode(issue.message), isWarning: false });
        reported.add(field);
      }
    }
  }
  return { cardNumber, input: checked.success ? checked.data : input, issues };
}

/** Reads one card: its version checked, its lines prepared and parsed. */
function readCard(
  card: RawCard,
  context: VcardImportContext,
): { ok: true; candidate: VcardCandidate } | { ok: false; refusal: VcardRefusal } {
  let version: string | null = null;
  const lines: { line: number; text: string }[] = [];
  for (const logical of card.lines) {
    const content = readContentLine(logical.text);
    if (content === null) return refusal('vcard-syntax', card.cardNumber, logical.line);
    if (content.name === 'VERSION') {
      version = content.value.trim();
      continue;
    }
    if (!readProperties.has(content.name)) continue;
    if (
      content.params.some(
        (param) =>
          parameterName(param) === 'ENCODING' &&
          /quoted-printable/iu.test(param.split('=')[1] ?? ''),
      )
    ) {
      return refusal('vcard-quoted-printable', card.cardNumber, logical.line);
    }
    lines.push({ line: logical.line, text: writeContentLine(prepareLine(content)) });
  }
  if (version === null) return refusal('vcard-version-missing', card.cardNumber, card.line);
  if (version !== '3.0' && version !== '4.0') {
    return {
      ok: false,
      refusal: {
        code: 'vcard-version-unsupported',
        cardNumber: card.cardNumber,
        line: card.line,
        version: version.slice(0, 20),
      },
    };
  }
  const properties = parseCard(
    version,
    lines.map(({ text }) => text),
  );
  if (properties === null) {
    // Only when the card as a whole fails: find the line to blame, one line at a time.
    const broken = lines.find(({ text }) => parseCard(version, [text]) === null);
    return refusal('vcard-syntax', card.cardNumber, broken?.line ?? card.line);
  }
  return { ok: true, candidate: candidateFrom(card.cardNumber, properties, context) };
}

/**
 * Reads a vCard file (3.0 or 4.0, any number of cards up to {@link maxVcardCards}) into people to
 * add, each with the reasons it would be refused and warnings for what was left out. A file that
 * is not vCard, a card of another version or a card that cannot be read refuses the whole file.
 */
export function parseVcards(text: string, context: VcardImportContext): VcardParse {
  const split = splitCards(text);
  if (!split.ok) return split;
  const candidates: VcardCandidate[] = [];
  for (const card of split.cards) {
    const read = readCard(card, context);
    if (!read.ok) return read;
    candidates.push(read.candidate);
  }
  return { ok: true, candidates };
}

/** A jCard property: name, parameters, value type, value. */
type JcardProperty = [string, Record<string, string | string[]>, string, unknown];

/** TYPE of each phone kind on export; `other` has none. */
const phoneTypes: Readonly<Record<PhoneKind, string | null>> = {
  mobile: 'cell',
  work: 'work',
  home: 'home',
  other: null,
};

/** TYPE of each email kind on export; `other` has none. */
const emailTypes: Readonly<Record<EmailKind, string | null>> = {
  work: 'work',
  personal: 'home',
  other: null,
};

/** The `tel:` URI of a number: its dialable digits, and the extension as `;ext=`. */
function telUri(number: string): string {
  const extension = /(?:ext\.?|x|#|轉|转|分機|分机)\s*([0-9]{1,8})\s*$/iu.exec(
    number.normalize('NFKC'),
  )?.[1];
  const dialable = dialableNumber(number);
  return `tel:${dialable === '' ? percentEncode(number) : dialable}${extension === undefined ? '' : `;ext=${extension}`}`;
}

/** The properties of one person's card. */
function cardProperties(person: PersonInput & { id?: string }): JcardProperty[] {
  const properties: JcardProperty[] = [
    ['version', {}, 'text', '4.0'],
    ['fn', {}, 'text', person.name],
  ];
  const parts = nameParts(person.name);
  if (parts !== null) properties.push(['n', {}, 'text', [parts.family, parts.given, '', '', '']]);
  if (person.otherName !== '') properties.push(['nickname', {}, 'text', person.otherName]);
  if (person.title !== '') properties.push(['title', {}, 'text', person.title]);
  if (person.department !== '') properties.push(['org', {}, 'text', ['', person.department]]);
  for (const phone of person.phones) {
    const type = phoneTypes[phone.kind];
    properties.push([
      'tel',
      {
        ...(type === null ? {} : { type }),
        value: 'uri',
        [phoneTextParameter]: phone.number,
      },
      'uri',
      telUri(phone.number),
    ]);
  }
  for (const email of person.emails) {
    const type = emailTypes[email.kind];
    properties.push(['email', type === null ? {} : { type }, 'text', email.address]);
  }
  for (const handle of person.messaging) {
    properties.push([
      'impp',
      handle.label === '' ? {} : { 'x-service-type': handle.label },
      'uri',
      `${serviceSchemes[handle.service]}:${percentEncode(handle.handle)}`,
    ]);
  }
  properties.push(['tz', {}, 'text', person.timeZone]);
  if (person.notes !== '') properties.push(['note', {}, 'text', person.notes]);
  if (person.id !== undefined) properties.push(['uid', {}, 'text', `urn:uuid:${person.id}`]);
  return properties;
}

/**
 * The people as vCard 4.0 text, one card per person, CRLF line ends: FN, N when the name can be
 * split, NICKNAME (the other name), TITLE, ORG (the department as its unit), TEL as `tel:` URIs,
 * EMAIL, IMPP, TZ and NOTE, and UID for stored people. {@link parseVcards} reads it back to the
 * same people.
 */
export function peopleToVcard(people: readonly (PersonInput & { id?: string })[]): string {
  return people
    .map((person) => `${new ICAL.Component(['vcard', cardProperties(person), []]).toString()}\r\n`)
    .join('');
}

/** The suggested file name of a vCard export made on `today` (`YYYY-MM-DD`). */
export function vcardFileName(today: string): string {
  return `crisis-team-${today}.vcf`;
}
