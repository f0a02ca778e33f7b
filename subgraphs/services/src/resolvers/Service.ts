import type { ServicesContext } from '../context.js';
import type { ServiceAtLocationRow, ServiceLocationRow, ServiceOfferingRow } from '../db/schema.js';
import type { ServiceAtLocationResolvers, ServiceLocationResolvers, ServiceResolvers } from '../generated/graphql.js';
import { referencedRow } from '@aid/shared/database/batching.js';

/** Open Referral HSDS `service`, `location` and `service_at_location`. */
export const Service = {
  capacity: (service: ServiceOfferingRow) => ({ maximum: service.capacityMaximum, unit: service.capacityUnit }),
  organization: (service: ServiceOfferingRow) => (service.organizationId ? { id: service.organizationId } : null),
  consortium: (service: ServiceOfferingRow, _: unknown, context: ServicesContext) => referencedRow(context.loaders.consortiumById.load(service.consortiumId), 'consortium'),
  locations: (service: ServiceOfferingRow, _: unknown, context: ServicesContext) =>
    context.loaders.servicesAtLocationByService.load(service.id),
} satisfies ServiceResolvers;

export const ServiceLocation = {
  consortium: (location: ServiceLocationRow, _: unknown, context: ServicesContext) =>
    referencedRow(context.loaders.consortiumById.load(location.consortiumId), 'consortium'),
  services: (location: ServiceLocationRow, _: unknown, context: ServicesContext) =>
    context.loaders.servicesAtLocationByLocation.load(location.id),
} satisfies ServiceLocationResolvers;

export const ServiceAtLocation = {
  service: (row: ServiceAtLocationRow, _: unknown, context: ServicesContext) => referencedRow(context.loaders.serviceById.load(row.serviceId), 'service'),
  location: (row: ServiceAtLocationRow, _: unknown, context: ServicesContext) => referencedRow(context.loaders.locationById.load(row.locationId), 'location'),
} satisfies ServiceAtLocationResolvers;
