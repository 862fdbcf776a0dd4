import { rowList } from '../../src/core/rowList';

test('rows all shown are listed as they are', () => {
  expect(rowList([3, 7], 2)).toBe('3, 7');
  expect(rowList([12], 1)).toBe('12');
});

test('rows beyond those shown end the list with an ellipsis', () => {
  expect(rowList([3, 7, 9], 4000)).toBe('3, 7, 9, …');
});
