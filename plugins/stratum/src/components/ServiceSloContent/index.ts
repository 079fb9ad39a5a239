export { EntityServiceSloContent, ServiceSloContent } from './ServiceSloContent';
