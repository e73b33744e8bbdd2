import {
  adminAgreementListSchema,
  adminAgreementSchema,
  adminAreasResponseSchema,
  adminOrganisationListSchema,
  adminOrganisationSchema,
  adminServiceSchema,
  type AddServiceBody,
  type AdminAgreement,
  type AdminAgreementList,
  type AdminArea,
  type AdminOrganisation,
  type AdminOrganisationList,
  type AdminService,
  type CreateAgreementBody,
  type CreateOrganisationBody,
  type UpdateAgreementBody,
  type UpdateOrganisationBody,
  type UpdateServiceBody,
} from '../../contract/admin-network';
import { servicesResponseSchema, type ServiceInfo } from '../../contract/network';
import { request } from './client';

const base = '/api/v1/admin';
const id = (value: string) => encodeURIComponent(value);

/** Administration of the network (admin writes; admin and steering read). */
export const adminNetworkApi = {
  areas: async (): Promise<AdminArea[]> => (await request('GET', `${base}/areas`, adminAreasResponseSchema)).items,
  services: async (): Promise<ServiceInfo[]> => (await request('GET', '/api/v1/services', servicesResponseSchema)).items,

  organisations: (filter: { q?: string; kind?: string; active?: string } = {}): Promise<AdminOrganisationList> => {
    const params = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== undefined && value !== '') as [string, string][]);
    return request('GET', `${base}/organisations?${params.toString()}`, adminOrganisationListSchema);
  },
  organisation: (organisationId: string): Promise<AdminOrganisation> => request('GET', `${base}/organisations/${id(organisationId)}`, adminOrganisationSchema),
  createOrganisation: (body: CreateOrganisationBody): Promise<AdminOrganisation> => request('POST', `${base}/organisations`, adminOrganisationSchema, body),
  updateOrganisation: (organisationId: string, body: UpdateOrganisationBody): Promise<AdminOrganisation> =>
    request('PATCH', `${base}/organisations/${id(organisationId)}`, adminOrganisationSchema, body),
  setOrganisationActive: (organisationId: string, isActive: boolean, updatedAt: string): Promise<AdminOrganisation> =>
    request('POST', `${base}/organisations/${id(organisationId)}/${isActive ? 'reactivate' : 'deactivate'}`, adminOrganisationSchema, { updatedAt }),

  addService: (organisationId: string, body: AddServiceBody): Promise<AdminService> => request('POST', `${base}/organisations/${id(organisationId)}/services`, adminServiceSchema, body),
  updateService: (organisationId: string, serviceId: string, body: UpdateServiceBody): Promise<AdminService> =>
    request('PATCH', `${base}/organisations/${id(organisationId)}/services/${id(serviceId)}`, adminServiceSchema, body),
  setServiceActive: (organisationId: string, serviceId: string, isActive: boolean, updatedAt: string): Promise<AdminService> =>
    request('POST', `${base}/organisations/${id(organisationId)}/services/${id(serviceId)}/${isActive ? 'reactivate' : 'deactivate'}`, adminServiceSchema, { updatedAt }),

  agreements: (): Promise<AdminAgreementList> => request('GET', `${base}/agreements`, adminAgreementListSchema),
  agreement: (agreementId: string): Promise<AdminAgreement> => request('GET', `${base}/agreements/${id(agreementId)}`, adminAgreementSchema),
  createAgreement: (body: CreateAgreementBody): Promise<AdminAgreement> => request('POST', `${base}/agreements`, adminAgreementSchema, body),
  updateAgreement: (agreementId: string, body: UpdateAgreementBody): Promise<AdminAgreement> => request('PATCH', `${base}/agreements/${id(agreementId)}`, adminAgreementSchema, body),
  setAgreementActive: (agreementId: string, isActive: boolean, updatedAt: string): Promise<AdminAgreement> =>
    request('POST', `${base}/agreements/${id(agreementId)}/${isActive ? 'reactivate' : 'deactivate'}`, adminAgreementSchema, { updatedAt }),
};
