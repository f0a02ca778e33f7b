/**
 * Which subgraph owns each entity type (docs/contracts.md): the owner stores its rows and resolves its key;
 * every other subgraph that declares the type only adds fields to it or refers to it.
 */
export const ENTITY_OWNERS: Readonly<Record<string, 'civil-affairs' | 'charity' | 'services'>> = {
  Household: 'civil-affairs',
  Person: 'civil-affairs',
  Need: 'civil-affairs',
  Referral: 'civil-affairs',
  PreAidCheck: 'civil-affairs',
  CharityOrganization: 'charity',
  CharityProject: 'charity',
  ServiceConsortium: 'services',
  Professional: 'services',
  Volunteer: 'services',
  VolunteerTeam: 'services',
  ServiceRecord: 'services',
  MicroWish: 'services',
};
