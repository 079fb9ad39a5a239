export { AdoptionPage } from './AdoptionPage';
export { ServiceAdoptionCard } from './ServiceAdoptionCard';
