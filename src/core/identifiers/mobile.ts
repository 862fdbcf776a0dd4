// Mobile phone numbers, parsed and classified by libphonenumber-js with its full ("max") metadata.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

export type MobileReason = 'format' | 'invalid' | 'notMobile';
export type MobileClass = 'mobile' | 'notMobile' | 'invalid';

const E164 = /^\+[1-9]\d{6,14}$/;
// E.164's shape (a + and digits only), whatever the length: the rest is for the parser to judge.
const E164_SHAPE = /^\+\d+$/;
const NOISE = /[\s.\-/()\u00a0]/g;
const MOBILE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** The number without spaces, dots, dashes, slashes or brackets; a leading `00` becomes `+`. */
export function compact(value: string): string {
  const stripped = value.replace(NOISE, '');
  return stripped.startsWith('00') ? `+${stripped.slice(2)}` : stripped;
}

/**
 * Fast path for the common case, built from the same library metadata: an E.164 number whose calling code
 * belongs to a single country and whose national number matches that country's MOBILE pattern.
 * Everything else goes through the full parser. A property test checks both agree.
 */
interface FastPlan {
  nationalPrefix: string | undefined;
  national: RegExp;
  mobile: RegExp;
}
// The numbering-plan methods the library uses internally; its typings do not declare them.
interface PlanMethods {
  nationalPrefix(): string | undefined;
  nationalNumberPattern(): string;
  type(type: 'MOBILE'): { pattern(): string } | undefined;
}
const fastPlans = new Map<string, FastPlan | null>();
const metadata = new Metadata(metadataJson);

function fastPlan(callingCode: string): FastPlan | null {
  let plan = fastPlans.get(callingCode);
  if (plan !== undefined) return plan;
  plan = null;
  const countries = (metadataJson.country_calling_codes as Record<string, string[]>)[callingCode];
  if (countries && countries.length === 1) {
    metadata.selectNumberingPlan(countries[0] as never);
    const numbering = metadata.numberingPlan as unknown as PlanMethods | undefined;
    const mobile = numbering?.type('MOBILE')?.pattern();
    if (numbering && mobile) {
      plan = {
        nationalPrefix: numbering.nationalPrefix() || undefined,
        national: new RegExp(`^(?:${numbering.nationalNumberPattern()})$`),
        mobile: new RegExp(`^(?:${mobile})$`),
      };
    }
  }
  fastPlans.set(callingCode, plan);
  return plan;
}

function fastMobile(e164: string): boolean {
  for (let length = 1; length <= 3; length++) {
    const code = e164.slice(1, 1 + length);
    if (!(code in metadataJson.country_calling_codes)) continue;
    const plan = fastPlan(code);
    if (!plan) return false;
    const national = e164.slice(1 + length);
    if (plan.nationalPrefix && national.startsWith(plan.nationalPrefix)) return false;
    return plan.national.test(national) && plan.mobile.test(national);
  }
  return false;
}

/** Classifies an E.164 number with the full parser. */
export function classifySlow(e164: string): MobileClass {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone || phone.number !== e164 || !phone.isValid()) return 'invalid';
  return MOBILE_TYPES.has(phone.getType() ?? '') ? 'mobile' : 'notMobile';
}

/** Classifies an E.164 number: a mobile, a valid number of another type, or not a valid number. */
export function classify(e164: string): MobileClass {
  if (!E164.test(e164)) return 'invalid';
  return fastMobile(e164) ? 'mobile' : classifySlow(e164);
}

/** null when `value` is an E.164 mobile number, else why not. */
export function validate(value: string): MobileReason | null {
  if (!E164_SHAPE.test(value)) return 'format';
  const kind = classify(value);
  return kind === 'mobile' ? null : kind;
}

export function isValid(value: string): boolean {
  return validate(value) === null;
}

/**
 * Reads a number written in another shape (`0470 12 34 56`, `0032470123456`, `+32 470 12 34 56`),
 * as Belgian when it has no country code. Returns its E.164 form and class, or null when unreadable.
 */
export function read(value: string): { e164: string; kind: MobileClass } | null {
  const text = compact(value);
  if (!/^\+?\d+$/.test(text)) return null;
  const phone = parsePhoneNumberFromString(text, 'BE');
  if (!phone || !phone.isValid()) return null;
  return { e164: phone.number, kind: MOBILE_TYPES.has(phone.getType() ?? '') ? 'mobile' : 'notMobile' };
}

/** The readable international form: `+32 470 12 34 56`. */
export function format(value: string): string {
  const phone = parsePhoneNumberFromString(compact(value), 'BE');
  return phone ? phone.formatInternational() : value;
}
