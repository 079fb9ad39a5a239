export { OwnershipPage } from './OwnershipPage';
