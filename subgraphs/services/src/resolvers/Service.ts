import type { ServicesContext } from '../context.js';
import type { ServiceAtLocationRow, ServiceLocationRow, ServiceOfferingRow } from '../db/schema.js';

/** Open Referral HSDS `service`, `location` and `service_at_location`. */
export const Service = {
  capacity: (service: ServiceOfferingRow) => ({ maximum: service.capacityMaximum, unit: service.capacityUnit }),
  organization: (service: ServiceOfferingRow) => (service.organizationId ? { id: service.organizationId } : null),
  consortium: (service: ServiceOfferingRow, _: unknown, context: ServicesContext) => context.loaders.consortiumById.load(service.consortiumId),
  locations: (service: ServiceOfferingRow, _: unknown, context: ServicesContext) =>
    context.loaders.servicesAtLocationByService.load(service.id),
};

export const ServiceLocation = {
  consortium: (location: ServiceLocationRow, _: unknown, context: ServicesContext) =>
    context.loaders.consortiumById.load(location.consortiumId),
  services: (location: ServiceLocationRow, _: unknown, context: ServicesContext) =>
    context.loaders.servicesAtLocationByLocation.load(location.id),
};

export const ServiceAtLocation = {
  service: (row: ServiceAtLocationRow, _: unknown, context: ServicesContext) => context.loaders.serviceById.load(row.serviceId),
  location: (row: ServiceAtLocationRow, _: unknown, context: ServicesContext) => context.loaders.locationById.load(row.locationId),
};
