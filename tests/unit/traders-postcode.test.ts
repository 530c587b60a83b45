import { describe, expect, it } from 'vitest';
import { isDistrict, postcodeDistrict } from '../../src/lib/traders/postcode.ts';

describe('postcodeDistrict', () => {
  it('reads a full postcode, in any case and spacing, as its district', () => {
    expect(postcodeDistrict('al10 9ab')).toBe('AL10');
    expect(postcodeDistrict('AL109AB')).toBe('AL10');
    expect(postcodeDistrict('  Al10   9Ab ')).toBe('AL10');
  });

  it('takes a district on its own as it is', () => {
    expect(postcodeDistrict('AL10')).toBe('AL10');
    expect(postcodeDistrict('sg1')).toBe('SG1');
    expect(postcodeDistrict('CM23')).toBe('CM23');
    expect(postcodeDistrict('W1A')).toBe('W1A');
  });

  it('splits off the inward code from the end, so SG19AB is SG1 not SG19', () => {
    expect(postcodeDistrict('SG19AB')).toBe('SG1');
    expect(postcodeDistrict('SG19 1AB')).toBe('SG19');
    expect(postcodeDistrict('W1A 1AA')).toBe('W1A');
  });

  it('accepts a postcode sector written with a space', () => {
    expect(postcodeDistrict('AL10 9')).toBe('AL10');
  });

  it('refuses text that is not a postcode or district', () => {
    for (const bad of [
      '',
      'AL',
      '10AL',
      'AL10 9A',
      'ALL10',
      'Hatfield',
      'AL10 9ABC',
      '🔨',
      'A'.repeat(5000),
      "AL10'--",
    ]) {
      expect(postcodeDistrict(bad), bad.slice(0, 20)).toBeNull();
    }
  });

  it('checks register districts strictly', () => {
    expect(isDistrict('AL10')).toBe(true);
    expect(isDistrict('al10')).toBe(false);
    expect(isDistrict('AL10 9AB')).toBe(false);
  });
});
