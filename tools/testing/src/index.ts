export { commandWorks, missing, prereqsRequired, terraformBin } from './prereqs';
