import { describeOfficeError, isPayloadLimitError } from '../../src/excel/office-errors';
import { OfficeError } from './fake-excel';

describe('describeOfficeError', () => {
  // What Excel throws, and the words the planner must see in each language.
  const cases: { name: string; error: unknown; id: RegExp; en: RegExp }[] = [
    { name: 'cell edit mode', error: new OfficeError('InvalidOperationInCellEditMode', 'The operation is not allowed in cell edit mode.'), id: /mode edit sel.*Enter atau Esc/, en: /editing a cell.*Enter or Esc/ },
    { name: 'protected sheet (AccessDenied)', error: new OfficeError('AccessDenied', 'You cannot perform the requested operation.'), id: /diproteksi/, en: /protected/ },
    { name: 'protected sheet by message only', error: new Error("The cell or chart you're trying to change is on a protected sheet."), id: /diproteksi/, en: /protected/ },
    { name: 'request payload limit', error: new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'), id: /5 MB/, en: /5 MB/ },
    { name: 'response payload limit', error: new OfficeError('ResponsePayloadSizeLimitExceeded', 'x'), id: /terlalu besar/, en: /too large/ },
    { name: 'connection lost (no code)', error: new Error('Network request failed: connection reset'), id: /Koneksi ke Excel terputus/, en: /connection to Excel was lost/ },
    { name: 'request aborted', error: new OfficeError('RequestAborted', 'aborted'), id: /Koneksi/, en: /connection/ },
    { name: 'missing sheet', error: new OfficeError('ItemNotFound', 'The requested resource does not exist.'), id: /tidak ditemukan/, en: /could not be found/ },
    { name: 'old Excel', error: new OfficeError('ApiNotFound', 'The API you are trying to use could not be found.'), id: /perbarui Office/, en: /update Office/ },
    { name: 'unknown code keeps the detail', error: new OfficeError('GeneralException', 'Something odd'), id: /^Excel menolak perintah \(GeneralException: Something odd\)\.$/, en: /^Excel refused the request \(GeneralException: Something odd\)\.$/ },
    { name: 'a string', error: 'boom\nsecond line', id: /^Excel menolak perintah \(boom second line\)\.$/, en: /^Excel refused the request \(boom second line\)\.$/ },
  ];

  it.each(cases)('$name', ({ error, id, en }) => {
    const inId = describeOfficeError(error, 'id');
    const inEn = describeOfficeError(error, 'en');
    expect(inId).toMatch(id);
    expect(inEn).toMatch(en);
    for (const line of [inId, inEn]) expect(line).not.toContain('\n');
  });

  it.each([
    [new OfficeError('RequestPayloadSizeLimitExceeded', ''), true],
    [new OfficeError('ResponsePayloadSizeLimitExceeded', ''), true],
    [new Error('The request payload size has exceeded the limit'), true],
    [new OfficeError('AccessDenied', 'payload size'), false],
    [new Error('other'), false],
  ])('isPayloadLimitError(%p) = %p', (error, expected) => {
    expect(isPayloadLimitError(error)).toBe(expected);
  });
});
