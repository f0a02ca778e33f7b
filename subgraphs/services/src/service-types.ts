import type { Programme } from '@aid/shared/domain/vocabulary.js';
import type { serviceTypeEnum } from './db/schema.js';

export type ServiceType = (typeof serviceTypeEnum.enumValues)[number];

/**
 * Which kinds of service each programme delivers (八大善扶工程 as the consortia run them): 善解 by hotline,
 * casework, lectures, group counselling and comfort; 善养 by meals, visits and hospice; linking resources
 * serves every programme.
 */
export const SERVICE_TYPES_BY_PROGRAMME: Readonly<Record<Programme, readonly ServiceType[]>> = {
  HOUSING: ['VISITING_CARE', 'RESOURCE_LINKING'],
  EDUCATION: ['CAPACITY_BUILDING', 'SOCIAL_INTEGRATION', 'LECTURE', 'RESOURCE_LINKING'],
  MEDICAL: ['REHABILITATION', 'HOSPICE', 'VISITING_CARE', 'RESOURCE_LINKING'],
  EMPLOYMENT: ['CAPACITY_BUILDING', 'SOCIAL_INTEGRATION', 'RESOURCE_LINKING'],
  ELDERLY_CARE: ['MEAL_DELIVERY', 'VISITING_CARE', 'HOSPICE', 'PSYCHOLOGICAL_COMFORT', 'RESOURCE_LINKING'],
  PSYCHOLOGICAL: ['PSYCHOLOGICAL_COMFORT', 'HOTLINE', 'CASEWORK', 'LECTURE', 'GROUP_COUNSELLING', 'RESOURCE_LINKING'],
  MICRO_WISH: ['VISITING_CARE', 'RESOURCE_LINKING'],
  BASIC_ASSISTANCE: ['VISITING_CARE', 'PSYCHOLOGICAL_COMFORT', 'SOCIAL_INTEGRATION', 'RESOURCE_LINKING'],
};

/** Kinds of service that need a qualified professional, not a volunteer team. */
export const PROFESSIONAL_ONLY: ReadonlySet<ServiceType> = new Set(['CASEWORK', 'GROUP_COUNSELLING', 'HOTLINE', 'REHABILITATION']);

export function isAllowedServiceType(programme: Programme, serviceType: ServiceType): boolean {
  return SERVICE_TYPES_BY_PROGRAMME[programme].includes(serviceType);
}
