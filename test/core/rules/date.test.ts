import { check, issuesOf } from '../helpers';

// TODAY in the helpers is 1 June 2025.
describe('declaration deadline (T)', () => {
  test('text in DD/MM/YYYY, DD-MM-YYYY or YYYY-MM-DD becomes an ISO date', () => {
    for (const text of ['30/06/2027', '30-06-2027', '2027-06-30', '30.06.2027', '2027-06-30T00:00:00']) {
      expect(check({ declarationDeadline: text }).values.declarationDeadline).toBe('2027-06-30');
      expect(issuesOf('declarationDeadline', { declarationDeadline: text })).toEqual([]);
    }
  });

  test('Date cells and Excel serial numbers become ISO dates', () => {
    expect(check({ declarationDeadline: new Date(Date.UTC(2027, 5, 30)) }).values.declarationDeadline).toBe('2027-06-30');
    expect(check({ declarationDeadline: 46568 }).values.declarationDeadline).toBe('2027-06-30');
    expect(check({ declarationDeadline: 46568.75 }).values.declarationDeadline).toBe('2027-06-30');
  });

  test('impossible dates are errors', () => {
    for (const text of ['31/02/2027', '2027-13-01', '00/01/2027', '29/02/2027']) {
      expect(issuesOf('declarationDeadline', { declarationDeadline: text })).toEqual([
        ['declarationDeadline.impossible', 'error', undefined],
      ]);
    }
    expect(issuesOf('declarationDeadline', { declarationDeadline: '29/02/2028' })).toEqual([]);
  });

  test('text that is not a date is an error', () => {
    for (const cell of ['next week', '2027/30/06x', '30/06/27', -5]) {
      expect(issuesOf('declarationDeadline', { declarationDeadline: cell })).toEqual([
        ['declarationDeadline.format', 'error', undefined],
      ]);
    }
  });

  test('a past date is a warning; today and blank are fine', () => {
    expect(issuesOf('declarationDeadline', { declarationDeadline: '31/05/2025' })).toEqual([
      ['declarationDeadline.past', 'warning', undefined],
    ]);
    expect(check({ declarationDeadline: '31/05/2025' }).valid).toBe(true);
    expect(issuesOf('declarationDeadline', { declarationDeadline: '01/06/2025' })).toEqual([]);
    expect(issuesOf('declarationDeadline', { declarationDeadline: '' })).toEqual([]);
  });
});
