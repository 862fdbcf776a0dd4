import { classify, classifySlow, compact, format, read, validate } from '../../../src/core/identifiers/mobile';

describe('mobile number', () => {
  test('E.164 mobiles are valid, Belgian and foreign', () => {
    expect(validate('+32470123456')).toBeNull();
    expect(validate('+32499876543')).toBeNull();
    expect(validate('+33612345678')).toBeNull(); // France
    expect(validate('+31612345678')).toBeNull(); // Netherlands
    expect(validate('+4915123456789')).toBeNull(); // Germany
    expect(validate('+447400123456')).toBeNull(); // United Kingdom (calling code shared with GG, JE, IM)
  });

  test('FIXED_LINE_OR_MOBILE counts as mobile where the country does not distinguish (US)', () => {
    expect(classifySlow('+12015550123')).toBe('mobile');
    expect(validate('+12015550123')).toBeNull();
  });

  test('a valid landline is not a mobile number', () => {
    expect(validate('+3222345678')).toBe('notMobile'); // Brussels
    expect(validate('+3292345678')).toBe('notMobile'); // Ghent
    expect(validate('+33123456789')).toBe('notMobile'); // Paris
  });

  test('invalid numbers and other shapes', () => {
    expect(validate('+32123')).toBe('invalid');
    expect(validate('+3247012345678')).toBe('invalid');
    expect(validate('0470123456')).toBe('format');
    expect(validate('+32 470 12 34 56')).toBe('format');
  });

  test('numbers in other shapes are read as Belgian when they have no country code', () => {
    expect(read('0470 12 34 56')).toEqual({ e164: '+32470123456', kind: 'mobile' });
    expect(read('0032470123456')).toEqual({ e164: '+32470123456', kind: 'mobile' });
    expect(read('+32 470 12 34 56')).toEqual({ e164: '+32470123456', kind: 'mobile' });
    expect(read('0470/12.34.56')).toEqual({ e164: '+32470123456', kind: 'mobile' });
    expect(read('02 234 56 78')).toEqual({ e164: '+3222345678', kind: 'notMobile' });
    expect(read('hello')).toBeNull();
    expect(read('123')).toBeNull();
  });

  test('compact and format', () => {
    expect(compact('0032 470 12 34 56')).toBe('+32470123456');
    expect(format('+32470123456')).toBe('+32 470 12 34 56');
  });

  test('the fast path agrees with the full parser on example numbers of many countries', () => {
    const samples = ['+32470123456', '+32455123456', '+32460123456', '+3222345678', '+352621123456', '+41781234567',
      '+34612345678', '+39312345678', '+48512345678', '+212612345678', '+905012345678', '+61412345678', '+818012345678'];
    for (const number of samples) expect(classify(number)).toBe(classifySlow(number));
  });
});
