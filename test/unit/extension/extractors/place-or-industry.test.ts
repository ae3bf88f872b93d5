import { describe, expect, it } from 'vitest';
import { placeOrIndustry } from '../../../../extension/extractors/place-or-industry';

describe('placeOrIndustry', () => {
  it('reads LinkedIn industries as industries, commas and all', () => {
    for (const line of [
      'Technology, Information and Internet',
      'Appliances, Electrical, and Electronics Manufacturing',
      'Hospitals and Health Care',
      'Servicios y tecnologías de la información',
      'Fabricación de maquinaria',
      'Farming',
      'Oil and Gas',
      'Wellness and Fitness Services',
    ])
      expect(placeOrIndustry(line), line).toBe('industry');
  });

  it('reads headquarters as places, particles and accents included', () => {
    for (const line of [
      'Murcia, Región de Murcia',
      'London, London',
      'Austin, Texas',
      'Sevilla, Andalucía',
      'Vitoria-Gasteiz, País Vasco',
      'Newcastle upon Tyne, England',
      'Ciudad de México, CDMX',
      'Pescara, Abruzzo',
    ])
      expect(placeOrIndustry(line), line).toBe('place');
  });

  it('says nothing of counts or empty lines', () => {
    expect(placeOrIndustry('2,418 followers')).toBeUndefined();
    expect(placeOrIndustry('51-200 employees')).toBeUndefined();
    expect(placeOrIndustry('')).toBeUndefined();
  });
});
