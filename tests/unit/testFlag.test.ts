// The test interface is exposed only for `?debug=1` (src/testing/testApi.ts):
// nothing a player might type by chance, nor another value, opens it.
import { describe, expect, it } from 'vitest';
import { TEST_PARAM, testingRequested } from '../../src/testing/testApi';
import { readUrlOptions } from '../../src/urlParams';
import { withTestFlag } from '../browser/harness';

describe('the test flag', () => {
  it('is ?debug=1 and nothing else', () => {
    expect(TEST_PARAM).toBe('debug');
    expect(testingRequested('?debug=1')).toBe(true);
    expect(testingRequested('?lang=de&mode=kiosk&debug=1')).toBe(true);
    for (const search of ['', '?lang=en', '?debug', '?debug=0', '?debug=true', '?debug=yes', '?DEBUG=1', '?debug=1%20']) {
      expect(testingRequested(search), search).toBe(false);
    }
  });

  it('is added by the harness beside the page’s own parameters, which keep their meaning', () => {
    const query = withTestFlag('?mode=workshop&lang=en&min=3');
    expect(testingRequested(query)).toBe(true);
    expect(readUrlOptions(query)).toMatchObject({ mode: 'workshop', lang: 'en', ignored: [] });
    expect(withTestFlag('')).toBe('?debug=1');
  });
});
